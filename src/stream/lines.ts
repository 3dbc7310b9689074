/** One line of a byte stream, without its line break, or a line that was too long to keep. */
export type Line =
  | { n: number; bytes: Buffer; tooLong?: undefined }
  | { n: number; tooLong: true; length: number; /** The first bytes, kept to recover the id. */ head: Buffer };

const HEAD_BYTES = 4096;
const EMPTY = Buffer.alloc(0);

/**
 * Splits a byte stream into lines ("\n" or "\r\n"). Reading is pulled by the consumer (async
 * iteration), so a slow consumer slows the reader; a line longer than `maxBytes` is not kept in
 * memory (only its first bytes), so memory stays bounded by `maxBytes` plus one chunk.
 * node:readline would buffer an arbitrarily long line whole, hence this small splitter.
 */
export async function* splitLines(input: AsyncIterable<Buffer | string>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  // (a line is kept up to one byte more than maxBytes: the "\r" of a "\r\n" line break, which the limit does not count)
  const keep = maxBytes + 1;
  let overflow: { length: number; head: Buffer; cr: boolean } | undefined;
  let n = 0;
  const finish = (last: Buffer): Line => {
    n++;
    if (overflow) {
      grow(last);
      const line: Line = { n, tooLong: true, length: overflow.length - (overflow.cr ? 1 : 0), head: overflow.head };
      overflow = undefined;
      return line;
    }
    const bytes = parts.length === 0 ? last : Buffer.concat([...parts, last]);
    parts = [];
    size = 0;
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    if (end > maxBytes) return { n, tooLong: true, length: end, head: Buffer.from(bytes.subarray(0, HEAD_BYTES)) };
    return { n, bytes: bytes.subarray(0, end) };
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let pos = 0;
    for (let nl = buf.indexOf(10, pos); nl !== -1; nl = buf.indexOf(10, pos)) {
      const piece = buf.subarray(pos, nl);
      pos = nl + 1;
      if (!overflow && size + piece.length > keep) {
        startOverflow(piece);
        yield finish(EMPTY);
      } else yield finish(piece);
    }
    const rest = buf.subarray(pos);
    if (rest.length === 0) continue;
    if (overflow) grow(rest);
    else if (size + rest.length > keep) startOverflow(rest);
    else {
      // copy: the stream may reuse its chunk buffers
      parts.push(Buffer.from(rest));
      size += rest.length;
    }
  }
  if (overflow || size > 0) yield finish(EMPTY);

  function grow(piece: Buffer): void {
    if (!overflow) return;
    overflow.length += piece.length;
    if (piece.length > 0) overflow.cr = piece[piece.length - 1] === 13;
    if (overflow.head.length < HEAD_BYTES) overflow.head = Buffer.concat([overflow.head, piece.subarray(0, HEAD_BYTES - overflow.head.length)]);
  }

  function startOverflow(piece: Buffer): void {
    // only the head is copied: a copy of the whole line so far doubled the memory at the limit
    const head: Buffer[] = [];
    let kept = 0;
    for (const part of [...parts, piece]) {
      if (kept >= HEAD_BYTES) break;
      head.push(part.subarray(0, HEAD_BYTES - kept));
      kept += Math.min(part.length, HEAD_BYTES - kept);
    }
    overflow = { length: size + piece.length, head: Buffer.concat(head), cr: piece.length > 0 ? piece[piece.length - 1] === 13 : parts.length > 0 && parts[parts.length - 1]?.at(-1) === 13 };
    parts = [];
    size = 0;
  }
}
