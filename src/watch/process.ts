import { createHash } from 'node:crypto';
import { copyFileSync, renameSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { GlossaryError } from '../glossary/errors.js';
import { InputError } from '../inputs/errors.js';
import { FileError } from '../io/errors.js';
import { readAtMost, tooLarge } from '../io/read.js';
import type { CheckFileInput, FileCheck } from '../pipeline/types.js';
import { json } from '../reports/json.js';
import { writeOutput } from './output.js';
import type { FileRecord, WatchState } from './state.js';

export interface FolderJob {
  inDir: string;
  outDir: string;
  keep: boolean;
  maxFileSize: number;
  /** The use case, in this thread or (the command) on a worker under a time and memory budget. */
  check: (input: CheckFileInput) => Promise<FileCheck>;
  state: WatchState;
}

/** What became of one file. */
export type FileOutcome =
  | { kind: 'processed'; findings: number }
  | { kind: 'failed'; reason: string }
  /** Already finished before (a restart): only its move was left to do. */
  | { kind: 'moved' }
  /** Already finished with this content (--keep). */
  | { kind: 'unchanged' }
  /** Gone, or still growing: a later event brings it back. */
  | { kind: 'skipped' };

interface Checked {
  name: string;
  outcome: FileOutcome;
  /** To record in the state (files checked now). */
  record?: FileRecord;
  /** Where the original goes unless --keep. */
  moveTo?: 'done' | 'failed';
  /** The file as it was when read: it is moved only if it still is (see moveOut). */
  seen?: Stats;
}

/**
 * Processes a batch of files from the input folder in three steps, so a crash at any point loses
 * nothing and finishes nothing twice: (1) write `<name>.translint.json` and `<name>.diff` of each
 * file; (2) record the batch in the state file (one fsynced write); (3) move the originals to
 * `done/` or `failed/` unless --keep. A crash before (2) makes the next run write the same reports
 * again; a crash after it makes the next run only finish the moves. A file that cannot be checked,
 * whatever the reason (binary, invalid UTF-8 or markup, over the time or memory budget, a fault of
 * the checker), goes to `failed/` with `<name>.error.txt` saying why, and the others go on.
 */
export async function processBatch(names: readonly string[], job: FolderJob): Promise<{ name: string; outcome: FileOutcome }[]> {
  const batch: Checked[] = [];
  for (const n of names) batch.push(await checkOne(n, job));
  const records = batch.filter((c): c is Checked & { record: FileRecord } => c.record !== undefined);
  if (records.length > 0) job.state.finish(records.map((c) => [c.name, c.record]));
  if (!job.keep) for (const c of batch) if (c.moveTo && c.seen) moveOut(job, c.name, c.moveTo, c.seen);
  return batch.map(({ name, outcome }) => ({ name, outcome }));
}

async function checkOne(name: string, job: FolderJob): Promise<Checked> {
  const file = join(job.inDir, name);
  // a file over the limit is failed unread, known again by its size and time instead of its content
  let buf: Buffer | undefined;
  let st;
  try {
    st = statSync(file);
    // a named pipe, socket or device (or a link to one) is no document and is not read: a pipe waits for a
    // writer that may never come, a device may never end
    if (st.isFile() && st.size <= job.maxFileSize) buf = readAtMost(file, name, job.maxFileSize);
  } catch {
    return { name, outcome: { kind: 'skipped' } };
  }
  if (buf && st.size !== buf.length) return { name, outcome: { kind: 'skipped' } };
  const hash = !st.isFile() ? `not a regular file: ${st.dev}:${st.ino}` : buf ? createHash('sha256').update(buf).digest('hex') : `over the limit: ${st.size} bytes at ${st.mtimeMs}`;
  const prev = job.state.get(name);
  if (prev && prev.hash === hash) return job.keep ? { name, outcome: { kind: 'unchanged' } } : { name, outcome: { kind: 'moved' }, moveTo: prev.status, seen: st };
  const base = { size: st.size, mtimeMs: st.mtimeMs, hash };
  try {
    if (!st.isFile()) throw new FileError(`${name}: not a regular file (a device, pipe or socket); not read`, 'unreadable');
    if (!buf) throw tooLarge(name, st.size, job.maxFileSize);
    const r = await job.check({ path: name, bytes: buf, diff: true });
    writeOutput(join(job.outDir, `${name}.translint.json`), json([{ path: name, findings: r.findings, dropped: r.dropped, source: r.source }], { color: false }));
    writeOutput(join(job.outDir, `${name}.diff`), r.diff ?? '');
    return { name, outcome: { kind: 'processed', findings: r.findings.length }, record: { ...base, status: 'done' }, moveTo: 'done', seen: st };
  } catch (e) {
    const known = e instanceof FileError || e instanceof InputError || e instanceof GlossaryError || e instanceof ConfigError;
    const reason = known ? (e as Error).message : `${name}: internal error: ${(e as Error).message}`;
    writeOutput(join(job.outDir, 'failed', `${name}.error.txt`), `${reason}\n${known ? '' : `${(e as Error).stack ?? ''}\n`}`);
    return { name, outcome: { kind: 'failed', reason }, record: { ...base, status: 'failed' }, moveTo: 'failed', seen: st };
  }
}

/**
 * Moves a finished file to done/ (or failed/), replacing an older file of that name: only if it is still
 * the file that was read (the same inode, size and modification time). One truncated, appended to or
 * replaced (by another file or a folder) while it was being checked stays in the input folder, and the
 * next tick checks what it holds now (its content's hash no longer matches the state's).
 */
function moveOut(job: FolderJob, name: string, status: 'done' | 'failed', seen: Stats): void {
  const from = join(job.inDir, name);
  const to = join(job.outDir, status, name);
  try {
    const now = statSync(from);
    if ((seen.isFile() ? !now.isFile() : now.isDirectory()) || now.ino !== seen.ino || now.dev !== seen.dev || now.size !== seen.size || now.mtimeMs !== seen.mtimeMs) return;
  } catch {
    return;
  }
  try {
    renameSync(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code !== 'EXDEV') throw e;
    // (a pipe or device is not copied: it is left where it is)
    if (!seen.isFile()) return;
    // another file system: copy, then remove the original (a crash between leaves both: no loss)
    copyFileSync(from, to);
    unlinkSync(from);
  }
  job.state.forget([name]);
}
