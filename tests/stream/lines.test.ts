import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitLines, type Line } from '../../src/stream/lines.ts';

async function collect(chunks: string[], max = 100): Promise<(string | { tooLong: number; head: string })[]> {
  const out: (string | { tooLong: number; head: string })[] = [];
  for await (const l of splitLines(Readable.from(chunks.map((c) => Buffer.from(c))), max) as AsyncIterable<Line>) {
    out.push(l.tooLong ? { tooLong: l.length, head: l.head.toString() } : `${l.n}:${l.bytes.toString()}`);
  }
  return out;
}

describe('splitLines', () => {
  it('splits on LF and CRLF across chunk boundaries, numbering lines, keeping an unterminated last line', async () => {
    expect(await collect(['ab', 'c\r\nd', '\n\nef'])).toEqual(['1:abc', '2:d', '3:', '4:ef']);
  });

  it('emits no extra line after a final newline', async () => {
    expect(await collect(['a\nb\n'])).toEqual(['1:a', '2:b']);
  });

  it('reports a line over the limit with its length and head, and goes on with the next line', async () => {
    const long = 'x'.repeat(30);
    expect(await collect(['ok\n' + long.slice(0, 10), long.slice(10) + '\nnext\n'], 20)).toEqual(['1:ok', { tooLong: 30, head: long }, '3:next']);
    expect(await collect([long.slice(0, 25), long.slice(25, 28), long.slice(28)], 20)).toEqual([{ tooLong: 30, head: long }]);
  });

  it('keeps the head of a line that grew over the limit in several chunks, in order', async () => {
    expect(await collect(['abc', 'defg', 'hijklmnop', 'qrs\nz'], 10)).toEqual([{ tooLong: 19, head: 'abcdefghijklmnopqrs' }, '2:z']);
  });
});
