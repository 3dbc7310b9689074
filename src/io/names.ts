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

/** The arguments of this process as bytes, null where they cannot be read (no /proc: not Linux). */
let argBytes: Buffer[] | null | undefined;

/**
 * A path named on the command line whose name is not valid UTF-8, which Node gives as a string with U+FFFD
 * for each bad byte, by which it cannot be opened: its name with its bytes escaped (escapedName) and whether
 * a file of that name is there (relative to the folder the process started in). Its bytes are read from
 * /proc/self/cmdline (Linux); elsewhere, and for any other path, undefined.
 */
export function undecodableArgument(path: string): { name: string; exists: boolean } | undefined {
  if (!path.includes('\uFFFD')) return undefined;
  if (argBytes === undefined) {
    try {
      argBytes = splitNul(readFileSync('/proc/self/cmdline'));
    } catch {
      argBytes = null;
    }
  }
  // an argument, or the value of an option written `--glossary=VALUE`
  const values = argBytes?.map((b) => (b[0] === 0x2d && b[1] === 0x2d && b.includes(0x3d) ? b.subarray(b.indexOf(0x3d) + 1) : b));
  // as given, or made absolute (a baseline's path is)
  const absolute = (b: Buffer) => (isAbsolute(b.toString()) ? b : Buffer.concat([Buffer.from(resolve(process.cwd()) + sep), b]));
  const given = values?.find((b) => decoded(b) === undefined && (b.toString() === path || resolve(b.toString()) === path));
  if (!given) return undefined;
  const bytes = given.toString() === path ? given : absolute(given);
  let exists = true;
  try {
    lstatSync(absolute(given));
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

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A file name as bytes (a name Node cannot give as a string: it is not valid UTF-8) written as one line:
 * its UTF-8 characters as they are, each byte that is not part of one as `\xff`, control characters
 * escaped as the one-line errors write them (io/errors.ts oneLine).
 */
export function escapedName(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    // the shortest run of 1 to 4 bytes from here that is one character, if any
    let n = 1;
    let ch: string | undefined;
    for (; n <= 4 && i + n <= bytes.length && ch === undefined; n++) ch = decoded(bytes.subarray(i, i + n));
    if (ch === undefined) {
      out += `\\x${(bytes[i] as number).toString(16).padStart(2, '0')}`;
      i++;
    } else {
      out += ch;
      i += n - 1;
    }
  }
  return oneLine(out);
}

function decoded(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}
