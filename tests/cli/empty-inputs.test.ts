import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INPUT_FORMAT_NAMES } from '../../src/inputs/names.ts';
import { inputFormats } from '../../src/inputs/index.ts';
import { translint } from '../helpers/cli.ts';

const EXTENSIONS = [...new Set([...Object.values(inputFormats).flatMap((f) => f.extensions), '.xml'])];
const BLANKS: Record<string, string> = { empty: '', blank: '\n  \r\n\t\n', bom: '\ufeff' };

describe('an empty input is checked in every format: no findings, exit 0', () => {
  it('has extensions to try for the structured formats', () => {
    expect(EXTENSIONS).toEqual(expect.arrayContaining(['.json', '.xlf', '.nitf', '.po', '.html', '.md']));
  });

  it.each(EXTENSIONS)('an empty, a blank and a BOM-only %s file, named and found in a folder', (ext) => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-empty-'));
    const names = Object.keys(BLANKS).map((k) => `${k}${ext}`);
    for (const [k, text] of Object.entries(BLANKS)) writeFileSync(join(dir, `${k}${ext}`), text);
    const r = translint(['check', '--format', 'json', ...names], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([0, '']);
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: unknown[] }[]; failures: unknown[] };
    expect(out.files.map((f) => [f.path, f.findings.length])).toEqual(names.map((n) => [n, 0]));
    expect(out.failures).toEqual([]);
    // found in a folder (as a CI run finds a placeholder), and --fix and --diff leave it alone
    const fix = translint(['check', '--fix', '--diff', '.'], { cwd: dir });
    expect([fix.status, fix.stdout, fix.stderr]).toEqual([0, '', '']);
    for (const [k, text] of Object.entries(BLANKS)) expect(readFileSync(join(dir, `${k}${ext}`), 'utf8')).toBe(text);
  });

  it.each(INPUT_FORMAT_NAMES)('an empty stdin read as %s', (format) => {
    const r = translint(['check', '--input-format', format, '-'], { input: '' });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', '']);
  });

  it('still refuses a structured file that is not blank but broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-empty-'));
    writeFileSync(join(dir, 'a.json'), '\n {\n');
    writeFileSync(join(dir, 'b.xlf'), '\n<xliff');
    const r = translint(['check', 'a.json', 'b.xlf'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^translint: a\.json:\d+: /m);
    expect(r.stderr).toMatch(/^translint: b\.xlf:\d+: /m);
  });
});
