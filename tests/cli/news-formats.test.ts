import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNewsml } from '../../src/inputs/newsml.ts';
import { ROOT, translint } from '../helpers/cli.ts';

interface Finding {
  ruleId: string;
  text: string;
  range: { start: { offset: number; line: number }; end: { offset: number } };
  fix?: { text: string };
}
interface Out {
  files: { path: string; findings: Finding[] }[];
}

const base = ['check', '--no-default-glossary', '-g', join(ROOT, 'tests/fixtures/glossaries/seed.yaml'), '--format', 'json'];
const sample = (ext: string) => join(ROOT, 'corpora/samples', `keir-starrer.${ext}`);
const run = (args: string[], options: { cwd?: string; input?: string } = {}) => JSON.parse(translint([...base, ...args], options).stdout) as Out;
const tmp = () => mkdtempSync(join(tmpdir(), 'translint-news-'));

// [rule, line, offset] of every finding: "Keir Starrer" in the headline, paragraphs (one inside <em>)
// and the NITF caption; never in the title, keywords, subject, slugline, notes or attributes
const EXPECTED: Record<string, [string, number, number][]> = {
  nitf: [
    ['glossary/near-miss', 24, 832],
    ['glossary/near-miss', 33, 1447],
    ['artefact/number-format', 34, 1568],
    ['glossary/near-miss', 34, 1610],
    ['glossary/near-miss', 37, 1854],
  ],
  newsml: [
    ['glossary/near-miss', 24, 1360],
    ['glossary/near-miss', 35, 1888],
    ['artefact/number-format', 36, 2015],
    ['glossary/near-miss', 36, 2057],
  ],
};

describe('NITF and NewsML-G2 through the CLI (subprocess)', () => {
  it.each(['nitf', 'newsml'])('flags the prose of keir-starrer.%s only, with ranges that slice the XML file', (ext) => {
    const source = readFileSync(sample(ext), 'utf8');
    const findings = run([sample(ext)]).files[0]!.findings;
    expect(findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.offset])).toEqual(EXPECTED[ext]);
    for (const f of findings) expect(source.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
    // the name is written in metadata too, and none of those places is flagged
    expect(source.split('Keir Starrer').length - 1).toBe(ext === 'nitf' ? 11 : 7);
  });

  it('chooses the format of .xml files by their root element, also when walking a directory', () => {
    const dir = tmp();
    copyFileSync(sample('nitf'), join(dir, 'a-story.xml'));
    copyFileSync(sample('newsml'), join(dir, 'b-item.xml'));
    const files = run(['.'], { cwd: dir }).files;
    expect(files.map((f) => f.path)).toEqual(['a-story.xml', 'b-item.xml']);
    expect(files.map((f) => f.findings.map((x) => x.range.start.offset))).toEqual([EXPECTED.nitf!.map((e) => e[2]), EXPECTED.newsml!.map((e) => e[2])]);
  });

  it('reads stdin with --input-format', () => {
    const input = '<nitf><head><title>Keir Starrer</title></head><body><body.content><p>Keir Starrer</p></body.content></body></nitf>';
    const findings = run(['--input-format', 'nitf', '-'], { input }).files[0]!.findings;
    expect(findings.map((f) => [f.range.start.offset, f.text])).toEqual([[69, 'Keir Starrer']]);
  });

  it('fixes prose in place and leaves metadata and markup as they were', () => {
    const dir = tmp();
    copyFileSync(sample('newsml'), join(dir, 'item.newsml'));
    // a listed variant is a safe fix whatever the near-miss confidence of the name
    writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
    const r = translint(['check', '--no-default-glossary', '-g', 'g.json', '--fix', 'item.newsml'], { cwd: dir });
    expect(r.status).toBe(0);
    const before = readFileSync(sample('newsml'), 'utf8');
    const after = readFileSync(join(dir, 'item.newsml'), 'utf8');
    const expected = before
      .replace('<headline>Keir Starrer', '<headline>Keir Starmer')
      .replace('<em>Keir Starrer</em>', '<em>Keir Starmer</em>')
      .replace('More than 1.000 people waited at the airport, where Keir Starrer', 'More than 1,000 people waited at the airport, where Keir Starmer');
    expect(after).toBe(expected);
    expect(after.split('Keir Starrer').length - 1).toBe(4);
    expect(parseNewsml(after).segments.length).toBe(parseNewsml(before).segments.length);
  });

  it('never writes a fix holding markup characters into the XML', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: 'AT&T', variants: ['ATT'], fix: 'auto' }]));
    const story = '<nitf><body><body.content><p>ATT said so.</p></body.content></body></nitf>\n';
    writeFileSync(join(dir, 's.nitf'), story);
    const json = JSON.parse(translint(['check', '--no-default-glossary', '-g', 'g.json', '--format', 'json', 's.nitf'], { cwd: dir }).stdout) as Out;
    expect(json.files[0]!.findings.map((f) => [f.text, f.fix])).toEqual([['ATT', undefined]]);
    translint(['check', '--no-default-glossary', '-g', 'g.json', '--fix', 's.nitf'], { cwd: dir });
    expect(readFileSync(join(dir, 's.nitf'), 'utf8')).toBe(story);
  });

  it('rejects malformed XML with the file and line, exit code 2', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.nitf'), '<nitf>\n<body>\n<body.content><p>Keir Starrer</body.content>\n</body></nitf>\n');
    writeFileSync(join(dir, 'bad.xml'), '<?xml version="1.0"?>\n<newsItem>\n\n<contentMeta></newsItem>\n');
    const nitf = translint(['check', '--no-default-glossary', 'bad.nitf'], { cwd: dir });
    expect([nitf.status, nitf.stderr]).toEqual([2, 'translint: bad.nitf:3: unexpected close tag.\n']);
    const xml = translint(['check', '--no-default-glossary', 'bad.xml'], { cwd: dir });
    expect([xml.status, xml.stderr]).toEqual([2, 'translint: bad.xml:4: unexpected close tag.\n']);
  });
});
