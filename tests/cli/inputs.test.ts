import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFormats } from '../../src/inputs/index.ts';
import { ROOT, translint } from '../helpers/cli.ts';

interface Out {
  files: { path: string; findings: { ruleId: string; text: string; range: { start: { offset: number; line: number }; end: { offset: number } } }[] }[];
}

// glossary rules only: these tests are about where the input formats let rules look
const base = ['check', '--no-default-glossary', '-g', 'tests/fixtures/glossaries/seed.yaml', '--rules', 'glossary/', '--format', 'json'];

describe('input formats through the CLI (subprocess)', () => {
  it('finds DITA topics and maps in a folder and reads them as XML: code is left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-dita-'));
    const topic = '<?xml version="1.0"?>\n<task id="t"><title>Keir Starrer</title><taskbody><p>Run <codeph>Keir Starrer</codeph> now.</p><codeblock>Keir Starrer</codeblock></taskbody></task>\n';
    writeFileSync(join(dir, 'a.dita'), topic);
    const map = '<?xml version="1.0"?>\n<map><title>Keir Starrer</title><topicref href="a.dita"/></map>\n';
    writeFileSync(join(dir, 'b.ditamap'), map);
    const out = JSON.parse(translint([...base, dir]).stdout) as Out;
    const at = topic.indexOf('Keir Starrer');
    expect(out.files.map((f) => [f.path.slice(dir.length + 1), f.findings.map((x) => [x.range.start.offset, x.range.end.offset])])).toEqual([
      ['a.dita', [[at, at + 12]]],
      ['b.ditamap', [[map.indexOf('Keir'), map.indexOf('Keir') + 12]]],
    ]);
  });

  // lines with "Keir Starrer" in prose (in HTML also "Keir&nbsp;Starrer", not the RCDATA <title>); the other occurrences sit in code, URLs, attributes, keys,
  // front matter, XLIFF sources and notes, PO msgids and comments, or under a translint-disable comment
  it.each([
    ['md', [5, 7, 10]],
    ['html', [12, 14, 18]],
    ['xlf', [7, 12]],
    ['po', [12, 19, 20, 24, 25]],
    ['json', [2, 4, 5, 6]],
    ['txt', [1, 3]],
  ])('flags prose in starmer-kigali.%s only, at lines %j', (ext, lines) => {
    const path = `corpora/samples/starmer-kigali.${ext}`;
    const source = readFileSync(join(ROOT, path), 'utf8');
    const all = (JSON.parse(translint([...base, path]).stdout) as Out).files[0]!.findings;
    // bilingual rules also report the XLIFF target's extra inline code (tests/cli/bilingual.test.ts)
    const findings = all.filter((f) => !f.ruleId.startsWith('bilingual/'));
    expect(findings.map((f) => f.range.start.line)).toEqual(lines);
    for (const f of findings) expect(source.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
  });

  it('knows every input format in --input-format, and no other', async () => {
    const { INPUT_FORMAT_NAMES } = await import('../../src/inputs/names.ts');
    expect([...INPUT_FORMAT_NAMES].sort()).toEqual(Object.keys(inputFormats).sort());
    const help = translint(['check', '--help']).stdout.replace(/\s+/g, ' ');
    for (const name of Object.keys(inputFormats)) expect(help).toContain(`"${name}"`);
  });

  it('reads stdin in a forced format, and rejects a broken file with its line', () => {
    const md = translint([...base, '--input-format', 'markdown', '-'], { input: '`Keir Starrer` and Keir Starrer\n' });
    expect((JSON.parse(md.stdout) as Out).files[0]!.findings.map((f) => f.range.start.offset)).toEqual([19]);
    const dir = mkdtempSync(join(tmpdir(), 'translint-in-'));
    writeFileSync(join(dir, 'bad.xlf'), '<xliff version="1.2">\n<file>\n<body><trans-unit id="1"><target>Keir Starrer</trans-unit>\n</xliff>\n');
    const r = translint(['check', '--no-default-glossary', 'bad.xlf'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^translint: bad\.xlf:3: /);
  });

  it('fixes a JSON resource file in place, keeping it valid JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-in-'));
    writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
    writeFileSync(join(dir, 'en.json'), '{\n  "title": "Keir Starrer visits",\n  "Keir Starrer": "key stays"\n}\n');
    const r = translint(['check', '--no-default-glossary', '-g', 'g.json', '--fix', 'en.json'], { cwd: dir });
    expect(r.status).toBe(0);
    const fixed = readFileSync(join(dir, 'en.json'), 'utf8');
    expect(JSON.parse(fixed)).toEqual({ title: 'Keir Starmer visits', 'Keir Starrer': 'key stays' });
  });
});

describe('.xml files found in folders', () => {
  it('checks news XML by its root element and skips XML of other kinds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-xml-'));
    writeFileSync(join(dir, 'pom.xml'), '<?xml version="1.0"?>\n<project><name>Keir Starrer tools</name></project>\n');
    writeFileSync(join(dir, 'story.xml'), readFileSync(join(ROOT, 'corpora/samples/keir-starrer.nitf'), 'utf8'));
    const g = join(ROOT, 'tests/fixtures/glossaries/seed.yaml');
    const out = JSON.parse(translint(['check', '--no-default-glossary', '-g', g, '--format', 'json', '.'], { cwd: dir }).stdout) as Out;
    expect(out.files.map((f) => f.path)).toEqual(['story.xml']);
    const named = JSON.parse(translint(['check', '--no-default-glossary', '-g', g, '--format', 'json', 'pom.xml'], { cwd: dir }).stdout) as Out;
    expect(named.files.map((f) => f.path)).toEqual(['pom.xml']);
  });

  it('finds the root element of news XML after a long comment or doctype, and still skips other XML after one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-xml-'));
    const licence = `<!-- ${'This story is licensed to subscribers only. '.repeat(150)}-->\n`;
    const nitf = readFileSync(join(ROOT, 'corpora/samples/keir-starrer.nitf'), 'utf8');
    // the comment goes after the XML declaration (if any), before the root
    const at = nitf.startsWith('<?xml') ? nitf.indexOf('?>') + 2 : 0;
    writeFileSync(join(dir, 'story.xml'), `${nitf.slice(0, at)}\n${licence}${nitf.slice(at)}`);
    writeFileSync(join(dir, 'pom.xml'), `<?xml version="1.0"?>\n${licence}<project><name>Keir Starrer tools</name></project>\n`);
    const g = join(ROOT, 'tests/fixtures/glossaries/seed.yaml');
    const out = JSON.parse(translint(['check', '--no-default-glossary', '-g', g, '--format', 'json', '.'], { cwd: dir }).stdout) as Out;
    expect(out.files.map((f) => f.path)).toEqual(['story.xml']);
    expect(out.files[0]?.findings.length).toBeGreaterThan(0);
  });

  it('finds the root element after a comment longer than 256 K characters (read a block at a time), and still skips other XML after one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-xml-'));
    const licence = `<!-- ${'This story is licensed to subscribers only.\n'.repeat(7_000)}-->\n`;
    expect(licence.length).toBeGreaterThan(300_000);
    const nitf = readFileSync(join(ROOT, 'corpora/samples/keir-starrer.nitf'), 'utf8');
    const at = nitf.startsWith('<?xml') ? nitf.indexOf('?>') + 2 : 0;
    writeFileSync(join(dir, 'story.xml'), `${nitf.slice(0, at)}\n${licence}${nitf.slice(at)}`);
    writeFileSync(join(dir, 'pom.xml'), `<?xml version="1.0"?>\n${licence}<project><name>Keir Starrer tools</name></project>\n`);
    const g = join(ROOT, 'tests/fixtures/glossaries/seed.yaml');
    const out = JSON.parse(translint(['check', '--no-default-glossary', '-g', g, '--format', 'json', '.'], { cwd: dir }).stdout) as Out;
    expect(out.files.map((f) => f.path)).toEqual(['story.xml']);
    const text = readFileSync(join(dir, 'story.xml'), 'utf8');
    expect(out.files[0]?.findings.length).toBeGreaterThan(0);
    for (const f of out.files[0]?.findings ?? []) {
      expect(f.range.start.offset).toBeGreaterThan(licence.length);
      expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
    }
  });

  it('leaves out of --diff a suggestion the format would need escaped, instead of breaking the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-xml-'));
    writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: 'AT&T', variants: ['ATT Inc'] }, { term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
    writeFileSync(join(dir, 's.xlf'), '<xliff version="1.2"><file><body><trans-unit id="1"><source>x</source><target>ATT Inc and Keir Starrer</target></trans-unit></body></file></xliff>\n');
    const r = translint(['check', '--no-default-glossary', '-g', 'g.json', '--rules', 'glossary/', '--diff', 's.xlf'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('+<xliff version="1.2"><file><body><trans-unit id="1"><source>x</source><target>ATT Inc and Keir Starmer</target>');
  });

  it('leaves out of --fix a replacement Markdown would read as markup', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-md-'));
    writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: '<i>Le Monde</i>', variants: ['Le Mond'], fix: 'auto' }, { term: '*nix', variants: ['Unixlike'], fix: 'auto' }, { term: 'snake_case', variants: ['snakecase'], fix: 'auto' }, { term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
    writeFileSync(join(dir, 's.md'), 'Le Mond reported on Unixlike snakecase and Keir Starrer.\n');
    const r = translint(['check', '--no-default-glossary', '-g', 'g.json', '--rules', 'glossary/', '--format', 'json', '--fix', 's.md'], { cwd: dir });
    expect(readFileSync(join(dir, 's.md'), 'utf8')).toBe('Le Mond reported on Unixlike snake_case and Keir Starmer.\n');
    expect(JSON.parse(r.stdout).files[0].findings.map((f: { suggestions: { text: string }[] }) => f.suggestions[0]?.text)).toEqual(['<i>Le Monde</i>', '*nix']);
    expect(r.stderr).toBe('translint: fixed 2 problems in 1 file\n');
  });
});

describe('a file named more than once on the command line', () => {
  it('is checked, reported and fixed once, under the first name it was reached by', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-twice-'));
    writeFileSync(join(dir, 'a.txt'), 'Keir Starrer spoke.\n');
    const r = translint(['check', '--format', 'checkstyle', '.', join(dir, 'a.txt'), './../' + dir.split('/').pop() + '/a.txt', '--fix'], { cwd: dir });
    expect(r.stdout.match(/<file /g)?.length).toBe(1);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('Keir Starmer spoke.\n');
  });

  it('is kept under a name the ignore patterns leave, whatever other name of it they ignore', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-twice-'));
    mkdirSync(join(dir, 'vendor'));
    writeFileSync(join(dir, 'vendor', 'a.md'), 'Keir Starrer spoke.\n');
    symlinkSync(join(dir, 'vendor', 'a.md'), join(dir, 'story.md'));
    writeFileSync(join(dir, '.translintrc.yaml'), 'ignore: ["vendor/**"]\n');
    const r = translint(['check', '--format', 'json', 'vendor', 'story.md'], { cwd: dir });
    expect([r.status, (JSON.parse(r.stdout) as { files: { path: string }[] }).files.map((f) => f.path)]).toEqual([0, ['story.md']]);
  });
});
