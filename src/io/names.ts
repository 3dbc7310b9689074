import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { oneLine } from './errors.js';

/** The longest file name (one path component) most file systems take, in bytes: ext4, XFS, Btrfs, tmpfs, APFS, NTFS (in UTF-16 units there). */
export const NAME_MAX = 255;

/**
 * `name` if it is at most `max` bytes in UTF-8; otherwise as many of its first characters as fit with
 * `~` and 8 hex digits of its sha256 after them, so two long names that differ only after the cut
 * still get two names. Cut between code points, never inside one (a multibyte character, a
 * surrogate pair). `max` must leave room for the 9 bytes of the mark.
 */
export function fitName(name: string, max: number): string {
  if (Buffer.byteLength(name, 'utf8') <= max) return name;
  const mark = `~${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
  return cutToBytes(name, max - mark.length) + mark;
}

/** The longest start of `text` that is at most `max` bytes in UTF-8, ending between code points. */
export function cutToBytes(text: string, max: number): string {
  let bytes = 0;
  let end = 0;
  for (const ch of text) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > max) break;
    bytes += n;
    end += ch.length;
  }
  return text.slice(0, end);
}

/**
 * The entries of the folder `dir` whose names are not valid UTF-8, by the name Node gives them as a string
 * (each bad byte read as U+FFFD, so that two can share one). No file can be opened or looked at by that
 * string, so the folder readers name these (escapedName) as inputs that could not be checked. The folder
 * is read once more, as bytes.
 */
export function undecodableEntries(dir: string): Map<string, Dirent<Buffer>[]> {
  const found = new Map<string, Dirent<Buffer>[]>();
  for (const e of readdirSync(dir, { encoding: 'buffer', withFileTypes: true })) {
    const name = e.name.toString();
    if (!name.includes('\uFFFD') || Buffer.from(name).equals(e.name)) continue;
    const same = found.get(name);
    if (same) same.push(e);
    else found.set(name, [e]);
  }
  return found;
}

/** What is said of a file or folder whose name is not valid UTF-8, after its name. */
export const UNDECODABLE = 'its name is not valid UTF-8, so it cannot be opened; rename it to have it checked';
/** The same of a glossary or configuration named on the command line. */
export const UNDECODABLE_FILE = 'its name is not valid UTF-8, so it cannot be opened; rename it';

/**
 * The arguments of this process (`argv`, without node and script) with each one that is not valid UTF-8
 * given by its bytes: Node reads each bad byte as U+FFFD, so two names that differ only in those bytes
 * came as one string, and neither could be named apart. Such an argument is written here as Python's
 * "surrogateescape" does: each byte that is not part of a character as the lone surrogate U+DC80-U+DCFF,
 * which no valid name holds. A file still cannot be opened by that string (Node writes a lone surrogate as
 * U+FFFD), so it is refused as before, but undecodableArgument names each by its own bytes. The bytes are
 * read from /proc/self/cmdline (Linux), whose last arguments are argv's; an argument is replaced only where
 * the string Node made of those bytes is argv's. Elsewhere argv is returned as it is.
 */
export function withArgumentBytes(argv: readonly string[]): string[] {
  if (!argv.some((a) => a.includes('\uFFFD'))) return [...argv];
  let all: Buffer[];
  try {
    all = splitNul(readFileSync('/proc/self/cmdline'));
  } catch {
    return [...argv];
  }
  const mine = all.slice(Math.max(0, all.length - argv.length));
  if (mine.length !== argv.length) return [...argv];
  return argv.map((a, i) => {
    const bytes = mine[i] as Buffer;
    return a.includes('\uFFFD') && decoded(bytes) === undefined && bytes.toString() === a ? surrogateEscaped(bytes) : a;
  });
}

/**
 * A path named on the command line whose name is not valid UTF-8 (given by withArgumentBytes, each bad
 * byte a lone surrogate U+DC80-U+DCFF), by which no file can be opened: its name with its bytes escaped
 * (escapedName) and whether a file of that name is there (relative to the folder the process started in).
 * Undefined for any other path.
 */
export function undecodableArgument(path: string): { name: string; exists: boolean } | undefined {
  if (!/[\uDC80-\uDCFF]/.test(path)) return undefined;
  const bytes = unescapedBytes(path);
  if (bytes === undefined) return undefined;
  let exists = true;
  try {
    lstatSync(isAbsolute(path) ? bytes : Buffer.concat([Buffer.from(resolve(process.cwd()) + sep), bytes]));
  } catch {
    exists = false;
  }
  return { name: escapedName(bytes), exists };
}

function splitNul(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(0, start);
    out.push(bytes.subarray(start, end === -1 ? bytes.length : end));
    start = end === -1 ? bytes.length : end + 1;
  }
  return out;
}

/** `bytes` as a string, each byte that is not part of a UTF-8 character as the lone surrogate U+DC00 + byte. */
function surrogateEscaped(bytes: Uint8Array): string {
  let out = '';
  for (const piece of pieces(bytes)) out += typeof piece === 'string' ? piece : String.fromCharCode(0xdc00 + piece);
  return out;
}

/** The bytes of a string made by surrogateEscaped; undefined if it holds another lone surrogate. */
function unescapedBytes(text: string): Buffer | undefined {
  const out: Buffer[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xdc80 && c <= 0xdcff) out.push(Buffer.of(c - 0xdc00));
    else if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) return undefined;
    else out.push(Buffer.from(ch));
  }
  return Buffer.concat(out);
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A file name as bytes (a name Node cannot give as a string: it is not valid UTF-8) written as one line:
 * its UTF-8 characters as they are but a backslash doubled, each byte that is not part of one as `\xff`,
 * control characters escaped as the one-line errors write them (io/errors.ts oneLine). Two names differ
 * as written when their bytes differ: `a\xff` is the bytes 61 ff, `a\\xff` the name "a\xff".
 */
export function escapedName(bytes: Uint8Array): string {
  let out = '';
  for (const piece of pieces(bytes)) out += typeof piece === 'number' ? `\\x${piece.toString(16).padStart(2, '0')}` : piece === '\\' ? '\\\\' : piece;
  return oneLine(out);
}

/** `bytes` as its UTF-8 characters, and each byte that is not part of one as a number. */
function* pieces(bytes: Uint8Array): Generator<string | number> {
  for (let i = 0; i < bytes.length; ) {
    // the shortest run of 1 to 4 bytes from here that is one character, if any
    let n = 1;
    let ch: string | undefined;
    for (; n <= 4 && i + n <= bytes.length && ch === undefined; n++) ch = decoded(bytes.subarray(i, i + n));
    if (ch === undefined) {
      yield bytes[i] as number;
      i++;
    } else {
      yield ch;
      i += n - 1;
    }
  }
}

function decoded(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}
