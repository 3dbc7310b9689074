import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes } from './decode.js';
import { FileError } from './errors.js';

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

/** A decoded input: its text (a UTF-8 BOM kept as U+FEFF), the encoding used, and whether it had a BOM. */
export interface DecodedText {
  text: string;
  encoding: string;
  bom: boolean;
}

/**
 * Bytes to text by src/io/decode.ts (a BOM, an XML declaration, a PO charset, else UTF-8), or a
 * FileError naming the input: code "binary" for a binary file, "encoding" for bytes not valid in
 * the encoding chosen.
 */
export function decodeText(buf: Uint8Array, path: string): DecodedText {
  const d = decodeBytes(buf, path);
  if (d.ok) return { text: d.text, encoding: d.encoding, bom: d.bom };
  throw new FileError(d.error, d.binary ? 'binary' : 'encoding');
}
