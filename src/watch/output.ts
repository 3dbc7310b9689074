import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { tempPath } from '../io/write.js';

/** An output (a report, a diff, an error note) that could not be written: one line naming it. */
export class OutputError extends Error {
  constructor(path: string, e: unknown) {
    super(`cannot write ${basename(path)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    this.name = 'OutputError';
  }
}

/**
 * Writes a file through a temporary file and a rename, so a reader never sees it half-written.
 * Unlike src/io/write.ts it does not fsync: a report that a crash loses is written again, because
 * the state file (which is fsynced) records a file only after its reports are written. The
 * temporary file's name is cut to fit (tempPath), whatever the length of the output's. Throws
 * OutputError.
 */
export function writeOutput(path: string, data: string): void {
  const tmp = tempPath(path, 'translint');
  try {
    const fd = openSync(tmp, 'w', 0o644);
    try {
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* never made, or renamed */
    }
    throw new OutputError(path, e);
  }
}
