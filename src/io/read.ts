import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FileError } from './errors.js';

const SNIFF_BYTES = 8000;

/** 64 MiB: the default of `--max-file-size`. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a file's bytes, or throws FileError naming it (missing, a directory, unreadable, over `maxBytes`). */
export function readBytes(path: string, cwd: string, maxBytes: number): Buffer {
  let buf: Buffer;
  try {
    buf = readFileSync(resolve(cwd, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileError(`${path}: no such file`, 'not-found');
    throw new FileError(`${path}: ${code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? (e as Error).message})`}`, 'unreadable');
  }
  checkSize(buf, path, maxBytes);
  return buf;
}

/** Reads all of stdin, refusing more than `maxBytes`. */
export async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) throw new FileError(`<stdin>: over the limit of ${maxBytes} bytes (--max-file-size)`, 'too-large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function checkSize(buf: Uint8Array, path: string, maxBytes: number): void {
  if (buf.length > maxBytes) throw new FileError(`${path}: file is ${buf.length} bytes, over the limit of ${maxBytes} (--max-file-size)`, 'too-large');
}

/**
 * Bytes to text: a NUL byte in the first 8,000 bytes marks a binary file (FileError "binary"),
 * otherwise the bytes must be UTF-8 (FileError naming the offset of the first invalid byte). The BOM
 * is kept in the text; the use case removes it and puts it back when it writes.
 */
export function decodeText(buf: Uint8Array, path: string): string {
  if (buf.subarray(0, SNIFF_BYTES).includes(0)) throw new FileError(`${path}: binary file`, 'binary');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new FileError(`${path}: invalid UTF-8 at byte ${firstInvalidUtf8(buf)}`, 'encoding');
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(buf: Uint8Array): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  const valid = (end: number) => {
    try {
      dec.decode(buf.subarray(0, end));
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = buf.length;
  // the longest valid prefix, found by bisection; a sequence cut at the boundary is at most 3 bytes
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    let ok = false;
    for (let back = 0; back <= 3 && !ok && mid - back >= 0; back++) ok = valid(mid - back);
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  for (let back = 0; back <= 3; back++) if (lo - back >= 0 && valid(lo - back)) return lo - back;
  return 0;
}
