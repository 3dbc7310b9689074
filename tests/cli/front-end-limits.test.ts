import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryFile } from '../server/helpers.ts';
import { spawnTranslint, startServe, stop, until } from './front-end-helpers.ts';

// What one document may cost, through the real binary: the service's --max-body and the hot folder's
// --max-file-size (the stream's --max-file-size is in ndjson.test.ts). Over the limit, the document gets
// an error and the next one is checked.
const glossary = glossaryFile('limits', [{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]);

describe('limits of one document in the front ends', () => {
  it('serve --max-body: a body over it gets 413 naming the limit, the next request is answered', async () => {
    const s = await startServe(tmpdir(), ['--no-default-glossary', '-g', glossary, '--max-body', '200']);
    try {
      const post = async (text: string) => {
        const res = await fetch(`${s.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, diff: false }) });
        return [res.status, await res.json()] as const;
      };
      // {"text":"…","diff":false}: 24 bytes around the text
      const at = 'Keir Starrer ' + 'x'.repeat(200 - 24 - 13);
      expect((await post(at))[0]).toBe(200);
      expect(await post(at + 'y')).toEqual([413, { error: { code: 'body_too_large', message: 'the body is over the limit of 200 bytes' } }]);
      const [status, body] = await post('Keir Starrer spoke.');
      expect([status, (body as { findings: { text: string }[] }).findings.map((f) => f.text)]).toEqual([200, ['Keir Starrer']]);
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });

  it('watch --max-file-size: a larger file goes to failed/ with the reason, the others are checked', async () => {
    const root = mkdtempSync(join(tmpdir(), 'translint-limits-'));
    const inDir = join(root, 'in');
    const outDir = join(root, 'out');
    mkdirSync(inDir);
    writeFileSync(join(inDir, 'big.txt'), 'Keir Starrer spoke for a long time.');
    writeFileSync(join(inDir, 'small.txt'), 'Keir Starrer spoke.');
    const w = spawnTranslint(['watch', inDir, '--out', outDir, '--poll', '30', '--no-default-glossary', '-g', glossary, '--max-file-size', '30'], root);
    try {
      await until(() => readdirSync(inDir).length === 0);
    } finally {
      expect(await stop(w)).toBe(0);
    }
    expect(readFileSync(join(outDir, 'failed', 'big.txt.error.txt'), 'utf8')).toBe('big.txt: file is 35 bytes, over the limit of 30 (--max-file-size)\n');
    expect(readdirSync(join(outDir, 'failed')).sort()).toEqual(['big.txt', 'big.txt.error.txt']);
    const report = JSON.parse(readFileSync(join(outDir, 'small.txt.translint.json'), 'utf8')) as { files: { findings: { text: string }[] }[] };
    expect(report.files[0]!.findings.map((f) => f.text)).toEqual(['Keir Starrer']);
  });
});
