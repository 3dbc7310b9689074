import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, futimesSync, lstatSync, openSync, readdirSync, readFileSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheDir } from './cache-dir.js';

export { cacheDir, cacheLocation } from './cache-dir.js';

/**
 * translint's cache of derived data (compiled glossaries, the dictionary's word list), kept safe from
 * other users of the machine:
 *
 * - per user: `$TRANSLINT_CACHE_DIR`, else `$XDG_CACHE_HOME/translint`, else `~/.cache/translint`;
 *   `TRANSLINT_CACHE=0` (or `--no-cache`) turns it off;
 * - the folder is created 0700, and not used (one warning) when it is a symbolic link, is owned by
 *   another user or is writable by group or others;
 * - a file is written under a random temporary name opened with O_EXCL and O_NOFOLLOW, then renamed
 *   over its name (a rename replaces a planted link, never follows it);
 * - a file is read with O_NOFOLLOW, only when it is a regular file of this user not writable by others,
 *   and only when its header's format and SHA-256 of the rest match; anything else is ignored (and
 *   rebuilt by the caller). The SHA-256 is checked only when the file may have changed since it was
 *   written or last checked (see `stamp` below: a hash of the 17 MB file of a 50,000-entry glossary is
 *   ~30-40 ms of every start);
 * - after a write the folder is trimmed, least recently used first (by access time, which each read
 *   sets), to `TRANSLINT_CACHE_MAX_MB` (200 MB unless set).
 *
 * A cache that cannot be used only costs speed: no function here throws.
 */

/** Envelope version: bump when the header changes. */
const ENVELOPE = 'translint-cache 3';
/**
 * The header: `translint-cache 3 <sha256 hex> <stamp> <body length>`, padded with spaces to 128 bytes (keeps the body
 * 4-byte aligned). The stamp is a whole number of seconds, at least one second before the file was
 * written, which the writer then sets as the file's modification time: a file whose size is the one
 * written and whose modification time is still the stamp has not been written to since (any write
 * sets the modification time to the current time, later than the stamp; a stamp is whole seconds,
 * which a write's time is not but by a one-in-millions chance, and then in the past), so its hash
 * need not be computed again. Any other file is hashed; when the hash matches, its modification time
 * is set back to the stamp, so the next read trusts it. A body of another length than the header says
 * (a file cut short, whatever its time) is never read.
 */
const HEADER_BYTES = 128;
const DEFAULT_MAX_MB = 200;
/** Temporary files older than this are left over from a killed run and removed when trimming. */
const STALE_TMP_MS = 60 * 60 * 1000;
const NAME = /^[\w.-]+\.tlc$/;
const TMP = /^\.[\w.-]+\.tlc\.[0-9a-f]{16}\.tmp$/;

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The body of cache file `name` (`*.tlc`), or undefined when it is missing, not ours or not intact. A file
 * whose stamp says it is as written (see ENVELOPE) is read without its hash computed again; any other file
 * is read and hashed first. The file is read whole and closed at once: an open file kept for reading in
 * parts piles up in a long-running process (closed only when collected) until it runs out of descriptors,
 * and a file cut short while open would fail every later check.
 */
export function readCacheFile(name: string): Buffer | undefined {
  const dir = cacheDir();
  if (!dir || !NAME.test(name)) return undefined;
  let fd: number;
  try {
    fd = openSync(join(dir, name), constants.O_RDONLY | NOFOLLOW);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    const uid = process.getuid?.();
    if (!st.isFile() || (uid !== undefined && st.uid !== uid) || (st.mode & 0o022) !== 0 || st.size < HEADER_BYTES) return undefined;
    const head = Buffer.alloc(HEADER_BYTES);
    if (!readFully(fd, head, 0)) return undefined;
    const header = parseHeader(head.toString('latin1'));
    if (!header) return undefined;
    const size = st.size - HEADER_BYTES;
    if (size !== header.length) return undefined;
    const unchanged = st.mtimeMs === header.stamp * 1000;
    // its own memory, 8-byte aligned, for the typed-array views made over it
    const body = Buffer.from(new ArrayBuffer(size));
    if (!readFully(fd, body, HEADER_BYTES)) return undefined;
    if (!unchanged && sha256(body) !== header.hash) return undefined;
    // used now (trimming removes the least recently used files first); a checked file gets its stamp back.
    // A read-only file or mount refuses: the file is still good, only the trimming order less exact
    try {
      futimesSync(fd, new Date(), header.stamp);
    } catch {
      // read-only: keep the body
    }
    return body;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function readFully(fd: number, into: Buffer, position: number): boolean {
  for (let at = 0; at < into.length; ) {
    const n = readSync(fd, into, at, into.length - at, position + at);
    if (n === 0) return false;
    at += n;
  }
  return true;
}

/** The hash and stamp of a header, when it is one of this envelope version. */
function parseHeader(text: string): { hash: string; stamp: number; length: number } | undefined {
  const m = HEADER.exec(text);
  return m ? { hash: m[1] as string, stamp: Number(m[2]), length: Number(m[3]) } : undefined;
}
const HEADER = new RegExp(`^${ENVELOPE} ([0-9a-f]{64}) (\\d{1,12}) (\\d{1,15}) *\n$`);

/** Writes cache file `name` (`*.tlc`) from these pieces, then trims the folder. */
export function writeCacheFile(name: string, pieces: readonly Buffer[]): void {
  const dir = cacheDir();
  if (!dir || !NAME.test(name)) return;
  const hash = createHash('sha256');
  for (const p of pieces) hash.update(p);
  // whole seconds, one before now: what the file's modification time is set to once written (see ENVELOPE)
  const stamp = Math.floor(Date.now() / 1000) - 1;
  const header = Buffer.alloc(HEADER_BYTES, ' ');
  let length = 0;
  for (const p of pieces) length += p.length;
  header.write(`${ENVELOPE} ${hash.digest('hex')} ${stamp} ${length}`, 'latin1');
  header[HEADER_BYTES - 1] = 10;
  const tmp = join(dir, `.${name}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o600);
    for (const p of [header, ...pieces]) for (let at = 0; at < p.length; ) at += writeSync(fd, p, at);
    futimesSync(fd, new Date(), stamp);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, join(dir, name));
  } catch {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* not created */
    }
    return;
  }
  // the folder is listed (a stat per file: 1,500 files took tens of ms) after a write unless this process listed
  // it less than a second ago and what it wrote since keeps it within the limit: a run that builds several
  // files at its start lists it once, and what other processes write meanwhile is seen a second later
  const limit = cacheLimit();
  const known = knownBytes.get(dir);
  if (known !== undefined && Date.now() - known.at < RELIST_MS && known.bytes + HEADER_BYTES + length <= limit) known.bytes += HEADER_BYTES + length;
  else trimCache(dir, limit);
}

/** Per cache folder, its translint files' bytes when this process last listed them (`at`), plus what it has written since. */
const knownBytes = new Map<string, { bytes: number; at: number }>();
const RELIST_MS = 1000;

/** The size limit in bytes: TRANSLINT_CACHE_MAX_MB, or 200 MB. */
export function cacheLimit(): number {
  const mb = Number(process.env.TRANSLINT_CACHE_MAX_MB);
  return (Number.isFinite(mb) && mb >= 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024;
}

/**
 * Removes translint's files from the folder, least recently used first, until they take no more than
 * `maxBytes`, and temporary files left over from killed runs. Other files are never touched.
 */
export function trimCache(dir: string, maxBytes: number): void {
  try {
    const now = Date.now();
    const files: { path: string; size: number; used: number }[] = [];
    for (const name of readdirSync(dir)) {
      const isTmp = TMP.test(name);
      if (!isTmp && !NAME.test(name)) continue;
      const path = join(dir, name);
      const st = lstatSync(path);
      if (!st.isFile()) continue;
      if (isTmp) {
        if (now - st.mtimeMs > STALE_TMP_MS) unlinkSync(path);
        continue;
      }
      // access time: a read sets it (readCacheFile), the modification time is the file's stamp
      files.push({ path, size: st.size, used: st.atimeMs });
    }
    let total = files.reduce((sum, f) => sum + f.size, 0);
    files.sort((a, b) => a.used - b.used);
    for (const f of files) {
      if (total <= maxBytes) break;
      unlinkSync(f.path);
      total -= f.size;
    }
    knownBytes.set(dir, { bytes: total, at: Date.now() });
  } catch {
    /* another run may be trimming too */
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const versions = new Map<string, string>();

/**
 * The installed version of a package that cached data is derived from, for the cache file's key: read
 * from the package.json found going up from the package's main file (some packages, dictionary-en among
 * them, do not export their package.json; others keep their main file in a subfolder, as yaml does).
 * The main file's path when no package.json says.
 */
export function packageVersion(name: string): string {
  let v = versions.get(name);
  if (v === undefined) {
    const main = createRequire(import.meta.url).resolve(name);
    v = main;
    for (let dir = dirname(main); dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name !== name) continue;
        v = String(pkg.version);
      } catch {
        // unreadable: the main file's path stands for the version
      }
      break;
    }
    versions.set(name, v);
  }
  return v;
}
