import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';
import { post, start, type Running } from '../server/helpers.ts';

// A TSV unit whose target is one "tag" of 12 MB: the inline-code pattern of the bilingual rules ran out of
// stack on it, and the RangeError stopped the whole run as if the configuration were bad, the other
// file's report lost ("translint: Maximum call stack size exceeded", nothing else). Whatever fails while
// one input is checked is that input's error: one line naming it, the other inputs reported, exit 2.
const HUGE_TAG = `a\t<b ${'y=z '.repeat(3_000_000)}>\n`;
const GOOD = 'Keir Starrer spoke on Monday.\n';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'translint-one-fails-'));
  writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'huge.tsv'), HUGE_TAG);
});

const base = ['--no-default-glossary', '-g', 'g.json', '--no-progress'];

describe('an input that fails while it is checked', () => {
  it('check: the other file is reported, the failing one named on one line, exit 2', () => {
    const r = translint(['check', ...base, '--format', 'json', 'good.txt', 'huge.tsv'], { cwd: dir });
    expect(r.stderr).toBe('translint: huge.tsv: could not be checked: Maximum call stack size exceeded\n');
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: unknown[] }[]; failures: unknown[] };
    expect(out.files.map((f) => [f.path, f.findings.length])).toEqual([['good.txt', 1]]);
    expect(out.failures).toEqual([{ path: 'huge.tsv', message: 'huge.tsv: could not be checked: Maximum call stack size exceeded' }]);
    expect(r.status).toBe(2);
  });

  it('check --diff: the other file\'s diff is printed', () => {
    const r = translint(['check', ...base, '--diff', 'huge.tsv', 'good.txt'], { cwd: dir });
    expect(r.stdout).toBe('--- a/good.txt\n+++ b/good.txt\n@@ -1,1 +1,1 @@\n-Keir Starrer spoke on Monday.\n+Keir Starmer spoke on Monday.\n');
    expect(r.stderr).toBe('translint: huge.tsv: could not be checked: Maximum call stack size exceeded\n');
    expect(r.status).toBe(2);
  });

  it('review: one line naming the file', () => {
    const r = translint(['review', '--no-default-glossary', 'huge.tsv'], { cwd: dir });
    expect(r.stderr).toBe('translint: huge.tsv: could not be checked: Maximum call stack size exceeded\n');
    expect(r.status).toBe(2);
  });
});

describe('serve: a text that fails while it is checked', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start({ defaultGlossary: false, maxBodyBytes: 16 * 1024 * 1024 });
  });
  afterAll(() => s.app.close());

  it('is a 422 naming it, the log quiet, the service still up', async () => {
    const r = await post(`${s.url}/v1/check`, { text: HUGE_TAG, format: 'tsv' });
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ error: { code: 'invalid_document', message: 'text: could not be checked: Maximum call stack size exceeded' } });
    expect(s.logs).toEqual([]);
    const next = await post(`${s.url}/v1/check`, { text: 'Hallo\tHello {name}\n', format: 'tsv' });
    expect(next.status).toBe(200);
    expect((next.json.findings as { ruleId: string }[]).map((f) => f.ruleId)).toEqual(['bilingual/placeholders']);
  });
});
