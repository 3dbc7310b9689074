import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from './errors.js';

/**
 * Replaces a file's contents without ever leaving it half-written: writes a temporary file beside it,
 * fsyncs, keeps the mode, and renames it over the original. Refuses when the file changed on disk
 * since `expectedMtimeMs`.
 */
export function writeFileAtomic(path: string, data: string, expectedMtimeMs?: number): void {
  let mode: number | undefined;
  try {
    const st = statSync(path);
    mode = st.mode & 0o7777;
    if (expectedMtimeMs !== undefined && st.mtimeMs !== expectedMtimeMs) {
      throw new CliError(`${path}: changed on disk since it was read; not written`);
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
  }
  const tmp = join(dirname(path), `.${basename(path)}.translint-${process.pid}-${Date.now()}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode ?? 0o644);
    writeSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
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
}
