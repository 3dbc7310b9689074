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

  // JSON.parse reads 9007199254740993 as 9007199254740992: a result under another record's id
  const inexact = '"id" is a whole number beyond ±(2^53 − 1) (read as 9007199254740992), which JSON readers cannot keep exact: send it as a string';

  const rewritten = (n: number) => `"id" is not written as JSON writes the number it is read as (${n}), and would come back so: send it as a string, or as digits`;

  it('check --ndjson: a numeric id that would not come back exact is an error line, never another id', async () => {
    const { translint } = await import('../helpers/cli.ts');
    const input = [
      '{"id":9007199254740993,"text":"Keir Starrer"}',
      // 2^53 itself: what 2^53 + 1 is read as, so no longer known exact
      '{"id":9007199254740992,"text":"Keir Starrer"}',
      '{"id":1e400,"text":"Keir Starrer"}',
      '{"id":-9007199254740991,"text":"ok"}',
      '{"id":"9007199254740993","text":"ok"}',
      // not JSON, and its id inexact: the error line carries no id rather than a wrong one
      '{"id":9007199254740993,"text":"x',
      // read as 1, 0 and 1000: another spelling of a number would come back as that number
      '{"id":1.0000000000000001,"text":"ok"}',
      '{"id":-0,"text":"ok"}',
      '{"id":1e3,"text":"ok"}',
      '{"id":1.5,"text":"ok"}',
      // not JSON: the start of an exponent or of a longer number is no id
      '{"id":1e400,"text":',
      '{"id":1.5e3,"text":',
      '{"id":77 ,"text":',
    ].join('\n') + '\n';
    const r = translint(['check', '--ndjson', '--no-default-glossary', '-g', glossary, '-'], { input });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id ?? l.error)).toEqual([
      inexact,
      inexact,
      inexact.replace('9007199254740992', 'Infinity'),
      -9007199254740991,
      '9007199254740993',
      expect.stringMatching(/^invalid JSON: /),
      rewritten(1),
      rewritten(0),
      rewritten(1000),
      1.5,
      expect.stringMatching(/^invalid JSON: /),
      expect.stringMatching(/^invalid JSON: /),
      77,
    ]);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, undefined, undefined, 6, 7, 8, 9, undefined, 11, 12, 13]);
    expect(r.status).toBe(1);
  });

  it('serve: an item whose numeric id would not come back exact is a 400 naming it', async () => {
    const s = await startServe(tmpdir(), ['--no-default-glossary', '-g', glossary]);
    try {
      const post = async (body: string) => {
        const res = await fetch(`${s.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        return [res.status, await res.json()] as const;
      };
      expect(await post('{"items":[{"id":1,"text":"a"},{"id":9007199254740993,"text":"Keir Starrer"}]}')).toEqual([400, { error: { code: 'invalid_request', message: `items[1].id: ${inexact.slice(5)}` } }]);
      expect(await post('{"items":[{"id":1,"text":"a"},{"id":1.0000000000000001,"text":"b"}]}')).toEqual([400, { error: { code: 'invalid_request', message: `items[1].id: ${rewritten(1).slice(5)}` } }]);
      expect(await post('{"items":[{"id":-0,"text":"a"}]}')).toEqual([400, { error: { code: 'invalid_request', message: `items[0].id: ${rewritten(0).slice(5)}` } }]);
      const [status, body] = await post('{"items":[{"id":9007199254740991,"text":"Keir Starrer"}],"diff":false}');
      expect([status, body]).toMatchObject([200, { items: [{ id: 9007199254740991, findings: [{ text: 'Keir Starrer' }] }] }]);
    } finally {
      expect(await stop(s)).toBe(0);
    }
  });
});
