import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GlossaryError } from '../glossary/errors.js';
import { ConfigError } from '../config/errors.js';
import { InputError } from '../inputs/errors.js';
import { FileError } from '../io/errors.js';
import { readBytes, readStdin } from '../io/read.js';
import type { CheckFileInput, FileCheck } from '../pipeline/index.js';
import { coloredWordDiff } from '../reports/word-diff.js';
import { patchPath } from '../reports/shared/paths.js';
import { snapshotOf, writeFileAtomic } from '../io/write.js';
import { CliError } from './errors.js';

/** What `check` does with each file besides checking it. */
export interface FileTask {
  fix?: boolean | undefined;
  diff?: boolean | undefined;
  /** --quiet: fix and diff apply errors only. */
  quiet?: boolean | undefined;
  color: boolean;
  maxFileSize: number;
  cwd: string;
  /** With --diff: the folder the diff names files from (workTreeRoot). */
  diffRoot?: string | undefined;
  inputFormat?: CheckFileInput['format'];
  stdin: NodeJS.ReadableStream;
  /** The original of a checked path (--source, --source-dir): its text, file name and language. */
  original?: (path: string) => { text: string; path: string; lang?: string } | undefined;
}

/** What became of one input: its result (and diff, and fixed text for stdin), or an error. */
export interface FileOutcome {
  result?: FileCheck;
  diff?: string;
  /** The fixed text, for stdin with --fix. */
  fixedText?: string;
  /** Written with --fix (the file changed). */
  written?: boolean;
  /** Why this input could not be checked; the others go on, and the run exits 2. */
  error?: string;
  /** The line of the error, when the input's parser tells it. */
  errorLine?: number;
}

/** Runs the use case (in this thread or a worker's) on one input. */
export type RunCheck = (input: CheckFileInput) => Promise<FileCheck>;

/**
 * Reads one input ("-" is stdin), has it checked, writes the safe fixes back atomically with --fix
 * (refusing a file that changed since it was read), and renders its diff. Errors that concern this
 * input alone (unreadable, binary, invalid UTF-8 or markup, too large) become its outcome, an error
 * (a binary file is one too: named or found in a folder under a text format's extension, a file that is
 * not text must not pass a CI job unchecked, as ESLint fails on a file it cannot parse); a bad
 * glossary or configuration stops the run.
 */
export async function checkOne(path: string, run: RunCheck, task: FileTask): Promise<FileOutcome> {
  const stdin = path === '-';
  const name = stdin ? '<stdin>' : path;
  try {
    const bytes = stdin ? await readStdin(task.stdin, task.maxFileSize) : readBytes(path, task.cwd, task.maxFileSize);
    // a change between the read and this stat still shows: the hash is of the bytes as read
    const mtimeMs = stdin ? 0 : statSync(resolve(task.cwd, path)).mtimeMs;
    const input: CheckFileInput = { name, bytes, fix: task.fix ?? false, diff: task.diff ?? false };
    if (!stdin) input.path = path;
    const named = task.diff && !stdin ? patchPath(path, task.cwd, task.diffRoot ?? task.cwd) : undefined;
    if (named) input.diffName = named.name;
    if (task.inputFormat) input.format = task.inputFormat;
    if (task.quiet) input.errorsOnly = true;
    const translatedFrom = task.original?.(path);
    if (translatedFrom) Object.assign(input, { source: translatedFrom.text, sourcePath: translatedFrom.path }, translatedFrom.lang ? { sourceLang: translatedFrom.lang } : {});
    const checked = await run(input);
    // the safe fixes are written back (or, for stdin, printed), and a diff is made, only in UTF-8, the
    // encoding they were made in (a patch of the decoded text would not apply to the file's bytes, and UTF-8
    // printed for a page whose <meta> names windows-1252 is mojibake): the findings are still reported
    if (task.fix && checked.encoding !== 'utf-8') return { result: checked, error: `${name}: --fix writes UTF-8 only; this file is ${checked.encoding} (convert it first)` };
    if (task.diff && checked.encoding !== 'utf-8') return { result: checked, error: `${name}: --diff writes UTF-8 only; this file is ${checked.encoding} (convert it first)` };
    const original = checked.source;
    // after --fix, the report shows what is left in the fixed text
    const result: FileCheck = checked.remaining && checked.fixed !== undefined ? { ...checked, findings: checked.remaining.findings, dropped: checked.remaining.dropped, source: checked.fixed } : checked;
    const outcome: FileOutcome = { result };
    if (task.fix && result.fixed !== undefined) {
      // (with the byte-order mark the input had, as a file written back keeps it)
      if (stdin) outcome.fixedText = (result.bom ? '\ufeff' : '') + result.fixed;
      else if (result.fixed !== original) {
        try {
          writeFileAtomic(resolve(task.cwd, path), (result.bom ? '\ufeff' : '') + result.fixed, snapshotOf(Buffer.from(bytes), mtimeMs));
        } catch (e) {
          // not written: the report shows the file as it is, every finding still there
          if (e instanceof CliError) return { result: checked, error: e.message };
          throw e;
        }
        outcome.written = true;
      }
    }
    if (named?.outside && result.diff && !task.color) result.warnings.push(`${name}: outside ${task.diffRoot ?? task.cwd}; its diff names it as given, which git apply and patch -p1 refuse (run from a folder above it)`);
    if (task.diff && result.suggested !== undefined) outcome.diff = task.color ? coloredWordDiff(name, original, result.suggested, true) : (result.diff ?? '');
    return outcome;
  } catch (e) {
    if (e instanceof InputError || e instanceof FileError) return { error: e.message, ...(e.line !== undefined ? { errorLine: e.line } : {}) };
    if (e instanceof CliError) return { error: e.message };
    // (a RangeError here is from building the checker, an unknown rule: whatever fails while one input is
    // checked, the pipeline makes that input's InputError)
    if (e instanceof GlossaryError || e instanceof ConfigError || e instanceof RangeError) throw new CliError(e.message);
    throw e;
  }
}
