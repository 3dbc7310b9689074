import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { GlossaryError } from '../../src/glossary/errors.ts';
import { loadGlossaryFile } from '../../src/glossary/load.ts';
import { ROOT } from '../helpers/cli.ts';
import { thrown } from '../helpers/thrown.ts';

const dir = mkdtempSync(join(tmpdir(), 'translint-import-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const flags = (glossary: string, text: string) =>
  createChecker({ defaultGlossary: false, glossaries: [glossary], rules: ['glossary/', 'spelling/'] })
    .check(text)
    .findings.map((f) => [f.ruleId, f.text, f.fix?.text ?? null]);

describe('prh YAML', () => {
  const PRH = 'version: 1\nrules:\n  - expected: JavaScript\n    pattern: /[Jj]ava[Ss]cript/\n    prh: the language\n    specs:\n      - from: javascript\n        to: JavaScript\n  - expected: GitHub\n  - expected: web site\n    patterns: [website, web-site]\n';

  it('says a prh file nested thousands of levels deep is too deep to read, at its line', () => {
    const deep = file('deep-prh.yml', `version: 1\nrules:\n  - expected: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    expect(thrown(() => loadGlossaryFile(deep), GlossaryError).message).toBe(`${deep}:3: nested too deep to read`);
  });

  it('reads rules as entries: expected is the term, patterns the variants, prh the note; the correct form is never flagged', () => {
    const g = loadGlossaryFile(file('prh.yml', PRH));
    expect(g.entries.map((e) => [e.term, e.line, e.note ?? null])).toEqual([
      ['JavaScript', 3, 'the language'],
      ['GitHub', 9, null],
      ['web site', 10, null],
    ]);
    expect(flags(file('prh2.yml', PRH), 'Use javascript and JavaScript on Github, see the website.')).toEqual([
      ['glossary/variant', 'javascript', 'JavaScript'],
      ['glossary/variant', 'Github', 'GitHub'],
      ['glossary/variant', 'website', 'web site'],
    ]);
  });

  it('reads a pattern with the i flag as matching any casing but the expected form as written', () => {
    const prh = file('prh-i.yml', 'rules:\n  - expected: JavaScript\n    pattern: /javascript/i\n');
    expect(flags(prh, 'Use javascript, JAVASCRIPT and JavaScript.')).toEqual([
      ['glossary/variant', 'javascript', 'JavaScript'],
      ['glossary/variant', 'JAVASCRIPT', 'JavaScript'],
    ]);
  });

  it('reads the example file that prh itself ships', () => {
    expect(loadGlossaryFile(join(ROOT, 'node_modules/prh/misc/prh.yml')).entries.length).toBeGreaterThan(3);
  });

  it('gives errors with the file and line', () => {
    const bad = file('bad.yml', 'rules:\n  - pattern: x\n');
    expect(thrown(() => loadGlossaryFile(bad), GlossaryError).message).toBe(`${bad}:2: a prh rule needs "expected" (the correct form)`);
    const spec = file('spec.yml', 'rules:\n  - expected: colour\n    pattern: color\n    specs:\n      - from: colr\n');
    expect(thrown(() => loadGlossaryFile(spec), GlossaryError).message).toBe(`${spec}:2: prh spec "colr" holds none of the rule's patterns`);
  });

  it('resolves YAML aliases in rules, their patterns and the rules list', () => {
    const aliased = file('alias-prh.yml', 'rules:\n  - &r\n    expected: Keir Starmer\n    pattern: &p Keir Starrer\n  - expected: JavaScript\n    patterns: [*p, Javascript]\n');
    expect(flags(aliased, 'Keir Starrer and Javascript.')).toEqual([
      ['glossary/variant', 'Keir Starrer', 'Keir Starmer'],
      ['glossary/variant', 'Javascript', 'JavaScript'],
    ]);
    const list = file('alias-list-prh.yml', 'version: 1\nrules: &all\n  - expected: GitHub\n');
    expect(loadGlossaryFile(list).entries.map((e) => e.term)).toEqual(['GitHub']);
  });

  it('refuses imports written through an alias or as one file, keys prh does not know, and aliases that expand too far', () => {
    const imports = file('imports-alias-prh.yml', 'version: 1\nimports: &i [a.yml]\nrules:\n  - expected: GitHub\n');
    expect(thrown(() => loadGlossaryFile(imports), GlossaryError).message).toBe(`${imports}:2: prh "imports" are not followed: give each file with --glossary`);
    const one = file('imports-one-prh.yml', 'version: 1\nimports: a.yml\nrules:\n  - expected: GitHub\n');
    expect(thrown(() => loadGlossaryFile(one), GlossaryError).message).toBe(`${one}:2: prh "imports" are not followed: give each file with --glossary`);
    const bogus = file('bogus-prh.yml', 'version: 1\nrules:\n  - expected: GitHub\nbogus: 1\n');
    expect(thrown(() => loadGlossaryFile(bogus), GlossaryError).message).toBe(`${bogus}:4: unknown prh key "bogus" (allowed: version, imports, targets, rules)`);
    const levels = ['      - &a [x, x, x, x, x, x, x, x, x]'];
    for (const [from, to] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f'], ['f', 'g']]) levels.push(`      - &${to} [${Array(9).fill(`*${from}`).join(', ')}]`);
    const bomb = file('bomb-prh.yml', `rules:\n  - expected: GitHub\n    patterns:\n${levels.join('\n')}\n`);
    expect(thrown(() => loadGlossaryFile(bomb), GlossaryError).message).toBe(`${bomb}:5: aliases (*name) expand to too many values to read`);
  });

  it('warns that prh targets are not followed', () => {
    const targets = file('targets-prh.yml', 'version: 1\ntargets:\n  - file: a.md\nrules:\n  - expected: GitHub\n');
    expect(loadGlossaryFile(targets).warnings).toEqual([`${targets}:2: prh "targets" are not followed: the rules apply to every file checked`]);
  });
});

describe('Vale vocabularies', () => {
  it('accept.txt: words (and [Xx] brackets) are never flagged', () => {
    const accept = file('accept.txt', '# product names\nKubernetes\n[Oo]bservability\nfoo(bar)?\n');
    const g = loadGlossaryFile(accept);
    expect(g.allow).toEqual(['Kubernetes', 'observability']);
    expect(g.warnings).toEqual([`${accept}:4: "foo(bar)?" is a regular expression: Vale accepts it, translint's allow list takes words only; left out`]);
    expect(flags(accept, 'Kubernetes gives observability to the goverment.').map((f) => f[1])).toEqual(['goverment']);
  });

  it('reject.txt: each line is flagged, with no replacement', () => {
    const reject = file('reject.txt', 'utilize\n[Tt]hereof\n');
    expect(flags(reject, 'We utilize it, and the cost thereof.')).toEqual([
      ['glossary/variant', 'utilize', null],
      ['glossary/variant', 'thereof', null],
    ]);
    // the message names no right form: the entry's term is the rejected pattern itself
    const checker = createChecker({ defaultGlossary: false, glossaries: [reject] });
    expect(checker.check('We utilize it.').findings.map((f) => f.message)).toEqual(['"utilize" is a form to avoid: rejected by the Vale vocabulary reject.txt']);
  });

  it('gives errors with the file and line', () => {
    const reject = file('reject.txt', 'fine\n(unclosed\n');
    expect(thrown(() => loadGlossaryFile(reject), GlossaryError).message).toMatch(new RegExp(`^${reject.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: invalid regular expression "\\(unclosed"`));
  });
});

describe('textlint-rule-terminology JSON', () => {
  const TERMS = '[\n  "JavaScript",\n  ["Java[- ]?script", "JavaScript"],\n  ["front[- ]end(\\\\w*)", "frontend$1"],\n  ["e-mail", "email"]\n]\n';

  it('reads terms and [pattern, replacement] pairs; a replacement with groups is flagged without a fix', () => {
    const terms = file('terms.json', TERMS);
    const g = loadGlossaryFile(terms);
    expect(g.entries.map((e) => [e.term, e.line, e.fix])).toEqual([
      ['JavaScript', 2, 'auto'],
      ['JavaScript', 3, 'auto'],
      ['frontend', 4, 'warn'],
      ['email', 5, 'auto'],
    ]);
    expect(flags(terms, 'Send an e-mail about Java script and the front-end, in JavaScript.')).toEqual([
      ['glossary/variant', 'e-mail', 'email'],
      ['glossary/variant', 'Java script', 'JavaScript'],
      ['glossary/variant', 'front-end', null],
    ]);
  });

  it('flags pairs whose pattern differs from the replacement only in case, never the replacement as written', () => {
    const terms = file('case-pairs.json', '[["javascript", "JavaScript"], ["Github", "GitHub"]]');
    expect(flags(terms, 'I write javascript on Github, then JavaScript on GitHub; Javascript and GITHUB too.')).toEqual([
      ['glossary/variant', 'javascript', 'JavaScript'],
      ['glossary/variant', 'Github', 'GitHub'],
      ['glossary/variant', 'Javascript', 'JavaScript'],
      ['glossary/variant', 'GITHUB', 'GitHub'],
    ]);
  });

  it('gives errors with the file and line', () => {
    const bad = file('bad-terms.json', '[\n  "ok",\n  ["only one"]\n]\n');
    expect(thrown(() => loadGlossaryFile(bad), GlossaryError).message).toBe(`${bad}:3: each term is a string or a [pattern, replacement] pair of strings`);
  });
});
