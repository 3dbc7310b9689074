import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

// `check --fix` through the real bin/translint: text marked not to be translated is the original's and
// is never rewritten (the default glossary fixes "Cnn" to "CNN" everywhere else). Which formats read
// which marks as no prose is tested in tests/inputs/protected.test.ts.
const dir = mkdtempSync(join(tmpdir(), 'translint-protected-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --fix leaves content marked not to be translated as it is', () => {
  it.each([
    [
      'a.xlf',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f">\n' +
        '<unit id="1" translate="no"><segment><source>Cnn</source><target>Cnn notrans</target></segment></unit>\n' +
        '<unit id="2"><segment><source>Cnn sagte</source><target>Cnn said <mrk id="m1" translate="no">Cnn</mrk></target></segment></unit>\n' +
        '</file></xliff>\n',
      ['3:57'],
    ],
    ['b.html', '<p>Cnn said <span translate="no">Cnn</span>.</p>\n<p translate="no">Cnn</p>\n', ['1:4']],
  ])('%s', (name, text, at) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    const r = translint(['check', '--format', 'json', file]);
    const findings = (JSON.parse(r.stdout) as { files: { findings: { range: { start: { line: number; column: number } } }[] }[] }).files[0]?.findings ?? [];
    expect(findings.map((f) => `${f.range.start.line}:${f.range.start.column}`)).toEqual(at);
    // fixed there only, and nothing is left
    expect(translint(['check', '--fix', file]).stderr).toBe('translint: fixed 1 problem in 1 file\n');
    expect(translint(['check', file]).status).toBe(0);
    const [line, column] = (at[0] as string).split(':').map(Number) as [number, number];
    const lines = text.split('\n');
    lines[line - 1] = `${(lines[line - 1] as string).slice(0, column - 1)}CNN${(lines[line - 1] as string).slice(column + 2)}`;
    expect(readFileSync(file, 'utf8')).toBe(lines.join('\n'));
  });
});
