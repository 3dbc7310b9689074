import { createHash } from 'node:crypto';
import { closeSync, fchmodSync, fchownSync, fstatSync, fsyncSync, ftruncateSync, lstatSync, openSync, readFileSync, readlinkSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './errors.js';
import { fitName, NAME_MAX } from './names.js';

/**
 * What a file held when it was read. The modification time alone cannot tell every change: file
 * systems keep it to a second or two on some mounts, and a tool may set it back; size and a hash
 * of the content can.
 */
export interface ReadSnapshot {
  mtimeMs: number;
  size: number;
  sha256: string;
}

/** The snapshot of a file read as `text` (decoded strictly from UTF-8, BOM kept, so the bytes are `text` re-encoded). */
export function snapshotOf(text: string | Buffer, mtimeMs: number): ReadSnapshot {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { mtimeMs, size: bytes.length, sha256: sha256(bytes) };
}

/**
 * Replaces a file's contents, editing the file rather than replacing it by another:
 *
 * - a symbolic link is written through: its target gets the new contents, the link stays a link;
 * - an ordinary file (one link) is replaced atomically: a temporary file beside it
 *   (`.<name>.translint-<pid>-<time>.tmp`) with the same mode, owner and group is written, fsynced and
 *   renamed over it, and the directory fsynced; a reader sees the old contents or the new, never a mix;
 * - a file with several hard links, or whose owner this process cannot give a new file (another
 *   user's file that it may write), is written in place, so every link and the owner are kept: the old
 *   contents go first to a backup beside it (`.<name>.translint-backup-<pid>-<time>.tmp`, fsynced),
 *   then the file is overwritten, truncated and fsynced, then the backup removed. A crash in between
 *   leaves the backup with the old contents; a reader may see a partly written file meanwhile.
 *
 * With `expected` (a snapshot, or only a modification time), refuses when the file changed on disk
 * since it was read, checked before writing and again just before the rename or the overwrite.
 *
 * A temporary file's name is cut to fit (tempPath): a file whose name is near the 255-byte limit can be written too.
 *
 * A run killed before the rename leaves the original intact and at most that temporary file, which
 * later runs neither read (`.tmp` is no checked extension) nor delete (it may belong to a run still
 * going, and it holds the fixed text).
 *
 * Test hook: `TRANSLINT_TEST_SLOW_WRITE=<ms>` pauses that long between writing the temporary file
 * (or the backup) and the rename (or the overwrite), after one line on stderr, so a test can kill or
 * race the process there.
 */
export function writeFileAtomic(path: string, data: string, expected?: number | ReadSnapshot): void {
  // through a symbolic link (or a chain of them) to the file itself; a link to no file yet, to the file it
  // names (as writing through the link does): the link is kept
  const target = isLink(path) ? linkTarget(path) : path;
  let st: Stats | undefined;
  try {
    st = statSync(target);
  } catch {
    /* a new file: written at `target` */
  }
  if (expected !== undefined) refuseIfChanged(path, expected);
  try {
    if (st && (st.nlink > 1 || !canOwn(st))) writeInPlace(target, data, path, expected);
    else replace(target, data, st, path, expected);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * A temporary file beside `target`: `.<name>.<kind>-<pid>-<time>.tmp`, with the name cut (and marked
 * with a hash of it, fitName) where the whole would be longer than a file name may be (NAME_MAX bytes).
 */
export function tempPath(target: string, kind: string): string {
  const tail = `.${kind}-${process.pid}-${Date.now()}.tmp`;
  return join(dirname(target), `.${fitName(basename(target), NAME_MAX - 1 - tail.length)}${tail}`);
}

/** `path` is a symbolic link. */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Where the symbolic link `path` leads: the file itself (realpathSync), or for a link to a file that does
 * not exist yet the path the last link of the chain names, as open() would create it. Throws CliError
 * past 40 links (a loop), as Linux stops following there.
 */
export function linkTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    let p = path;
    for (let hops = 0; hops < 40; hops++) {
      try {
        if (!lstatSync(p).isSymbolicLink()) return p;
        // relative to the link's folder as it really is: "../x" from a folder reached through a link is
        // beside that folder's target, not beside the link
        p = resolve(realFolder(p), readlinkSync(p));
      } catch {
        return p;
      }
    }
    throw new CliError(`${path}: cannot write (ELOOP: too many symbolic links)`);
  }
}

/** The file a write to `path` lands on: through links (linkTarget), in its folder as that really is. */
export function writtenAt(path: string): string {
  const target = isLink(path) ? linkTarget(path) : path;
  return join(realFolder(target), basename(target));
}

function realFolder(p: string): string {
  try {
    return realpathSync(dirname(p));
  } catch {
    return dirname(p);
  }
}

/** Whether a file this process creates can be given the owner and group of `st`. */
function canOwn(st: Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined || uid === 0) return true;
  return st.uid === uid && (st.gid === process.getgid?.() || (process.getgroups?.() ?? []).includes(st.gid));
}

/** Temporary file, fsync, rename over the file, fsync the directory. */
function replace(target: string, data: string, st: Stats | undefined, shown: string, expected?: number | ReadSnapshot): void {
  const tmp = tempPath(target, 'translint');
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', st ? st.mode & 0o7777 : 0o644);
    writeSync(fd, data);
    if (st) {
      // owner first: a change of owner clears the set-user-ID and set-group-ID bits, which fchmod restores
      const made = fstatSync(fd);
      if (made.uid !== st.uid || made.gid !== st.gid) fchownSync(fd, st.uid, st.gid);
      fchmodSync(fd, st.mode & 0o7777);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    testPause(tmp);
    if (expected !== undefined) refuseIfChanged(shown, expected);
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
  syncDir(dirname(target));
}

/** Backup of the old contents, then overwrite and truncate the file itself, then remove the backup. */
function writeInPlace(target: string, data: string, shown: string, expected?: number | ReadSnapshot): void {
  const backup = tempPath(target, 'translint-backup');
  // opened for writing first: a file this process may not write (EACCES) fails here, before a backup is made
  const fd = openSync(target, 'r+');
  try {
    const old = readFileSync(target);
    // until the overwrite starts, a failure leaves no backup behind; after, the backup holds the old contents
    try {
      const b = openSync(backup, 'wx', 0o600);
      try {
        writeSync(b, old);
        fsyncSync(b);
      } finally {
        closeSync(b);
      }
      syncDir(dirname(target));
      testPause(backup);
      if (expected !== undefined) refuseIfChanged(shown, expected);
    } catch (e) {
      try {
        unlinkSync(backup);
      } catch {
        /* never made */
      }
      throw e;
    }
    const bytes = Buffer.from(data, 'utf8');
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at, at);
    ftruncateSync(fd, bytes.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  unlinkSync(backup);
}

function refuseIfChanged(path: string, expected: number | ReadSnapshot): void {
  const changed = () => new CliError(`${path}: changed on disk since it was read; not written`);
  let st;
  try {
    st = statSync(path);
  } catch {
    throw changed();
  }
  if (typeof expected === 'number') {
    if (st.mtimeMs !== expected) throw changed();
    return;
  }
  if (st.mtimeMs !== expected.mtimeMs || st.size !== expected.size) throw changed();
  // same time and size: only the content can tell
  if (sha256(readFileSync(path)) !== expected.sha256) throw changed();
}

/** Makes the rename itself durable; some platforms cannot open a directory, which costs only that. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    /* not supported here */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function testPause(tmp: string): void {
  const ms = Number(process.env.TRANSLINT_TEST_SLOW_WRITE);
  if (!(ms > 0)) return;
  writeSync(2, `translint: test: TRANSLINT_TEST_SLOW_WRITE: wrote ${tmp}, pausing ${ms} ms before the rename\n`);
  // a synchronous sleep: the write path is synchronous, and the pause must hold it exactly here
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
