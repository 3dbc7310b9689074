import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeBytes } from './decode.js';
import { isOwnDescriptor, OWN_DESCRIPTOR } from './descriptor.js';
import { FileError } from './errors.js';
import { UNDECODABLE, UNDECODABLE_FILE, undecodableArgument } from './names.js';

/** 64 MiB: the default of `--max-file-size`. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Reads a file's bytes, or throws FileError naming it (missing, a directory, unreadable, over `maxBytes`). */
export function readBytes(path: string, cwd: string, maxBytes: number): Buffer {
  try {
    return readAtMost(resolve(cwd, path), path, maxBytes);
  } catch (e) {
    if (e instanceof FileError) throw e;
    const { name, reason } = unopened(path, e, UNDECODABLE);
    throw new FileError(`${name}: ${reason}`, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'unreadable', reason);
  }
}

/** Why a file could not be read, from the error of the file system: "no such file", "is a directory", "cannot read (EACCES)". */
export function readFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? (e as Error).message})`;
}

/**
 * The name to give a file that could not be opened (`display`, as given) and why (readFailure): one named
 * on the command line whose name is not valid UTF-8 (Node gives it with U+FFFD, by which it cannot be
 * opened) is named with its bytes escaped, and `undecodable` is said of it when it is there.
 */
export function unopened(display: string, e: unknown, undecodable = UNDECODABLE_FILE): { name: string; reason: string } {
  const bad = (e as NodeJS.ErrnoException).code === 'ENOENT' ? undecodableArgument(display) : undefined;
  if (!bad) return { name: display, reason: readFailure(e) };
  return { name: bad.name, reason: bad.exists ? undecodable : readFailure(e) };
}

/**
 * A file's bytes, reading no more than `maxBytes` + 1 of them: a file stat says is larger is refused
 * unread, and one whose size stat cannot tell (a device such as /dev/zero, a named pipe) is refused
 * once it has given more. readFileSync read the whole file first (a 1.5 GB file was 1.5 GB of memory
 * before the limit said no) and never came back from /dev/zero. Errors of the file system are thrown
 * as they are (ENOENT, EISDIR...); the size limit is a FileError naming `display`.
 */
export function readAtMost(absPath: string, display: string, maxBytes: number, limit = '--max-file-size'): Buffer {
  refuseOwnDescriptor(absPath, display);
  const fd = openSync(absPath, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (st.isFile() && st.size > maxBytes) throw tooLarge(display, st.size, maxBytes, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    // a regular file in one read of its size (and one more, to see the end or a file still growing)
    let chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1, st.isFile() ? st.size + 1 : 65_536));
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(display, undefined, maxBytes, limit);
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1 - total, 65_536));
    }
    return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** The first `bytes` bytes of a file (fewer if it is shorter), read without reading the rest. */
export function readHead(absPath: string, bytes: number): Buffer {
  refuseOwnDescriptor(absPath, absPath);
  const fd = openSync(absPath, 'r');
  try {
    const buf = Buffer.allocUnsafe(bytes);
    let n = 0;
    for (let got = -1; got !== 0 && n < bytes; n += got) got = readSync(fd, buf, n, bytes - n, null);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** A file's bytes in blocks of `bytes` (the last one shorter), each read when asked for; the file is closed when the caller stops. */
export function* readBlocks(absPath: string, bytes: number): Generator<Buffer> {
  refuseOwnDescriptor(absPath, absPath);
  const fd = openSync(absPath, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(bytes);
      const n = readSync(fd, buf, 0, bytes, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** The last `bytes` bytes of a file (all of it when shorter), read without reading the rest. */
export function readTail(absPath: string, bytes: number): Buffer {
  refuseOwnDescriptor(absPath, absPath);
  const fd = openSync(absPath, 'r');
  try {
    const size = fstatSync(fd).size;
    const from = Math.max(0, size - bytes);
    const buf = Buffer.allocUnsafe(size - from);
    let n = 0;
    for (let got = -1; got !== 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, from + n);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** /dev/fd/N naming one of Node's own descriptors is read by nobody (descriptor.ts): a FileError naming it. */
function refuseOwnDescriptor(absPath: string, display: string): void {
  if (isOwnDescriptor(absPath)) throw new FileError(`${display}: ${OWN_DESCRIPTOR}`, 'unreadable');
}

/**
 * A FileError when stdin is a directory (`check - < folder`): Node reads one as a stream that ends at
 * once, and the folder passed as a clean empty text. A stream with no descriptor (a test's) is not one.
 */
export function refuseDirectoryStdin(stdin: NodeJS.ReadableStream): void {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number') return;
  let directory = false;
  try {
    directory = fstatSync(fd).isDirectory();
  } catch {
    // not a descriptor fstat can see: read it as it comes
  }
  if (directory) throw new FileError('<stdin>: is a directory', 'unreadable');
}

/** Reads all of stdin, refusing a directory and more than `maxBytes`. */
export async function readStdin(stdin: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  refuseDirectoryStdin(stdin);
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
  if (buf.length > maxBytes) throw tooLarge(path, buf.length, maxBytes);
}

/** `path: file is N bytes, over the limit of M (limit)`, or with no size known `path: over the limit of M bytes (limit)`. */
export function tooLarge(path: string, size: number | undefined, maxBytes: number, limit = '--max-file-size'): FileError {
  const reason = size === undefined ? `over the limit of ${maxBytes} bytes (${limit})` : `file is ${size} bytes, over the limit of ${maxBytes} (${limit})`;
  return new FileError(`${path}: ${reason}`, 'too-large', reason);
}

/** A decoded input: its text (a UTF-8 BOM kept as U+FEFF), the encoding used, and whether it had a BOM. */
export interface DecodedText {
  text: string;
  encoding: string;
  bom: boolean;
}

/**
 * Bytes to text by src/io/decode.ts (a BOM, an XML declaration, a PO charset, an HTML <meta> charset in
 * a file named or read as HTML, else UTF-8), or a FileError naming the input: code "binary" for a
 * binary file, "encoding" for bytes not valid in the encoding chosen.
 */
export function decodeText(buf: Uint8Array, path: string, format?: string): DecodedText {
  const d = decodeBytes(buf, path, format);
  if (d.ok) return { text: d.text, encoding: d.encoding, bom: d.bom };
  throw new FileError(d.error, d.binary ? 'binary' : 'encoding', d.detail ?? d.error, d.line);
}
