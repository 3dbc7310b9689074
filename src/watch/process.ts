import { createHash } from 'node:crypto';
import { constants, copyFileSync, readFileSync, readlinkSync, renameSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/errors.js';
import { GlossaryError } from '../glossary/errors.js';
import { InputError } from '../inputs/errors.js';
import { FileError, oneLine } from '../io/errors.js';
import { readAtMost, tooLarge } from '../io/read.js';
import type { CheckFileInput, FileCheck } from '../pipeline/types.js';
import { json } from '../reports/json.js';
import { exists, type OutputName, type OutputNames } from './names.js';
import { entryStat } from './sweep.js';
import { OutputError, writeOutput } from './output.js';
import type { FileRecord, WatchState } from './state.js';

export interface FolderJob {
  inDir: string;
  outDir: string;
  keep: boolean;
  maxFileSize: number;
  /** The use case, in this thread or (the command) on a worker under a time and memory budget. */
  check: (input: CheckFileInput) => Promise<FileCheck>;
  state: WatchState;
  /** Chooses the names files are kept under (one of a name done/ or failed/ holds gets a number). */
  names: OutputNames;
  /** A problem that is no file's result (a move that failed), as one line. */
  warn: (message: string) => void;
}

/** What became of one file. `as`: the name it is kept under, when not its own (see names.ts). */
export type FileOutcome =
  /** `note`: why no `.diff` was written (a file in another encoding than UTF-8). */
  | ({ kind: 'processed'; findings: number; note?: string } & Partial<OutputName>)
  /**
   * `noted`: the reason is in failed/<as>.error.txt (else the file stays where it is, unrecorded, for a later run);
   * `stayed`: noted, but the file itself is still in the input folder (--keep, or a move that could not be made).
   */
  | ({ kind: 'failed'; reason: string; noted: boolean; stayed?: true } & Partial<OutputName>)
  /** Already finished before (a restart): only its move was left to do. */
  | ({ kind: 'moved'; status: 'done' | 'failed' } & Partial<OutputName>)
  /** Already finished with this content (--keep). */
  | { kind: 'unchanged' }
  /** Gone, or still growing (a later event brings it back), or left where it was (moveOut warned why). */
  | { kind: 'skipped' };

interface Checked {
  name: string;
  outcome: FileOutcome;
  /** To record in the state (files checked now). */
  record?: FileRecord;
  /** Where the original goes unless --keep, and under which name. */
  moveTo?: 'done' | 'failed';
  as?: string;
  /** The content's hash (see checkOne), to know a copy left in done/ or failed/ by a move cut short. */
  hash?: string;
  /** The file as it was when read: it is moved only if it still is (see moveOut). */
  seen?: Stats;
}

/**
 * Processes a batch of files from the input folder in three steps, so a crash at any point loses
 * nothing and finishes nothing twice: (1) write `<as>.translint.json` and `<as>.diff` of each
 * file, `<as>` the name it is kept under (its own unless done/ or failed/ holds that name or it is
 * too long: names.ts); (2) record the batch in the state file (one fsynced write, with `as`); (3)
 * move the originals to `done/<as>` or `failed/<as>` unless --keep. A crash before (2) makes the
 * next run write the same reports again; a crash after it makes the next run only finish the moves.
 * A file that cannot be checked, whatever the reason (binary, invalid UTF-8 or markup, over the time
 * or memory budget, a fault of the checker, a report that cannot be written), goes to `failed/` with
 * `<as>.error.txt` saying why, and the others go on.
 */
export async function processBatch(names: readonly string[], job: FolderJob): Promise<{ name: string; outcome: FileOutcome }[]> {
  try {
    return await finishBatch(names, job);
  } finally {
    job.names.release();
  }
}

async function finishBatch(names: readonly string[], job: FolderJob): Promise<{ name: string; outcome: FileOutcome }[]> {
  const batch: Checked[] = [];
  for (const n of names) batch.push(await checkOne(n, job));
  const records = batch.filter((c): c is Checked & { record: FileRecord } => c.record !== undefined);
  try {
    if (records.length > 0) job.state.finish(records.map((c) => [c.name, c.record]));
  } catch (e) {
    // not moved: the files stay in the input folder, where a restart finds them (recorded by a later save, or checked again)
    job.warn(`${(e as Error).message}; ${plural(records.length)} left in the input folder`);
    return batch.map(({ name, outcome }) => ({ name, outcome }));
  }
  for (const c of batch) {
    const moved = !job.keep && c.moveTo !== undefined && c.seen !== undefined && moveOut(job, c, c.moveTo, c.seen);
    // (a file only left to move that stayed has nothing to say beyond moveOut's warning, if any)
    if (!moved && c.outcome.kind === 'moved') c.outcome = { kind: 'skipped' };
    // a failed file not moved is not said to be in failed/: only its note is
    if (!moved && c.outcome.kind === 'failed' && c.outcome.noted) c.outcome = { ...c.outcome, stayed: true };
  }
  return batch.map(({ name, outcome }) => ({ name, outcome }));
}

async function checkOne(name: string, job: FolderJob): Promise<Checked> {
  const file = join(job.inDir, name);
  // a file over the limit is failed unread, known again by its size and time instead of its content
  let buf: Buffer | undefined;
  let st;
  try {
    st = entryStat(file);
    // a named pipe, socket or device (or a link to one) is no document and is not read: a pipe waits for a
    // writer that may never come, a device may never end
    if (st.isFile() && st.size <= job.maxFileSize) buf = readAtMost(file, name, job.maxFileSize);
  } catch {
    return { name, outcome: { kind: 'skipped' } };
  }
  if (buf && st.size !== buf.length) return { name, outcome: { kind: 'skipped' } };
  const hash = !st.isFile() ? `not a regular file: ${st.dev}:${st.ino}` : buf ? createHash('sha256').update(buf).digest('hex') : `over the limit: ${st.size} bytes at ${st.mtimeMs}`;
  const prev = job.state.get(name);
  if (prev && prev.hash === hash) {
    if (job.keep) return { name, outcome: { kind: 'unchanged' } };
    const as = prev.as ?? name;
    return { name, outcome: { kind: 'moved', status: prev.status, ...(as !== name ? { as } : {}) }, moveTo: prev.status, as, hash, seen: st };
  }
  const out = job.names.choose(name);
  const named = out.renamed ? out : {};
  const base = { size: st.size, mtimeMs: st.mtimeMs, hash, ...(out.renamed ? { as: out.as } : {}) };
  try {
    if (st.isSymbolicLink()) throw new FileError(`${name}: a symbolic link to ${linkTarget(file)}, which is not there; not read`, 'unreadable');
    if (!st.isFile()) throw new FileError(`${name}: not a regular file (a device, pipe or socket); not read`, 'unreadable');
    if (!buf) throw tooLarge(name, st.size, job.maxFileSize);
    const r = await job.check({ path: name, bytes: buf, diff: true });
    writeOutput(join(job.outDir, `${out.as}.translint.json`), json([{ path: name, findings: r.findings, dropped: r.dropped, source: r.source }], { color: false }));
    // (no diff of a file in another encoding than UTF-8: the patch, in UTF-8, would not apply to it)
    if (r.diff !== undefined) writeOutput(join(job.outDir, `${out.as}.diff`), r.diff);
    const note = r.diff === undefined ? `no ${out.as}.diff: it is written in UTF-8 only; this file is ${r.encoding} (convert it first)` : undefined;
    return { name, outcome: { kind: 'processed', findings: r.findings.length, ...named, ...(note ? { note } : {}) }, record: { ...base, status: 'done' }, moveTo: 'done', as: out.as, hash, seen: st };
  } catch (e) {
    const known = e instanceof FileError || e instanceof InputError || e instanceof GlossaryError || e instanceof ConfigError;
    const reason = e instanceof OutputError ? `${name}: ${e.message}` : known ? (e as Error).message : `${name}: internal error: ${(e as Error).message}`;
    const detail = known || e instanceof OutputError ? '' : `${(e as Error).stack ?? ''}\n`;
    try {
      // (its first line is the reason, names with line breaks and all)
      writeOutput(join(job.outDir, 'failed', `${out.as}.error.txt`), `${oneLine(reason)}\n${detail}`);
    } catch (noted) {
      // with no note saying why, the file is neither recorded nor moved: a later run tries it again
      return { name, outcome: { kind: 'failed', reason: `${reason}; and ${(noted as Error).message}`, noted: false } };
    }
    return { name, outcome: { kind: 'failed', reason, noted: true, ...named }, record: { ...base, status: 'failed' }, moveTo: 'failed', as: out.as, hash, seen: st };
  }
}

/**
 * Moves a finished file to done/ (or failed/) under the name chosen for it: only if it is still the
 * file that was read (the same inode, size and modification time), and never over a file there. One
 * truncated, appended to or replaced (by another file or a folder) while it was being checked stays in
 * the input folder, and the next tick checks what it holds now (its content's hash no longer matches
 * the state's). A move that fails is a warning: the file stays, recorded, and a restart moves it.
 * True if the file was moved.
 */
function moveOut(job: FolderJob, c: Checked, status: 'done' | 'failed', seen: Stats): boolean {
  const from = join(job.inDir, c.name);
  const to = join(job.outDir, status, c.as ?? c.name);
  try {
    const now = entryStat(from);
    if ((seen.isFile() ? !now.isFile() : now.isDirectory()) || now.ino !== seen.ino || now.dev !== seen.dev || now.size !== seen.size || now.mtimeMs !== seen.mtimeMs) return false;
  } catch {
    return false;
  }
  const stay = (why: string) => {
    job.warn(`${c.name}: not moved to ${status}/${c.as !== undefined && c.as !== c.name ? ` as ${c.as}` : ''} (${why}); it stays in the input folder`);
    return false;
  };
  if (exists(to)) {
    // a copy to another file system cut short before the original was removed: the copy is whole, and the original goes
    if (!seen.isFile() || !holds(to, seen.size, c.hash) || !removed(from)) return stay(`${status}/${c.as ?? c.name} is there already`);
    job.state.forget([c.name]);
    return true;
  }
  try {
    renameSync(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    // (a pipe or device on another file system is not copied: it is left where it is)
    if (code === 'EXDEV' && !seen.isFile()) return false;
    // another file system: copy, then remove the original (a crash between leaves both: no loss)
    if (code !== 'EXDEV' || !copyAcross(from, to)) return stay(code ?? (e as Error).message);
  }
  job.state.forget([c.name]);
  return true;
}

/** The file at `path` is a regular file of this size and content hash (read only if the size is that). */
function holds(path: string, size: number, hash: string | undefined): boolean {
  try {
    const st = statSync(path);
    return st.isFile() && st.size === size && createHash('sha256').update(readFileSync(path)).digest('hex') === hash;
  } catch {
    return false;
  }
}

function removed(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Copies, then removes the original; false (and the original kept) if either fails. */
function copyAcross(from: string, to: string): boolean {
  try {
    copyFileSync(from, to, constants.COPYFILE_EXCL);
    unlinkSync(from);
    return true;
  } catch {
    return false;
  }
}

/** Where a symbolic link points, as a printable name (it may be gone by now). */
function linkTarget(path: string): string {
  try {
    return JSON.stringify(readlinkSync(path));
  } catch {
    return 'something';
  }
}

const plural = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
