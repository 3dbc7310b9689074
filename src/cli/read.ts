import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes } from '../io/decode.js';
import { CliError } from './errors.js';

/** Reads and decodes a file, or throws CliError; returns 'binary' for a binary file (the caller warns and skips it). */
export function readInput(path: string, cwd: string, maxBytes: number): { text: string; encoding: string } | 'binary' {
  let buf: Buffer;
  try {
    buf = readFileSync(resolve(cwd, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code})`}`);
  }
  return decode(buf, path, maxBytes);
}

/**
 * Decodes a file's bytes (see src/io/decode.ts: BOM, XML declaration, PO charset, else UTF-8), or throws
 * CliError naming the file; 'binary' for a binary file (the caller warns and skips it).
 */
export function decode(buf: Buffer, path: string, maxBytes: number): { text: string; encoding: string } | 'binary' {
  if (buf.length > maxBytes) throw new CliError(`${path}: file is ${buf.length} bytes, over the limit of ${maxBytes} (--max-file-size)`);
  const decoded = decodeBytes(buf, path);
  if (decoded.ok) return { text: decoded.text, encoding: decoded.encoding };
  if (decoded.binary) return 'binary';
  throw new CliError(decoded.error);
}

export async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<{ text: string; encoding: string } | 'binary'> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return decode(Buffer.concat(chunks), '<stdin>', maxBytes);
}
