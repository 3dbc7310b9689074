import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { isError } from '../findings/finding.js';
import { applyBaseline, BaselineError, createBaseline, readBaseline } from '../baseline/baseline.js';
import { ConfigError } from '../config/index.js';
import { GlossaryError } from '../glossary/errors.js';
import { InputError } from '../inputs/errors.js';
import type { InputFormatName } from '../inputs/index.js';
import { expandPaths, onceEach } from '../io/files.js';
import { chooseFormat, xmlHead } from '../pipeline/format.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { reporters, type FormatName } from '../reports/index.js';
import { reportRoot, workTreeRoot } from '../reports/shared/paths.js';
import { plural, summarize } from '../reports/summary.js';
import type { FileFailure, FileResult } from '../reports/types.js';
import type { SourceLang } from '../rules/types.js';
import { checkOne, type FileOutcome, type FileTask } from './check-one.js';
import { CliError } from './errors.js';
import { filesIn, inputAt, isEarlierReport, refuseUnwritable, samePlace, statSafe, writeReport } from './report-file.js';
import type { Io } from './io.js';
import { jobCount, runJobs } from './jobs.js';
import { cliOptions } from './options.js';
import { startProgress } from './progress.js';
import { exitCode, fixSummary } from './summary.js';
import { FileError, oneLine } from '../io/errors.js';
import { decodeText, readAtMost, unopened } from '../io/read.js';
import { originalsIn } from '../source/originals.js';

export interface CheckFlags {
  glossary: string[];
  defaultGlossary: boolean;
  format: FormatName;
  outputFile?: string;
  minConfidence?: number;
  quiet?: boolean;
  maxWarnings?: number;
  diff?: boolean;
  fix?: boolean;
  rules?: string[];
  sourceLang?: SourceLang | string;
  /** The original of the one checked text, or a folder of originals paired by name. */
  source?: string;
  sourceDir?: string;
  date?: string;
  baseline?: string;
  baselineCreate?: string;
  maxFileSize: number;
  color?: boolean;
  jobs?: number | 'auto';
  progress?: boolean;
  config?: string;
  inputFormat?: InputFormatName;
  ndjson?: boolean;
  maxTime?: number;
  maxMemory?: number;
}

/**
 * `translint check`: reads each input, has the use case check it (fixing and diffing when asked),
 * reports, and returns the exit code. An input that cannot be read or parsed is named on stderr
 * and in the machine-readable reports, and the others are still checked and reported; the run then
 * exits 2, as ESLint does.
 */
export async function runCheck(paths: string[], flags: CheckFlags, io: Io, given: ReadonlySet<string> = new Set()): Promise<number> {
  if (paths.length === 0) paths = ['-'];
  if (flags.ndjson) {
    if (paths.length !== 1) throw new CliError('--ndjson reads one file or - (stdin)');
    const { runNdjsonCli } = await import('./ndjson.js');
    return runNdjsonCli(paths[0] as string, flags, io, io.stdoutStream, given);
  }
  // the budget of one record of a stream: a file's check has none (the service and the watcher have their own)
  for (const [key, flag] of [['maxTime', '--max-time'], ['maxMemory', '--max-memory']] as const) {
    if (given.has(key) && flags[key] !== undefined) throw new CliError(`${flag} applies to --ndjson only (the time or memory one record may take)`);
  }
  const warn = (m: string) => io.stderr(`translint: warning: ${oneLine(m)}\n`);
  // named on stderr at once, and carried by the machine-readable reports
  const failures: FileFailure[] = [];
  const fail = (path: string, message: string, line?: number) => {
    io.stderr(`translint: ${oneLine(message)}\n`);
    failures.push({ path, message, ...(line !== undefined ? { line } : {}) });
  };
  const baseline = flags.baseline ? guard(() => readBaseline(resolve(io.cwd, flags.baseline as string))) : undefined;
  const color = flags.color !== false && io.color;
  const task: FileTask = { fix: flags.fix, diff: flags.diff, quiet: flags.quiet, color, maxFileSize: flags.maxFileSize, cwd: io.cwd, stdin: io.stdin };
  if (flags.diff) task.diffRoot = workTreeRoot(io.cwd);
  if (flags.inputFormat) task.inputFormat = flags.inputFormat;
  if (flags.source !== undefined || flags.sourceDir !== undefined) task.original = originals(flags, paths, io, warn);
  const pipelineOptions = { cwd: io.cwd, ...(flags.config !== undefined ? { config: flags.config } : {}), options: cliOptions(flags, given), maxBytes: flags.maxFileSize };
  const pipeline = guard(() => new Pipeline({ ...pipelineOptions, onWarning: warn }));
  const named = new Set(paths);
  const files = expandPaths(paths, io.cwd, warn, (e, path) => fail(path, e.message));
  let plan = onceEach(await withoutForeignXml(guard(() => planFiles(files, named, pipeline, io, warn)), named, io.cwd), io.cwd);
  // build every checker before the first file, so a bad glossary stops the run before any output; and
  // note what the run reads besides the checked files: configurations, glossaries, originals, baseline
  const read = new Set([flags.source, flags.baseline, flags.config].filter((p): p is string => p !== undefined));
  for (const path of plan) {
    const resolved = guard(() => pipeline.resolve(path === '-' ? undefined : path));
    if (resolved.configPath !== undefined) read.add(resolved.configPath);
    for (const g of guard(() => pipeline.checker(resolved.options)).glossaries) if (g.path !== undefined) read.add(g.path);
  }
  if (flags.sourceDir !== undefined) for (const f of filesIn(resolve(io.cwd, flags.sourceDir))) read.add(f);
  // the report and the new baseline in one file: one would overwrite the other
  if (flags.outputFile !== undefined && flags.baselineCreate !== undefined && samePlace(resolve(io.cwd, flags.outputFile), resolve(io.cwd, flags.baselineCreate))) {
    throw new CliError(`${flags.outputFile}: is both the report (-o) and the new baseline (--baseline-create); write them to different files`);
  }
  // a report or baseline written over a file the run reads would destroy it (with --fix, after fixing it)
  for (const out of [flags.outputFile, flags.baselineCreate]) {
    if (out === undefined) continue;
    const target = resolve(io.cwd, out);
    refuseUnwritable(target, out, out === flags.outputFile ? 'the report' : 'the baseline');
    let checked = inputAt(target, plan, io.cwd);
    // the report of an earlier run, found in a checked folder, is no story: it is about to be replaced, so
    // it is not checked (`check . -o report.txt` run twice); any other file there, or one named on the
    // command line, is refused
    if (checked !== undefined && out === flags.outputFile && !named.has(checked) && isEarlierReport(target)) {
      const earlier = checked;
      plan = plan.filter((p) => p !== earlier);
      checked = inputAt(target, plan, io.cwd);
    }
    const input = checked ?? inputAt(target, [...read], io.cwd);
    if (input !== undefined) throw new CliError(`${out}: is ${checked !== undefined ? 'the checked file' : 'read by this run:'} ${input}; write the ${out === flags.outputFile ? 'report' : 'baseline'} to another file`);
  }
  const jobs = plan.includes('-') ? 1 : jobCount(flags.jobs, plan.length, totalBytes(plan, io.cwd));
  const progress = startProgress(plan.length, { enabled: flags.progress !== false, stream: io.stderrStream });
  let outcomes: FileOutcome[];
  try {
    if (jobs > 1) outcomes = await runJobs(plan, jobs, pipeline, pipelineOptions, task, (done) => progress.tick(done));
    else {
      outcomes = [];
      for (const path of plan) {
        outcomes.push(await checkOne(path, (input) => pipeline.check(input), task));
        progress.tick(outcomes.length);
      }
    }
  } finally {
    progress.stop();
  }
  let results: FileResult[] = [];
  const diffs: string[] = [];
  const fixed = { problems: 0, files: 0 };
  for (const [i, o] of outcomes.entries()) {
    if (o.error !== undefined) fail(plan[i] === '-' ? '<stdin>' : (plan[i] as string), o.error, o.errorLine);
    if (o.result) {
      for (const w of o.result.warnings) warn(w);
      results.push(o.result);
      if ((o.written || o.fixedText !== undefined) && o.result.fixCount) {
        fixed.problems += o.result.fixCount;
        fixed.files++;
      }
    }
    if (o.diff !== undefined) diffs.push(o.diff);
    if (o.fixedText !== undefined) io.stdout(o.fixedText);
  }

  if (flags.baselineCreate) {
    // a baseline is never partial: one without the findings of an input that failed would report them all as new
    // once it can be read (as ESLint writes no suppressions file when it stops with an error)
    if (failures.length > 0) {
      const there = statSafe(resolve(io.cwd, flags.baselineCreate)) !== undefined;
      io.stderr(`translint: ${oneLine(flags.baselineCreate)}: baseline not written, since ${plural(failures.length, 'input')} could not be checked${there ? ' (the one there is left as it was)' : ''}\n`);
      return 2;
    }
    writeReport(resolve(io.cwd, flags.baselineCreate), JSON.stringify(createBaseline(results, { cwd: io.cwd, dir: dirname(resolve(io.cwd, flags.baselineCreate)) }), null, 2) + '\n', 'the baseline');
    io.stderr(`translint: wrote ${plural(summarize(results).findings, 'finding')} to the baseline ${oneLine(flags.baselineCreate)}\n`);
    return 0;
  }
  if (baseline) results = applyBaseline(results, baseline, { cwd: io.cwd, dir: dirname(resolve(io.cwd, flags.baseline as string)) }).results;
  // --quiet hides warnings from the report but, as in ESLint, they still count for --max-warnings
  const counted = results.flatMap((r) => r.findings);
  if (flags.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter(isError) }));

  if (flags.diff) io.stdout(diffs.join(''));
  else if (flags.outputFile || !(flags.fix && paths.includes('-'))) {
    // (with --fix -, stdout is the fixed text: the report goes only to -o)
    // a failure is no finding: neither the baseline nor --quiet leaves it out
    const report = reporters[flags.format](results, { color: color && !flags.outputFile, cwd: io.cwd, root: reportRoot(io.cwd), failures });
    if (flags.outputFile) writeReport(resolve(io.cwd, flags.outputFile), report, 'the report');
    else io.stdout(report);
  }
  // like prettier --write, say what was written; nothing when nothing was
  if (flags.fix && fixed.problems > 0) io.stderr(`translint: ${fixSummary(fixed.problems, fixed.files)}\n`);
  const { code, message } = exitCode(counted, flags.maxWarnings);
  if (message) io.stderr(`translint: ${message}\n`);
  return failures.length > 0 ? 2 : code;
}

/**
 * `--source FILE` (the original of the one checked input) or `--source-dir DIR` (originals paired by
 * name, src/source/originals.ts). A missing or unreadable original is a usage error (exit 2); a
 * checked file with no original in DIR is checked without one, with a warning.
 */
function originals(flags: CheckFlags, paths: readonly string[], io: Io, warn: (m: string) => void): NonNullable<FileTask['original']> {
  const lang = flags.sourceLang;
  const read = (file: string) => {
    try {
      const bytes = readAtMost(resolve(io.cwd, file), file, flags.maxFileSize);
      return { text: decodeText(bytes, file).text, path: file, ...(lang ? { lang } : {}) };
    } catch (e) {
      if (e instanceof FileError) throw new CliError(e.message);
      const named = unopened(file, e);
      if (named.name !== file) throw new CliError(`${named.name}: ${named.reason}`);
      throw new CliError(`${file}: cannot read the original (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  };
  if (flags.source !== undefined) {
    if (flags.sourceDir !== undefined) throw new CliError('--source and --source-dir: give one of them');
    if (paths.length !== 1 || statSafe(resolve(io.cwd, paths[0] as string))?.isDirectory()) throw new CliError('--source is the original of one text; for several files use --source-dir');
    const original = read(flags.source);
    return () => original;
  }
  const dir = flags.sourceDir as string;
  let find: ReturnType<typeof originalsIn>;
  try {
    find = originalsIn(resolve(io.cwd, dir));
  } catch (e) {
    throw new CliError(`${dir}: cannot read the folder of originals (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return (path) => {
    const found = path === '-' ? undefined : find(path);
    if (typeof found !== 'string') {
      warn(found === undefined ? `${path}: no original in ${dir}; checked without one` : `${path}: several originals in ${dir} (${found.join(', ')}); checked without one`);
      return undefined;
    }
    return read(relative(io.cwd, found) || found);
  };
}

/** The size of the files to check (unreadable ones count 0: their error comes with the check). */
function totalBytes(paths: readonly string[], cwd: string): number {
  let n = 0;
  for (const p of paths) {
    try {
      n += statSync(resolve(cwd, p)).size;
    } catch {
      /* reported when read */
    }
  }
  return n;
}

/**
 * An .xml file found in a folder (not named on the command line) is checked only when its root
 * element is a known format: folders of wire copy also hold pom.xml files, sitemaps and feeds.
 */
async function withoutForeignXml(plan: string[], named: ReadonlySet<string>, cwd: string): Promise<string[]> {
  if (!plan.some((p) => /\.xml$/i.test(p) && !named.has(p))) return plan;
  const keep: string[] = [];
  for (const p of plan) {
    let head: string | undefined;
    try {
      if (/\.xml$/i.test(p) && !named.has(p)) head = await xmlHead(resolve(cwd, p));
    } catch {
      // unreadable: let the check report it
    }
    // a known vocabulary (NITF, NewsML, XLIFF), not generic XML nor text
    const name = head === undefined ? undefined : (await chooseFormat(p, head)).name;
    if (name === undefined || (name !== 'text' && name !== 'xml')) keep.push(p);
  }
  return keep;
}

/** The files to check: those the configuration found for each does not ignore. */
function planFiles(files: string[], named: ReadonlySet<string>, pipeline: Pipeline, io: Io, warn: (m: string) => void): string[] {
  const plan: string[] = [];
  /** The configuration files that ignored files found in folders. */
  const ignoring = new Set<string>();
  for (const path of files) {
    const { ignored, configPath } = pipeline.resolve(path === '-' ? undefined : path);
    if (ignored) {
      const by = configPath ? relative(io.cwd, configPath) : 'the configuration';
      // like ESLint: say so only for files named on the command line, not for files found in folders
      if (named.has(path)) warn(`${path}: ignored by ${by} (ignore)`);
      else ignoring.add(by);
      continue;
    }
    plan.push(path);
  }
  // folders whose every file an ignore pattern takes ("**") would otherwise pass with no output and exit 0
  if (plan.length === 0 && ignoring.size > 0) {
    const found = files.filter((p) => !named.has(p)).length;
    throw new CliError(`${[...ignoring].join(', ')}: ignore matches every file to check (${found} found in ${[...named].filter((p) => !files.includes(p)).join(', ')}); nothing was checked`);
  }
  return plan;
}

/** Library errors about the user's input become one-line CLI errors with exit code 2. */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof GlossaryError || e instanceof BaselineError || e instanceof ConfigError || e instanceof InputError || e instanceof RangeError) {
      throw new CliError(e.message);
    }
    throw e;
  }
}
