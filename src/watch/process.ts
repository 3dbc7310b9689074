import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../cli/errors.js';
import { decode } from '../cli/read.js';
import type { Checker } from '../engine/checker.js';
import { unifiedDiff } from '../fix/diff.js';
import { fixText } from '../fix/fixpoint.js';
import { json } from '../reports/json.js';
import { writeOutput } from './output.js';
import type { FileRecord, WatchState } from './state.js';

export interface FolderJob {
  inDir: string;
  outDir: string;
  keep: boolean;
  maxFileSize: number;
  checker: Checker;
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
}

/**
 * Processes a batch of files from the input folder in three steps, so a crash at any point loses
 * nothing and finishes nothing twice: (1) write `<name>.translint.json` and `<name>.diff` of each
 * file; (2) record the batch in the state file (one fsynced write); (3) move the originals to
 * `done/` or `failed/` unless --keep. A crash before (2) makes the next run write the same reports
 * again; a crash after it makes the next run only finish the moves.
 */
export function processBatch(names: readonly string[], job: FolderJob): { name: string; outcome: FileOutcome }[] {
  const batch = names.map((n) => checkOne(n, job));
  const records = batch.filter((c): c is Checked & { record: FileRecord } => c.record !== undefined);
  if (records.length > 0) job.state.finish(records.map((c) => [c.name, c.record]));
  if (!job.keep) for (const c of batch) if (c.moveTo) moveOut(job, c.name, c.moveTo);
  return batch.map(({ name, outcome }) => ({ name, outcome }));
}

function checkOne(name: string, job: FolderJob): Checked {
  const file = join(job.inDir, name);
  let buf: Buffer;
  let st;
  try {
    buf = readFileSync(file);
    st = statSync(file);
  } catch {
    return { name, outcome: { kind: 'skipped' } };
  }
  if (st.size !== buf.length) return { name, outcome: { kind: 'skipped' } };
  const hash = createHash('sha256').update(buf).digest('hex');
  const prev = job.state.get(name);
  if (prev && prev.hash === hash) return job.keep ? { name, outcome: { kind: 'unchanged' } } : { name, outcome: { kind: 'moved' }, moveTo: prev.status };
  const base = { size: st.size, mtimeMs: st.mtimeMs, hash };
  try {
    const input = decode(buf, name, job.maxFileSize);
    if (input === 'binary') throw new CliError(`${name}: binary file`);
    const bom = input.text.charCodeAt(0) === 0xfeff;
    const text = bom ? input.text.slice(1) : input.text;
    const checked = job.checker.check(text, { path: name });
    const suggested = fixText(job.checker, text, { suggestions: true }, checked).output;
    writeOutput(join(job.outDir, `${name}.translint.json`), json([{ path: name, findings: checked.findings, dropped: checked.dropped, source: text }], { color: false }));
    writeOutput(join(job.outDir, `${name}.diff`), unifiedDiff(name, text, suggested));
    return { name, outcome: { kind: 'processed', findings: checked.findings.length }, record: { ...base, status: 'done' }, moveTo: 'done' };
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    return { name, outcome: { kind: 'failed', reason: e.message }, record: { ...base, status: 'failed' }, moveTo: 'failed' };
  }
}

/** Moves a finished file to done/ (or failed/), replacing an older file of that name. */
function moveOut(job: FolderJob, name: string, status: 'done' | 'failed'): void {
  const from = join(job.inDir, name);
  const to = join(job.outDir, status, name);
  try {
    renameSync(from, to);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code !== 'EXDEV') throw e;
    // another file system: copy, then remove the original (a crash between leaves both: no loss)
    copyFileSync(from, to);
    unlinkSync(from);
  }
  job.state.forget([name]);
}
