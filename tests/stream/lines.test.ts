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

  it.each([
    ['LF, at the limit', ['0123456789\n'], ['1:0123456789']],
    ['CRLF, at the limit: the CR is no part of the line', ['0123456789\r\n'], ['1:0123456789']],
    ['CRLF, at the limit, the CR and LF in two chunks', ['0123456789\r', '\nz'], ['1:0123456789', '2:z']],
    ['CRLF, the LF alone in the next chunk', ['0123456789', '\r', '\n'], ['1:0123456789']],
    ['LF, one over', ['0123456789a\n'], [{ tooLong: 11, head: '0123456789a' }]],
    ['CRLF, one over: its length without the CR (the head is the bytes as read)', ['0123456789a\r\n'], [{ tooLong: 11, head: '0123456789a\r' }]],
    ['CRLF, far over, in chunks: its length without the CR', ['0123456789abcdef', 'gh\r', '\nz'], [{ tooLong: 18, head: '0123456789abcdefgh\r' }, '2:z']],
    ['unterminated, at the limit', ['0123456789'], ['1:0123456789']],
    ['a CR inside the line counts', ['01234\r6789a\n'], [{ tooLong: 11, head: '01234\r6789a' }]],
  ])('a line of exactly the limit and one byte over (%s)', async (_, chunks, expected) => {
    expect(await collect(chunks, 10)).toEqual(expected);
  });

  it('keeps the head of a line that grew over the limit in several chunks, in order', async () => {
    expect(await collect(['abc', 'defg', 'hijklmnop', 'qrs\nz'], 10)).toEqual([{ tooLong: 19, head: 'abcdefghijklmnopqrs' }, '2:z']);
  });
});
