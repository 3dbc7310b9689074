import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import type { InputFormatName } from '../../src/inputs/index.ts';
import { Pipeline } from '../../src/pipeline/index.ts';
import { runNdjson, type CheckRecord } from '../../src/stream/ndjson.ts';

const glossary = parseGlossary(JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }, { term: 'beatings', variants: ['strikes'], fix: 'suggest' }]), 'json', 'test.json');
const checker = createChecker({ defaultGlossary: false, glossaries: [glossary] });
const langs: (string | undefined)[] = [];
const pipeline = new Pipeline({ config: false });

/** Checks records with the use case, as the CLI does (which runs it on a worker thread). */
function checkWith(options: { fix?: boolean; diff?: boolean } = {}): CheckRecord {
  return async (rec) => {
    langs.push(rec.sourceLang);
    if (rec.sourceLang === 'xx') throw new Error('unknown sourceLang "xx"');
    if (rec.format !== undefined && rec.format !== 'text' && rec.format !== 'html') throw new Error(`unknown format "${rec.format}" (known: text, html)`);
    const r = await pipeline.check({ name: String(rec.id), text: rec.text, checker, format: (rec.format ?? 'text') as InputFormatName, fix: options.fix ?? false, diff: options.diff ?? false });
    return { findings: r.findings, ...(options.fix ? { fixed: r.fixed ?? '' } : {}), ...(options.diff ? { diff: r.diff ?? '' } : {}) };
  };
}

async function run(input: string, options: { fix?: boolean; diff?: boolean; concurrency?: number } = {}): Promise<{ out: Record<string, unknown>[]; stats: { lines: number; errors: number } }> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (c: Buffer) => chunks.push(c));
  const stats = await runNdjson(Readable.from([Buffer.from(input)]), sink, checkWith(options), options.concurrency !== undefined ? { concurrency: options.concurrency } : {});
  const text = Buffer.concat(chunks).toString();
  expect(text.endsWith('\n')).toBe(true);
  return { out: text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>), stats };
}

describe('runNdjson', () => {
  it('writes one result per line in order, with findings, fixed text and diff when asked', async () => {
    const input = [JSON.stringify({ id: 'a', text: 'Keir Starrer spoke of strikes.\n' }), JSON.stringify({ id: 7, text: 'Nothing here.' })].join('\n');
    const { out, stats } = await run(input, { fix: true, diff: true });
    expect(stats).toEqual({ lines: 2, errors: 0 });
    expect(out.map((r) => Object.keys(r))).toEqual([['id', 'findings', 'fixed', 'diff'], ['id', 'findings', 'fixed', 'diff']]);
    const a = out[0] as { id: string; findings: { text: string; range: { start: { offset: number } } }[]; fixed: string; diff: string };
    expect(a.id).toBe('a');
    expect(a.findings.map((f) => [f.text, f.range.start.offset])).toEqual([['Keir Starrer', 0], ['strikes', 22]]);
    expect(a.fixed).toBe('Keir Starmer spoke of strikes.\n');
    expect(a.diff).toBe('--- a/a\n+++ b/a\n@@ -1,1 +1,1 @@\n-Keir Starrer spoke of strikes.\n+Keir Starmer spoke of beatings.\n');
    expect(out[1]).toEqual({ id: 7, findings: [], fixed: 'Nothing here.', diff: '' });
  });

  it('leaves out fixed and diff unless asked, and passes sourceLang to the check', async () => {
    langs.length = 0;
    const { out } = await run(JSON.stringify({ id: 'x', text: 'strikes', sourceLang: 'de' }) + '\n' + JSON.stringify({ id: 'y', text: 'ok' }) + '\n');
    expect(Object.keys(out[0]!)).toEqual(['id', 'findings']);
    expect(langs).toEqual(['de', undefined]);
  });

  it('answers each malformed line with an error result and goes on', async () => {
    const lines = [
      '{"id": "broken", "text": "Keir',
      '[1, 2]',
      '{"text": "no id"}',
      '{"id": {"x": 1}, "text": "t"}',
      '{"id": 3}',
      '{"id": 4, "text": 5}',
      '{"id": 5, "text": "t", "sourceLang": 1}',
      '{"id": 6, "text": "t", "sourceLang": "xx"}',
      '{"id": 7, "text": "t", "format": "nitf"}',
      '',
      '   ',
      '{"id": 8, "text": "Keir Starrer"}',
    ];
    const { out, stats } = await run(lines.join('\n'));
    expect(stats).toEqual({ lines: 10, errors: 9 });
    expect(out.slice(0, 9).map((r) => [r.id, r.line])).toEqual([['broken', 1], [undefined, 2], [undefined, 3], [undefined, 4], [3, 5], [4, 6], [5, 7], [6, 8], [7, 9]]);
    expect(out.slice(1, 9).map((r) => r.error)).toEqual([
      'expected a JSON object',
      'missing "id"',
      '"id" must be a string or a number',
      'missing "text"',
      '"text" must be a string',
      '"sourceLang" must be a string',
      'unknown sourceLang "xx"',
      'unknown format "nitf" (known: text, html)',
    ]);
    expect(String(out[0]!.error)).toMatch(/^invalid JSON: /);
    expect(out[9]).toMatchObject({ id: 8, findings: [{ text: 'Keir Starrer' }] });
  });

  it('refuses a field a record does not have, naming it and the record, as the service refuses it in an item; the stream goes on', async () => {
    const lines = [
      '{"id": "a", "text": "<p>Keir Starrer</p>", "fromat": "html"}',
      '{"id": 2, "text": "Keir Starrer", "fix": true}',
      '{"id": 3, "text": "t", "diff": false}',
      '{"id": 4, "text": "t", "__proto__": {"format": "html"}}',
      '{"id": 5, "text": "t", "constructor": 1}',
      '{"text": "t", "Id": 6}',
      '{"id": 7, "text": "Keir Starrer", "source": "Keir Starmer", "sourceLang": "de", "format": "text"}',
    ];
    const { out, stats } = await run(lines.join('\n'));
    const allowed = '(allowed: id, text, source, sourceLang, format)';
    expect(stats).toEqual({ lines: 7, errors: 6 });
    expect(out.slice(0, 6)).toEqual([
      { id: 'a', line: 1, error: `"fromat": unknown field ${allowed}` },
      { id: 2, line: 2, error: `"fix": unknown field ${allowed}; --fix is an option of the run` },
      { id: 3, line: 3, error: `"diff": unknown field ${allowed}; --diff is an option of the run` },
      { id: 4, line: 4, error: `"__proto__": unknown field ${allowed}` },
      { id: 5, line: 5, error: `"constructor": unknown field ${allowed}` },
      { line: 6, error: 'missing "id"' },
    ]);
    expect(out[6]).toMatchObject({ id: 7, findings: [{ text: 'Keir Starrer' }] });
  });

  it('reports invalid UTF-8 and lines over the size limit as errors, recovering the id', async () => {
    const bad = Buffer.concat([Buffer.from('{"id": "u", "text": "a'), Buffer.from([0xff]), Buffer.from('"}\n')]);
    const big = JSON.stringify({ id: 'big', text: 'y'.repeat(200) });
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const stats = await runNdjson(Readable.from([bad, Buffer.from(big + '\n{"id":1,"text":"z"}\n')]), sink, checkWith(), { maxLineBytes: 100 });
    const out = Buffer.concat(chunks).toString().trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(stats).toEqual({ lines: 3, errors: 2 });
    expect(out).toEqual([
      { id: 'u', line: 1, error: 'invalid UTF-8' },
      { id: 'big', line: 2, error: `line is ${big.length} bytes, over the limit of 100` },
      { id: 1, findings: [] },
    ]);
  });

  it('refuses a text or an original over the text limit, counted in bytes of UTF-8, and goes on', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    const cases: [unknown, unknown][] = [
      // [record, result]: 10 bytes is the limit
      [{ id: 'at', text: 'abcdefghij' }, { id: 'at', findings: [] }],
      [{ id: 'over', text: 'abcdefghijk' }, { id: 'over', line: 2, error: '"text" is 11 bytes, over the limit of 10 (--max-file-size)' }],
      // five letters, ten bytes; six letters, twelve
      [{ id: 'é5', text: 'ééééé' }, { id: 'é5', findings: [] }],
      [{ id: 'é6', text: 'éééééé' }, { id: 'é6', line: 4, error: '"text" is 12 bytes, over the limit of 10 (--max-file-size)' }],
      [{ id: 7, text: 'ok', source: 'a long original' }, { id: 7, line: 5, error: '"source" is 15 bytes, over the limit of 10 (--max-file-size)' }],
      [{ text: 'abcdefghijk' }, { line: 6, error: 'missing "id"' }],
      [{ id: 'last', text: 'fine' }, { id: 'last', findings: [] }],
    ];
    const input = cases.map(([r]) => JSON.stringify(r)).join('\n') + '\n';
    const stats = await runNdjson(Readable.from([Buffer.from(input)]), sink, checkWith(), { maxTextBytes: 10 });
    const out = Buffer.concat(chunks).toString().trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(out).toEqual(cases.map(([, r]) => r));
    expect(stats).toEqual({ lines: 7, errors: 4 });
  });

  it('derives the line limit from the text limit and names both in its error', async () => {
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (c: Buffer) => chunks.push(c));
    // 2 × 10 + 65,536 bytes is the longest line for a text limit of 10
    const long = JSON.stringify({ id: 'long', text: 'y'.repeat(2 * 10 + 65536) });
    await runNdjson(Readable.from([Buffer.from(long + '\n{"id":1,"text":"z"}\n')]), sink, checkWith(), { maxTextBytes: 10 });
    const out = Buffer.concat(chunks).toString().trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(out).toEqual([{ id: 'long', line: 1, error: `line is ${long.length} bytes, over the limit of 65556 for a line (twice --max-file-size, plus 64 KiB)` }, { id: 1, findings: [] }]);
  });

  it('uses the parser of a named format, with ranges into the line text', async () => {
    const text = '<p>Keir Starrer</p>';
    const { out } = await run(JSON.stringify({ id: 'h', text, format: 'html' }), { fix: true });
    const r = out[0] as { findings: { range: { start: { offset: number }; end: { offset: number } } }[]; fixed: string };
    expect(r.findings.map((f) => text.slice(f.range.start.offset, f.range.end.offset))).toEqual(['Keir Starrer']);
    expect(r.fixed).toBe('<p>Keir Starmer</p>');
  });

  it('reads no faster than a slow output drains (backpressure), and loses nothing', async () => {
    const total = 3000;
    let produced = 0;
    let written = 0;
    let maxAhead = 0;
    const input = Readable.from(
      (function* () {
        for (let i = 0; i < total; i++) {
          produced++;
          yield Buffer.from(JSON.stringify({ id: i, text: 'Keir Starrer said nothing new today.' }) + '\n');
        }
      })(),
      { highWaterMark: 4 },
    );
    const ids: number[] = [];
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, cb) {
        for (const l of chunk.toString().trimEnd().split('\n')) ids.push((JSON.parse(l) as { id: number }).id);
        written++;
        maxAhead = Math.max(maxAhead, produced - written);
        setImmediate(cb);
      },
    });
    const stats = await runNdjson(input, slow, checkWith(), {});
    expect(stats).toEqual({ lines: total, errors: 0 });
    expect(ids).toEqual(Array.from({ length: total }, (_, i) => i));
    // a 1 KB output buffer holds about 3 results; the input side holds a few chunks
    expect(maxAhead).toBeLessThan(40);
  });
});
