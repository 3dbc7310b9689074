import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

/**
 * A suggestion whose text holds markup (a tag, a comment, an inline code) is not an edit: --diff, the
 * NDJSON diff, review and SARIF leave the markup where it is, as --fix does, and the finding keeps its
 * suggestion text with `editable: false`. Each file has one plain fix ("Cnn") beside findings whose range
 * runs over markup; the only change anywhere is "Cnn" to "CNN".
 */
const CASES: { name: string; format: string; text: string; overMarkup: string[] }[] = [
  { name: 'a.xml', format: 'xml', text: '<story><p>Reporters at Cnn saw the <em>the</em> envoy greet <b>Keir</b> Starrer.</p></story>\n', overMarkup: ['the <em>the', 'Keir</b> Starrer'] },
  { name: 'a.html', format: 'html', text: '<html><body><p>Reporters at Cnn saw the <b>the</b> envoy greet Keir<wbr>Starrer.</p></body></html>\n', overMarkup: ['the <b>the', 'Keir<wbr>Starrer'] },
  { name: 'a.md', format: 'markdown', text: 'Reporters at Cnn saw the **the** envoy greet Keir <!-- note --> Starrer.\n', overMarkup: ['the **the', 'Keir <!-- note --> Starrer'] },
  {
    name: 'a.xlf',
    format: 'xliff',
    text:
      '<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="u1"><segment>' +
      '<source>Bei CNN sah man den <pc id="1">Gesandten</pc> <sc id="2"/>Keir<ec startRef="2"/> Starrer.</source>' +
      '<target>At Cnn, they saw the <pc id="1">the</pc> envoy greet <sc id="2"/>Keir<ec startRef="2"/> Starrer.</target></segment></unit></file></xliff>\n',
    overMarkup: ['the <pc id="1">the', 'Keir<ec startRef="2"/> Starrer'],
  },
];

interface JsonFinding {
  ruleId: string;
  text: string;
  suggestions: { text: string }[];
  fix?: unknown;
  editable?: false;
}

const tmp = () => mkdtempSync(join(tmpdir(), 'translint-markup-'));
const onlyCnn = (t: string) => t.replace(/\bCnn\b/g, 'CNN');

/** The file after `git apply` of a patch. */
function applied(dir: string, name: string, patch: string): string {
  writeFileSync(join(dir, 'p.diff'), patch);
  execFileSync('git', ['apply', '--unsafe-paths', '--directory=.', 'p.diff'], { cwd: dir });
  return readFileSync(join(dir, name), 'utf8');
}

describe.each(CASES)('a suggestion over markup in $name', ({ name, format, text, overMarkup }) => {
  it('keeps its suggestion text in the JSON report, with editable false and no fix', () => {
    const dir = tmp();
    writeFileSync(join(dir, name), text);
    const r = translint(['check', '--format', 'json', name], { cwd: dir });
    expect(r.stderr).toBe('');
    const findings = (JSON.parse(r.stdout) as { files: { findings: JsonFinding[] }[] }).files[0]!.findings;
    const marked = findings.filter((f) => f.editable === false && f.suggestions.length > 0);
    expect(marked.map((f) => f.text)).toEqual(overMarkup);
    for (const f of marked) expect(f.fix).toBeUndefined();
    expect(marked.map((f) => f.suggestions[0]!.text)).toEqual(['the', 'Keir Starmer']);
    expect(findings.find((f) => f.text === 'Cnn')?.editable).toBeUndefined();
  });

  it('check --diff changes only the plain text, and the patch applies', () => {
    const dir = tmp();
    writeFileSync(join(dir, name), text);
    const r = translint(['check', '--diff', name], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('+++ b/' + name);
    expect(applied(dir, name, r.stdout)).toBe(onlyCnn(text));
  });

  it('check --ndjson --diff gives the same diff for the record', () => {
    const dir = tmp();
    const r = translint(['check', '--ndjson', '--diff'], { cwd: dir, input: JSON.stringify({ id: name, text, format }) + '\n' });
    expect(r.stderr).toBe('');
    const rec = JSON.parse(r.stdout) as { id: string; diff: string; findings: JsonFinding[] };
    writeFileSync(join(dir, name), text);
    expect(applied(dir, name, rec.diff)).toBe(onlyCnn(text));
    expect(rec.findings.filter((f) => f.editable === false && f.suggestions.length > 0).map((f) => f.text)).toEqual(overMarkup);
  });

  it('review, answered yes to everything, writes only the plain change and names the others', () => {
    const dir = tmp();
    writeFileSync(join(dir, name), text);
    const r = translint(['review', name], { cwd: dir, input: 'y\ny\ny\ny\n' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, name), 'utf8')).toBe(onlyCnn(text));
    expect(r.stdout).toContain('(1/1) Apply this change');
    for (const t of overMarkup) expect(r.stdout).toContain(`"${t}" → "`);
    expect(r.stdout.match(/^note: not offered: .*: the text holds markup that the change would delete; edit it by hand$/gm)?.length).toBe(overMarkup.length);
  });

  it('SARIF proposes no replacement for them', () => {
    const dir = tmp();
    writeFileSync(join(dir, name), text);
    const r = translint(['check', '--format', 'sarif', name], { cwd: dir });
    const results = (JSON.parse(r.stdout) as { runs: { results: { message: { text: string }; fixes?: unknown[]; locations: { physicalLocation: { region: { charOffset: number; charLength: number } } }[] }[] }[] }).runs[0]!.results;
    const over = results.filter((res) => {
      const { charOffset, charLength } = res.locations[0]!.physicalLocation.region;
      return overMarkup.includes(text.slice(charOffset, charOffset + charLength));
    });
    expect(over.length).toBe(overMarkup.length);
    for (const res of over) expect(res.fixes).toBeUndefined();
  });
});
