import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossaryError } from '../../src/glossary/errors.ts';
import { loadGlossaryFile, parseGlossary } from '../../src/glossary/load.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { createDocument } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';
import { aliasBomb } from '../helpers/alias-bomb.ts';
import { thrown } from '../helpers/thrown.ts';

const thrownGlossary = (fn: () => unknown) => thrown(fn, GlossaryError);

function file(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-g-'));
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}


describe('loading glossaries', () => {
  it('reads the smallest JSON glossary with defaults filled in', () => {
    const g = loadGlossaryFile(file('g.json', '[{"term": "Keir Starmer", "variants": ["Keir Starrer"]}]'));
    expect(g.entries).toHaveLength(1);
    expect(g.entries[0]).toMatchObject({ term: 'Keir Starmer', category: 'term', caseSensitive: false, fix: 'auto', line: 1 });
    expect(g.entries[0]!.variants).toEqual([{ kind: 'literal', text: 'Keir Starrer' }]);
  });

  it('reads YAML lists and {entries} objects with every field and the entry line', () => {
    const yaml = [
      'name: test',
      'entries:',
      '  - term: Keir Starmer',
      '    variants: [Keir Starrer, /Starr?er/]',
      '    category: person',
      '    caseSensitive: true',
      '    fix: suggest',
      '    context: {anyOf: [Britain], noneOf: [film], window: 10}',
      '    titles: [Prime Minister]',
      '    validFrom: 2024-07-05',
      '    note: UK prime minister',
      '    severity: warning',
    ].join('\n');
    const e = loadGlossaryFile(file('g.yaml', yaml)).entries[0]!;
    expect(e).toMatchObject({
      term: 'Keir Starmer',
      category: 'person',
      caseSensitive: true,
      fix: 'suggest',
      context: { anyOf: ['Britain'], noneOf: ['film'], window: 10 },
      titles: ['Prime Minister'],
      validFrom: '2024-07-05',
      note: 'UK prime minister',
      severity: 'warning',
      line: 3,
    });
    expect(e.variants[1]).toEqual({ kind: 'regex', source: 'Starr?er', flags: '', text: '/Starr?er/' });
  });

  it('gives each JSON entry its line, in a list or under "entries"', () => {
    const text = '{"name": "x", "allow": ["a", "b"],\n "entries": [\n  {"term": "A"},\n\n  {"term": "B, [c]",\n   "variants": ["]"]}, {"term": "C"}\n]}';
    expect(loadGlossaryFile(file('g.json', text)).entries.map((e) => [e.term, e.line])).toEqual([
      ['A', 3],
      ['B, [c]', 5],
      ['C', 6],
    ]);
    const err = thrownGlossary(() => loadGlossaryFile(file('g.json', '[\n{"term": "A"},\n\n"just a string"\n]')));
    expect([err.line, err.detail]).toEqual([4, 'an entry must be an object with a "term"']);
  });

  it.each([
    ['a list on one line', '[{"term": "A"}, {"term": "B"}]\n', [1, 1]],
    ['a list, LF', '[\n  {"term": "A"},\n  {"term": "B"}\n]\n', [2, 3]],
    ['a list, CRLF', '[\r\n  {"term": "A"},\r\n\r\n  {"term": "B"}\r\n]', [2, 4]],
    ['a list, lone CR', '[\r  {"term": "A"},\r  {"term": "B"}\r]', [2, 3]],
    ['several entries on a line', '[{"term": "A"}, {"term": "B"},\n {"term": "C"}]', [1, 1, 2]],
    ['strings with brackets, quotes and escapes', '[{"term": "a\\"]["},\n{"term": "b\\\\", "note": "{[,"},\n{"term": "c"}]', [1, 2, 3]],
    ['an entry written over several lines', '[\n  {\n    "term": "A",\n    "variants": [\n      "a"\n    ]\n  },\n  {"term": "B"}\n]', [2, 8]],
    ['"entries" after other keys', '{\n  "name": "n",\n  "allow": ["x", "y"],\n  "entries": [\n    {"term": "A"}, {"term": "B"}\n  ]\n}', [5, 5]],
    ['"entries" after a key whose value is "entries"', '{"description": "entries",\n "entries": [\n {"term": "A"}]}', [3]],
    // JSON.parse keeps the last of a key written twice, and so its entries' lines
    ['"entries" written twice', '{"entries": [{"term": "X"}, {"term": "Y"}],\n "entries": [\n  {"term": "A"}\n]}', [3]],
  ])('gives each JSON entry the line it starts on: %s', (_name, text, lines) => {
    expect(parseGlossary(text, 'json', 'g.json').entries.map((e) => e.line)).toEqual(lines);
  });

  it('says a JSON glossary nested thousands of levels deep is too deep to read', () => {
    const deep = `[\n{"term": "A", "variants": ${'['.repeat(20000)}${']'.repeat(20000)}}]`;
    expect(thrownGlossary(() => parseGlossary(deep, 'json', 'g.json')).message).toBe('g.json: nested too deep to read');
  });

  it('caches a loaded glossary by content, and reloads when the content changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-cache-'));
    const old = process.env.TRANSLINT_CACHE_DIR;
    process.env.TRANSLINT_CACHE_DIR = dir;
    try {
      const p = file('g.yaml', '- term: Keir Starmer\n  variants: [/Starr?er/]\n- term: Keir Starmer\n');
      const first = loadGlossaryFile(p);
      expect(readdirSync(dir)).toHaveLength(1);
      expect(loadGlossaryFile(p)).toEqual(first);
      writeFileSync(p, '- term: Vladimir Putin\n');
      expect(loadGlossaryFile(p).entries.map((e) => e.term)).toEqual(['Vladimir Putin']);
      expect(readdirSync(dir)).toHaveLength(2);
    } finally {
      if (old === undefined) delete process.env.TRANSLINT_CACHE_DIR;
      else process.env.TRANSLINT_CACHE_DIR = old;
    }
  });

  it('reads a glossary back from its cache lazily, with the same entries and matches as a fresh parse', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-cache-'));
    const old = process.env.TRANSLINT_CACHE_DIR;
    process.env.TRANSLINT_CACHE_DIR = dir;
    try {
      const p = file(
        'g.json',
        JSON.stringify([
          { term: 'Keir Starmer', variants: ['Keir Starrer', '/Kier Starm[ae]r/'], category: 'person' },
          { term: 'State Department', variants: ['Foreign Ministry'], caseSensitive: true, context: { anyOf: ['US'] } },
          { term: 'Élysée Palace', variants: ['Elysee palace'] },
        ]),
      );
      const fresh = loadGlossaryFile(p);
      const cached = loadGlossaryFile(p);
      expect(cached.index).toBeDefined();
      expect(cached.index?.term(2)).toBe('Élysée Palace');
      expect(cached.entries).toEqual(fresh.entries);
      expect(cached.index?.entry(1)).toBe(cached.index?.entry(1));
      const text = 'Keir Starrer and Kier Starmar met the Foreign Ministry at the Elysee palace.';
      const doc = createDocument(text);
      const matches = (g: CompiledGlossary) => g.match(text, tokenize(text, doc.segments), doc.segments).map((m) => [text.slice(m.start, m.end), m.entry.term, m.kind]);
      expect(matches(new CompiledGlossary([cached]))).toEqual(matches(new CompiledGlossary([fresh])));
      expect(matches(new CompiledGlossary([cached]))).toHaveLength(4);
      // a damaged cache file is ignored, not trusted
      for (const f of readdirSync(dir)) writeFileSync(join(dir, f), 'garbage');
      expect(loadGlossaryFile(p).entries).toEqual(fresh.entries);
    } finally {
      if (old === undefined) delete process.env.TRANSLINT_CACHE_DIR;
      else process.env.TRANSLINT_CACHE_DIR = old;
    }
  });

  it('reads CSV with | separated variants and reports each record line', () => {
    const g = loadGlossaryFile(file('g.csv', 'term,variants,category,note\nKeir Starmer,Keir Starrer|Kier Starmer,person,UK PM\n"Gen., Lt.",,title,\n'));
    expect(g.entries.map((e) => [e.term, e.variants.map((v) => v.text), e.category, e.line])).toEqual([
      ['Keir Starmer', ['Keir Starrer', 'Kier Starmer'], 'person', 2],
      ['Gen., Lt.', [], 'title', 3],
    ]);
  });

  it.each([
    ['g.json', '[{"term": "A",}]', 1, /./],
    ['g.json', '[{"term": "A"},\n {"variants": ["B"]}]', 2, /no "term"/],
    // where JSON.parse names no position: the end of the text, or where jsonc-parser finds the error
    ['g.json', '[{"term":\n', 2, /^\S+: invalid JSON: \S/],
    ['g.json', '[\n  {"term": "A"},\n  {"term": nope}\n]', 3, /^\S+: invalid JSON: \S/],
    // a bad key or item is named at its own line, not at the entry's first
    ['g.yaml', '- term: A\n- term: B\n  category: animal', 3, /"category" must be one of/],
    ['g.yaml', '- term: A\n  variants: ["/Starr(er/"]', 2, /invalid regular expression/],
    ['g.yaml', '- term: A\n  variants: ["/x*/"]', 2, /matches the empty string/],
    ['g.yaml', '- term: A\n  colour: red', 2, /unknown key "colour"/],
    ['g.yaml', '- term: A\n  context: {window: 0}', 2, /window/],
    ['g.yaml', '- term: Acme\n  variants: [acme]\n  fix: always\n', 3, /"fix" must be one of auto, suggest, warn, not "always"/],
    ['g.yaml', '- term: A\n  variants:\n    - a\n    - ""\n    - "/(b/"\n', 5, /invalid regular expression \/\(b\//],
    ['g.yaml', '- term: A\n  variants:\n    - a\n    - [b]\n', 4, /"variants" must be a list of strings/],
    ['g.yaml', '- term: A\n  note: n\n  context:\n    anyOf: [x]\n    size: 3\n', 5, /unknown key "context.size"/],
    ['g.yaml', '- term: A\n  source:\n    fr: x\n    de:\n      - a\n      - "/(b/"\n', 6, /invalid regular expression \/\(b\//],
    ['g.yaml', '- term: A\n  caseSensitive: true\n  validUntil: soon\n', 3, /"validUntil" must be a date/],
    ['g.yaml', '- term: A\n\n  severity: fatal\n', 3, /"severity" must be one of/],
    // with no "term" key, the entry's line
    ['g.yaml', '- note: n\n  variants: [a]\n', 1, /no "term"/],
    ['g.yaml', '- note: n\n  term: ""\n', 2, /no "term"/],
    ['g.yaml', 'term: A', 1, /list of entries/],
    ['g.json', '{"term": "A", "variants": ["B"]}', 1, /list of entries/],
    // an unknown key beside or instead of "entries", at its line, as an unknown key of an entry
    ['g.json', '{\n  "name": "n",\n  "entires": [\n    {"term": "A"}\n  ]\n}', 3, /^\S+:3: unknown key "entires" \(allowed: name, description, allow, entries\)$/],
    ['g.json', '{\n  "entries": [{"term": "A"}],\n  "entires": [{"term": "B"}]\n}', 3, /: unknown key "entires" \(allowed: name, description, allow, entries\)$/],
    ['g.json', '{"entries": [], "bogus": 1}', 1, /: unknown key "bogus" \(allowed: name, description, allow, entries\)$/],
    ['g.json', '{"entries": [],\n "__proto__": []}', 2, /: unknown key "__proto__" /],
    ['g.yaml', 'name: n\nentires:\n  - term: A\n', 2, /^\S+:2: unknown key "entires" \(allowed: name, description, allow, entries\)$/],
    ['g.yaml', 'entries:\n  - term: A\n\nbogus: 1\n', 4, /: unknown key "bogus" \(allowed: name, description, allow, entries\)$/],
    ['g.yaml', 'entries: []\n1: x\n', 2, /: unknown key "1" /],
    // "name" and "description" are text, at the line of their key
    ['g.json', '{\n  "name": 5,\n  "entries": []\n}', 2, /^\S+:2: "name" must be a string, not a number \(quote it to make it text\)$/],
    ['g.json', '{\n  "entries": [{"term": "A"}],\n  "description":\n    ["a", "b"]\n}', 3, /^\S+:3: "description" must be a string, not a list$/],
    ['g.json', '{"name": {"en": "n"}, "entries": []}', 1, /: "name" must be a string, not an object$/],
    ['g.yaml', 'name: [news, wire]\nentries: []\n', 1, /^\S+:1: "name" must be a string, not a list$/],
    ['g.yaml', 'entries:\n  - term: A\ndescription: 2024\n', 3, /: "description" must be a string, not a number \(quote it to make it text\)$/],
    ['g.yaml', 'name: n\ndescription:\n  lang: en\nentries: []\n', 2, /: "description" must be a string, not an object$/],
    ['g.yaml', 'entries: []\nname: true\n', 2, /: "name" must be a string, not true \(quote it to make it text\)$/],
    ['g.yaml', '', 1, /empty glossary/],
    ['g.csv', 'name,variants\nA,B\n', 1, /"term" column/],
    ['g.csv', 'term,variants\nA,"B\n', 2, /./],
    ['g.csv', 'term,variants,category\nA,B,animal\n', 2, /"category"/],
  ])('rejects %s %j at line %i', (name, content, line, pattern) => {
    const path = file(name, content);
    const err = thrownGlossary(() => loadGlossaryFile(path));
    expect(err.file).toBe(path);
    expect(err.line).toBe(line);
    expect(err.message).toMatch(pattern);
    expect(err.message.startsWith(`${path}:${line}: `)).toBe(true);
  });

  it('resolves YAML aliases in entries and "allow", and refuses aliases that expand too far at the first alias', () => {
    const g = parseGlossary('allow: &words [Starmerism]\nentries:\n  - &keir\n    term: Keir Starmer\n    variants: &v [Keir Starrer, Kier Starmer]\n  - term: Sir Keir Starmer\n    variants: *v\n', 'yaml', 'g.yaml');
    expect(g.allow).toEqual(['Starmerism']);
    expect(g.entries.map((e) => [e.term, e.variants.map((v) => v.text), e.line])).toEqual([
      ['Keir Starmer', ['Keir Starrer', 'Kier Starmer'], 4],
      ['Sir Keir Starmer', ['Keir Starrer', 'Kier Starmer'], 6],
    ]);
    const levels = ['      - &a [x, x, x, x, x, x, x, x, x]'];
    for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g']]) levels.push(`      - &${to} [${Array(9).fill(`*${from}`).join(', ')}]`);
    const bomb = `- term: A\n- term: B\n  note: n\n  variants:\n${levels.join('\n')}\n`;
    expect(thrownGlossary(() => parseGlossary(bomb, 'yaml', 'g.yaml')).message).toBe('g.yaml:6: aliases (*name) expand to too many values to read');
  });

  it.each([
    ['g.json', '{"name": "News desk", "description": "", "entries": [{"term": "A"}]}'],
    ['g.yaml', 'name: "2024"\ndescription: |\n  Terms of the news desk,\n  checked nightly.\nentries:\n  - term: A\n'],
    // left empty, as templates leave them: absent
    ['g.json', '{"name": "n", "description": null, "entries": [{"term": "A"}]}'],
    ['g.yaml', 'name:\ndescription:\nentries:\n  - term: A\n'],
  ])('reads "name" and "description" written as strings, or left empty, in %s', (name, content) => {
    expect(loadGlossaryFile(file(name, content)).entries.map((e) => e.term)).toEqual(['A']);
  });

  it('says a YAML glossary nested thousands of levels deep is too deep to read, at its line', () => {
    const deep = `- term: ${'['.repeat(20000)}${']'.repeat(20000)}\n`;
    expect(thrownGlossary(() => parseGlossary(deep, 'yaml', 'g.yaml')).message).toBe('g.yaml:1: nested too deep to read');
  });

  it('says an alias bomb in a YAML glossary is too much to read, at the line of its first alias', () => {
    expect(thrownGlossary(() => parseGlossary(`- term: Keir Starmer\n  variants: [Keir Starrer]\n${aliasBomb('  ')}`, 'yaml', 'g.yaml')).message).toBe('g.yaml:4: aliases (*name) expand to too many values to read');
    expect(thrownGlossary(() => parseGlossary(`allow: [x]\nentries:\n  - term: A\n${aliasBomb('    ')}`, 'yaml', 'g.yaml')).message).toBe('g.yaml:5: aliases (*name) expand to too many values to read');
  });

  it('reads a YAML alias as the value of its anchor, as the configuration does', () => {
    const parsed = parseGlossary('- term: Keir Starmer\n  variants: &v [Keir Starrer]\n- term: Keir Starmer MP\n  variants: *v\n', 'yaml', 'g.yaml');
    expect(parsed.entries.map((e) => [e.term, e.variants.map((v) => v.text)])).toEqual([['Keir Starmer', ['Keir Starrer']], ['Keir Starmer MP', ['Keir Starrer']]]);
  });

  it('names a missing file and an unknown extension', () => {
    expect(thrownGlossary(() => loadGlossaryFile('/nonexistent/g.yaml')).message).toBe('/nonexistent/g.yaml: no such file');
    expect(thrownGlossary(() => loadGlossaryFile('g.txt')).message).toMatch(/unknown glossary format ".txt"/);
  });

  it('reports duplicate terms and variants that are another entry\'s term, without merging', () => {
    const g = parseGlossary('- term: A\n- term: a\n- term: B\n  variants: [A, C]', 'yaml', 'g.yaml');
    expect(g.entries).toHaveLength(3);
    expect(g.warnings).toEqual([
      'g.yaml:2: duplicate term "a" (first at line 1)',
      'g.yaml:3: variant "A" of "B" is itself the term at line 1; the variant is ignored',
    ]);
    expect(g.entries[2]!.variants.map((v) => v.text)).toEqual(['C']);
  });

  it('warns, at the entry\'s line, about a variant that is its own term but for case in an entry that ignores case', () => {
    const only = 'and the entry is not caseSensitive: it can only ever match other casings of "Acme" (never "Acme" itself)';
    const cases: [string, string[]][] = [
      ['- term: Zed\n- term: Acme\n  variants: [acme]', [`g.yaml:2: variant "acme" of "Acme" differs from the term only in case, ${only}; set caseSensitive: true to flag "acme" alone`]],
      ['- term: Acme\n  variants: [Acme Corp, ACME]', [`g.yaml:1: variant "ACME" of "Acme" differs from the term only in case, ${only}; set caseSensitive: true to flag "ACME" alone`]],
      ['- term: Acme\n  variants: [Acme]', [`g.yaml:1: variant "Acme" of "Acme" is the term itself, ${only}`]],
      ['- term: Acme\n  variants: [Acme]\n  caseSensitive: true', ['g.yaml:1: variant "Acme" of "Acme" is the term itself: it flags nothing']],
      // what the entry means: these casings, and only these, are wrong
      ['- term: CNN\n  variants: [Cnn, cnn]\n  caseSensitive: true', []],
      // a pattern that also matches the term is how prh and textlint write their patterns
      ['- term: Acme\n  variants: ["/Ac?me/", Acme Corp]', []],
    ];
    for (const [yaml, warnings] of cases) expect(parseGlossary(yaml, 'yaml', 'g.yaml').warnings, yaml).toEqual(warnings);
  });

  it('reads source-language terms for bilingual checks: one string or a list per language, regular expressions checked', () => {
    const yaml = '- term: State Department\n  source: {de: [Außenministerium, " /Au(ß|ss)enministeriums?/ "], fr: ministère des Affaires étrangères, es: []}';
    const e = parseGlossary(yaml, 'yaml', 'g.yaml').entries[0]!;
    expect(e.source).toEqual({ de: ['Außenministerium', '/Au(ß|ss)enministeriums?/'], fr: ['ministère des Affaires étrangères'] });
    expect(parseGlossary('[{"term": "A", "source": {}}]', 'json', 'g.json').entries[0]!.source).toBeUndefined();
    expect(thrownGlossary(() => parseGlossary('- term: A\n  source: Amt', 'yaml', 'g.yaml')).message).toBe('g.yaml:2: "source" must be an object of source-language terms {de, fr, es}');
    expect(thrownGlossary(() => parseGlossary('- term: A\n\n- term: B\n  source: {it: Ufficio}', 'yaml', 'g.yaml')).message).toBe('g.yaml:4: unknown key "source.it" (allowed: de, fr, es)');
    expect(thrownGlossary(() => parseGlossary('- term: A\n  source: {de: [1]}', 'yaml', 'g.yaml')).message).toBe('g.yaml:2: "source.de" must be a list of strings');
    expect(thrownGlossary(() => parseGlossary('- term: A\n  source: {de: "/Amt(/"}', 'yaml', 'g.yaml')).message).toMatch(/^g\.yaml:2: invalid regular expression \/Amt\(\/: /);
  });
});

describe('glossaries built in code', () => {
  it('are checked for exponential-time patterns when compiled, too', async () => {
    const { CompiledGlossary } = await import('../../src/glossary/compile.ts');
    const entry = { term: 'x', variants: [{ kind: 'regex' as const, source: '(a+)+$', flags: '', text: '/(a+)+$/' }], category: 'term' as const, caseSensitive: false, fix: 'auto' as const, glossary: 'code' };
    expect(() => new CompiledGlossary([entry])).toThrow(/code: regular expression \/\(a\+\)\+\$\/ can take exponential time/);
  });

  it('reports one wrong form listed for two different terms', () => {
    const g = parseGlossary('- term: State Department\n  variants: [Foreign Ministry]\n- term: Foreign Office\n  variants: [Foreign Ministry]\n', 'yaml', 'g.yaml');
    expect(g.warnings).toEqual(['g.yaml:3: variant "Foreign Ministry" of "Foreign Office" is also a variant of "State Department" (line 1); the longer or earlier entry wins where they meet']);
  });
});

describe('allow lists in glossaries', () => {
  it('reads "allow" in the object form, and the checker never flags those words', async () => {
    const { createChecker } = await import('../../src/engine/checker.ts');
    const yaml = parseGlossary('allow: [Keir Starrer]\nentries:\n  - term: Keir Starmer\n    variants: [Keir Starrer, Kier Starmer]\n', 'yaml', 'g.yaml');
    const json = parseGlossary('{"allow": ["Kier Starmer"], "entries": [{"term": "Keir Starmer", "variants": ["Keir Starrer", "Kier Starmer"]}]}', 'json', 'g.json');
    expect(yaml.allow).toEqual(['Keir Starrer']);
    const text = 'Keir Starrer met Kier Starmer.';
    expect(createChecker({ defaultGlossary: false, glossaries: [yaml] }).check(text).findings.map((f) => f.text)).toEqual(['Kier Starmer']);
    expect(createChecker({ defaultGlossary: false, glossaries: [json] }).check(text).findings.map((f) => f.text)).toEqual(['Keir Starrer']);
  });

  it('rejects an allow list that is not a list of words, with the line', () => {
    expect(() => parseGlossary('allow: 3\nentries: []\n', 'yaml', 'g.yaml')).toThrow(/g\.yaml:1: "allow" must be a list of words or phrases/);
  });
});
