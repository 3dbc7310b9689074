import { createReadStream, fstat } from 'node:fs';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import { isError } from '../findings/finding.js';
import { ConfigError } from '../config/errors.js';
import { GlossaryError } from '../glossary/errors.js';
import { INPUT_FORMAT_NAMES } from '../inputs/names.js';
import type { InputFormatName } from '../inputs/index.js';
import { refuseDirectoryStdin, unopened } from '../io/read.js';
import { UNDECODABLE } from '../io/names.js';
import { CheckPool } from '../pipeline/pool.js';
import type { CheckFileInput } from '../pipeline/types.js';
import type { SourceLang } from '../rules/types.js';
import { runNdjson, type CheckedRecord } from '../stream/ndjson.js';
import type { NdjsonRecord } from '../stream/record.js';
import { CliError } from './errors.js';
import { oneLine } from '../io/errors.js';
import type { Io } from './io.js';
import { jobCount } from './jobs.js';
import { cliOptions } from './options.js';
import { calqueLang, sourceLangError } from '../pipeline/source-lang.js';

export interface NdjsonFlags {
  glossary: string[];
  defaultGlossary: boolean;
  fix?: boolean;
  diff?: boolean;
  /** Errors only in each result's findings. */
  quiet?: boolean;
  /** The format of records that do not give `format` (default text). */
  inputFormat?: InputFormatName;
  minConfidence?: number;
  rules?: string[];
  date?: string;
  /** The language for lines that do not give `sourceLang`. */
  sourceLang?: SourceLang | string;
  config?: string;
  jobs?: number | 'auto';
  /** Time one record may take, in ms (default 30 s). */
  maxTime?: number;
  /** Heap of a checking thread, in MB (default 1024). */
  maxMemory?: number;
  maxFileSize?: number;
}


/** Flags of `check` that have no meaning for a stream, by their attribute name. */
const NOT_FOR_STREAMS: readonly (readonly [string, string])[] = [
  ['maxWarnings', '--max-warnings'],
  ['baseline', '--baseline'],
  ['baselineCreate', '--baseline-create'],
  ['outputFile', '-o/--output-file'],
  // a record carries its original in `source`
  ['source', '--source'],
  ['sourceDir', '--source-dir'],
];

/**
 * `translint check --ndjson <file|->`: one result line per input line. Each record goes through
 * the use case on a worker thread under a time budget and a memory bound, so a record that is
 * over either gets an error line and the stream goes on. The configuration is the nearest one
 * above the working directory (or `--config`), with the flags typed on top, as for stdin. Returns
 * 0, or 1 when a line could not be checked. Pass `output` (process.stdout in the binary) so a slow
 * reader slows the run down instead of filling memory; without it the results go to `io.stdout`.
 * `given` names the flags typed on the command line (default: every flag passed).
 */
export async function runNdjsonCli(pathOrDash: string, flags: NdjsonFlags, io: Io, output?: NodeJS.WritableStream, given: ReadonlySet<string> = new Set(Object.keys(flags))): Promise<number> {
  if (given.has('format')) throw new CliError('--ndjson writes one JSON result per line; -f/--format does not apply to it (leave it out)');
  // flags of a whole run's report and exit code: a stream's exit code says only whether every line could be checked
  for (const [key, flag] of NOT_FOR_STREAMS) {
    if (given.has(key) && (flags as unknown as Record<string, unknown>)[key] !== undefined) throw new CliError(`--ndjson writes one JSON result per line to stdout; ${flag} does not apply to it (leave it out)`);
  }
  // a stream's length is not known: --jobs is capped by the cores and the machine's load only
  const workers = jobCount(flags.jobs, Infinity, Infinity);
  const pool = new CheckPool({
    pipeline: { cwd: io.cwd, ...(flags.config !== undefined ? { config: flags.config } : {}), options: cliOptions(flags, given), ...(flags.maxFileSize ? { maxBytes: flags.maxFileSize } : {}) },
    warm: {},
    workers,
    ...(flags.maxTime !== undefined ? { timeMs: flags.maxTime } : {}),
    ...(flags.maxMemory !== undefined ? { memoryMb: flags.maxMemory } : {}),
    onWarning: (w) => io.stderr(`translint: warning: ${oneLine(w)}\n`),
  });
  try {
    try {
      // a bad glossary or configuration stops the run before any output
      await pool.ready();
    } catch (e) {
      if (e instanceof GlossaryError || e instanceof ConfigError || e instanceof RangeError) throw new CliError(e.message);
      throw e;
    }
    if (pathOrDash === '-') refuseDirectoryStdin(io.stdin);
    const input = pathOrDash === '-' ? io.stdin : await openInput(resolve(io.cwd, pathOrDash), pathOrDash);
    const out = output ?? new Writable({ write: (chunk: Buffer, _enc, cb) => (io.stdout(chunk.toString('utf8')), cb()) });
    const check = async (rec: NdjsonRecord): Promise<CheckedRecord> => {
      const request: CheckFileInput = { name: String(rec.id), text: rec.text, fix: flags.fix ?? false, diff: flags.diff ?? false, format: recordFormat(rec.format ?? flags.inputFormat) };
      if (flags.quiet) request.errorsOnly = true;
      // with a `source` (the original), `sourceLang` names its language, which may be one the calque rules do not know
      if (rec.sourceLang !== undefined) {
        const problem = sourceLangError(rec.sourceLang);
        if (problem !== undefined) throw new Error(problem);
        const calque = calqueLang(rec.sourceLang);
        if (calque !== undefined) request.options = { sourceLang: calque };
      }
      if (rec.source !== undefined) {
        request.source = rec.source;
        if (rec.sourceLang !== undefined) request.sourceLang = rec.sourceLang;
      }
      const r = await pool.check(request);
      // --quiet: errors only, as in a report
      return { findings: flags.quiet ? r.findings.filter(isError) : r.findings, ...(flags.fix ? { fixed: r.fixed ?? r.source } : {}), ...(flags.diff ? { diff: r.diff ?? '' } : {}), ...(r.warnings.length > 0 ? { warnings: r.warnings } : {}) };
    };
    // one record more than workers: the next is read and parsed while the workers check
    const { errors } = await runNdjson(input, out, check, { concurrency: workers + 1, ...(flags.maxFileSize !== undefined ? { maxTextBytes: flags.maxFileSize } : {}) });
    if (!output) await new Promise<void>((done) => out.end(done));
    return errors > 0 ? 1 : 0;
  } finally {
    await pool.close();
  }
}

function recordFormat(format: string | undefined): InputFormatName {
  if (format === undefined) return 'text';
  if (!(INPUT_FORMAT_NAMES as readonly string[]).includes(format)) throw new Error(`unknown format "${format}" (known: ${INPUT_FORMAT_NAMES.join(', ')})`);
  return format as InputFormatName;
}


/**
 * Opens the file, reporting a missing or unreadable one as a usage error before any output. A directory
 * opens (only its first read fails, with EISDIR, which ended the run as an internal error), so the
 * descriptor is asked what it is once open.
 */
function openInput(file: string, shown: string): Promise<NodeJS.ReadableStream> {
  return new Promise((done, fail) => {
    const stream = createReadStream(file);
    const refuse = (code: string | undefined, message?: string) => {
      const { name, reason } = unopened(shown, { code, message }, UNDECODABLE);
      fail(new CliError(`${name}: ${reason}`));
    };
    stream.once('open', (fd: number) =>
      fstat(fd, (e, st) => {
        if (e || !st.isDirectory()) return done(stream);
        stream.destroy();
        refuse('EISDIR');
      }),
    );
    stream.once('error', (e: NodeJS.ErrnoException) => refuse(e.code, e.message));
  });
}
