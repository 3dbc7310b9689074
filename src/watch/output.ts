import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file through a temporary file and a rename, so a reader never sees it half-written.
 * Unlike src/io/write.ts it does not fsync: a report that a crash loses is written again, because
 * the state file (which is fsynced) records a file only after its reports are written.
 */
export function writeOutput(path: string, data: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.translint-${process.pid}-${Date.now()}.tmp`);
  const fd = openSync(tmp, 'w', 0o644);
  try {
    writeSync(fd, data);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (e) {
    unlinkSync(tmp);
    throw e;
  }
}
