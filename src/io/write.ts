import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../cli/errors.js';

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
 * Replaces a file's contents without ever leaving it half-written: writes a temporary file beside it
 * (`.<name>.translint-<pid>-<time>.tmp`), fsyncs it, keeps the mode, renames it over the original
 * and fsyncs the directory. With `expected` (a snapshot, or only a modification time), refuses when
 * the file changed on disk since it was read, checked before writing and again just before the rename.
 *
 * A run killed before the rename leaves the original intact and at most that temporary file, which
 * later runs neither read (`.tmp` is no checked extension) nor delete (it may belong to a run still
 * going, and it holds the fixed text).
 *
 * Test hook: `TRANSLINT_TEST_SLOW_WRITE=<ms>` pauses that long between writing the temporary file
 * and the rename, after one line on stderr, so a test can kill or race the process there.
 */
export function writeFileAtomic(path: string, data: string, expected?: number | ReadSnapshot): void {
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    /* a new file */
  }
  if (expected !== undefined) refuseIfChanged(path, expected);
  const tmp = join(dirname(path), `.${basename(path)}.translint-${process.pid}-${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode ?? 0o644);
    writeSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    testPause(tmp);
    if (expected !== undefined) refuseIfChanged(path, expected);
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  syncDir(dirname(path));
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
