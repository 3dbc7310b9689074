import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError } from './errors.js';

const SNIFF_BYTES = 8000;

/** Reads a file as UTF-8, or throws CliError; returns 'binary' for a binary file (the caller warns and skips it). */
export function readInput(path: string, cwd: string, maxBytes: number): { text: string } | 'binary' {
  let buf: Buffer;
  try {
    buf = readFileSync(resolve(cwd, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`}`);
  }
  return decode(buf, path, maxBytes);
}

export function decode(buf: Buffer, path: string, maxBytes: number): { text: string } | 'binary' {
  if (buf.length > maxBytes) throw new CliError(`${path}: file is ${buf.length} bytes, over the limit of ${maxBytes} (--max-file-size)`);
  if (buf.subarray(0, SNIFF_BYTES).includes(0)) return 'binary';
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf) };
  } catch {
    const at = firstInvalidUtf8(buf);
    throw new CliError(`${path}: invalid UTF-8 at byte ${at}`);
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(buf: Buffer): number {
  const dec = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = buf.length;
  // the longest valid prefix, found by bisection; a sequence cut at the boundary is at most 3 bytes
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    let ok = false;
    for (let back = 0; back <= 3 && !ok && mid - back >= 0; back++) {
      try {
        dec.decode(buf.subarray(0, mid - back));
        ok = true;
      } catch {
        /* keep looking */
      }
    }
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  for (let back = 0; back <= 3; back++) {
    try {
      dec.decode(buf.subarray(0, lo - back));
      return lo - back;
    } catch {
      /* keep looking */
    }
  }
  return 0;
}

export async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<{ text: string } | 'binary'> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decode(Buffer.concat(chunks), '<stdin>', maxBytes);
}
