import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendJson } from '../../src/server/errors.ts';
import { jsonPieces } from '../../src/server/json-pieces.ts';

/** A finding as the service answers it (~520 bytes of JSON, as one of "Cnn. "). */
const finding = (i: number) => ({
  ruleId: 'glossary/variant',
  severity: 'error',
  message: `"Cnn" is a known wrong form of "CNN" — ${i} 🎉`,
  range: { start: { offset: i * 5, line: 1, column: i * 5 + 1 }, end: { offset: i * 5 + 3, line: 1, column: i * 5 + 4 } },
  text: 'Cnn',
  confidence: 0.95,
  suggestions: [{ text: 'CNN', confidence: 0.95 }],
  fix: { start: i * 5, end: i * 5 + 3, text: 'CNN' },
  entry: { term: 'CNN', category: 'organisation', note: undefined },
});

/** A response that takes two writes, then asks for 'drain', and keeps what it was given. */
class SlowResponse extends EventEmitter {
  destroyed = false;
  status = 0;
  headers: Record<string, string> = {};
  readonly chunks: string[] = [];
  readonly finished: Promise<void>;
  private done!: () => void;
  private writes = 0;
  constructor() {
    super();
    this.finished = new Promise((resolve) => (this.done = resolve));
  }
  writeHead(status: number, headers: Record<string, string>): this {
    this.status = status;
    this.headers = headers;
    return this;
  }
  write(chunk: string): boolean {
    this.chunks.push(chunk);
    if (++this.writes % 3 !== 0) return true;
    setImmediate(() => this.emit('drain'));
    return false;
  }
  end(chunk?: string): this {
    if (chunk) this.chunks.push(chunk);
    this.done();
    return this;
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('jsonPieces', () => {
  it('writes what JSON.stringify writes, for the values it walks and those it does not', () => {
    const values: unknown[] = [
      { findings: [finding(1), finding(2)], diff: '' },
      { findings: Array.from({ length: 100 }, (_, i) => finding(i)), fixed: 'a\u2028b"\\', warnings: ['w'] },
      { items: [{ id: 1, findings: [] }, { id: 'b', findings: Array.from({ length: 70 }, (_, i) => finding(i)) }] },
      // left out and nulled as JSON.stringify does: undefined, functions, symbols; holes; toJSON; no prototype
      { a: undefined, b: () => 1, c: Symbol('s'), d: [undefined, () => 1, Symbol('t'), null, , 3], e: new Date(0), f: { toJSON: () => 'x' } },
      Object.assign(Object.create(null) as object, { z: 1, 10: 'ten', 2: [[], {}, [[[[1]]]]] }),
      [],
      {},
      'text',
      12.5,
      null,
      [[[[['deep']]]]],
      { s: 'lone \ud800 surrogate and a pair \ud83c\udf89' },
      // a toJSON that gives undefined (the property left out, the element null) or reads its key
      { a: { toJSON: () => undefined }, b: [{ toJSON: () => undefined }, { toJSON: (k: string) => `at ${k}` }], c: { toJSON: (k: string) => ({ key: k, n: [1] }) } },
    ];
    for (const v of values) expect([...jsonPieces(v)].join('')).toBe(JSON.stringify(v));
  });
});

describe('sendJson', () => {
  it('writes a large answer as it is serialised: the same bytes and Content-Length, never one string of it', async () => {
    const body = { findings: Array.from({ length: 40_000 }, (_, i) => finding(i)), diff: 'x'.repeat(200_000) };
    const expected = JSON.stringify(body);
    expect(expected.length).toBeGreaterThan(15_000_000);
    // the longest string JSON.stringify makes while the answer is sent
    let longest = 0;
    const stringify = JSON.stringify;
    vi.spyOn(JSON, 'stringify').mockImplementation((...args: Parameters<typeof JSON.stringify>) => {
      const s = stringify(...args);
      longest = Math.max(longest, s?.length ?? 0);
      return s;
    });
    const res = new SlowResponse();
    sendJson(res as unknown as ServerResponse, 200, body);
    await res.finished;
    vi.restoreAllMocks();
    expect(res.status).toBe(200);
    expect(res.headers['Content-Length']).toBe(String(Buffer.byteLength(expected)));
    expect(res.chunks.join('')).toBe(expected);
    expect(longest).toBeLessThan(1_000_000);
    // pieces of at most 64 K characters, so the socket's progress shows a slow reader (app.ts, sendDeadline)
    expect(Math.max(...res.chunks.map((c) => c.length))).toBeLessThanOrEqual(1 << 16);
  });

  it('stops serialising once the response is destroyed', async () => {
    const body = { findings: Array.from({ length: 5_000 }, (_, i) => finding(i)) };
    const res = new SlowResponse();
    sendJson(res as unknown as ServerResponse, 200, body);
    const written = res.chunks.length;
    res.destroyed = true;
    await new Promise((r) => setTimeout(r, 20));
    expect(res.chunks.length).toBe(written);
    expect(res.chunks.join('').length).toBeLessThan(JSON.stringify(body).length);
  });
});
