import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { applyBaseline, BaselineError, createBaseline, readBaseline } from '../baseline/baseline.js';
import { ConfigError, ConfigResolver, mergeCliOptions } from '../config/index.js';
import type { CheckOptions } from '../engine/checker.js';
import type { Finding } from '../findings/finding.js';
import { GlossaryError } from '../glossary/errors.js';
import { reporters, type FormatName } from '../reports/index.js';
import { summarize } from '../reports/summary.js';
import type { FileResult } from '../reports/types.js';
import { InputError } from '../inputs/errors.js';
import type { InputFormatName } from '../inputs/index.js';
import type { SourceLang } from '../rules/types.js';
import { CheckerCache } from './checkers.js';
import { CliError } from './errors.js';
import { expandPaths } from './files.js';
import type { Io } from './io.js';
import { cliOptions } from './options.js';
import { inputParser } from './parse-input.js';
import { runPool } from './pool.js';
import { startProgress } from './progress.js';
import { processFile, processText, type FileOutcome, type FileTask } from './process-file.js';
import { readStdin } from './read.js';
import { writeFileAtomic } from '../io/write.js';

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
  sourceLang?: SourceLang;
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
}

export interface PlannedFile {
  path: string;
  options: CheckOptions;
}

/** `translint check`: reads each input, checks it, fixes or diffs it when asked, reports; returns the exit code. */
export async function runCheck(paths: string[], flags: CheckFlags, io: Io, given: ReadonlySet<string> = new Set()): Promise<number> {
  if (flags.ndjson) {
    if (paths.length !== 1) throw new CliError('--ndjson reads one file or - (stdin)');
    const { runNdjsonCli } = await import('./ndjson.js');
    return runNdjsonCli(paths[0] as string, flags, io, io.stdoutStream);
  }
  const warn = (m: string) => io.stderr(`translint: warning: ${m}\n`);
  const baseline = flags.baseline ? guard(() => readBaseline(resolve(io.cwd, flags.baseline as string))) : undefined;
  const color = flags.color !== false && io.color;
  const task: FileTask = { fix: flags.fix, diff: flags.diff, color, maxFileSize: flags.maxFileSize, cwd: io.cwd };
  const files = expandPaths(paths, io.cwd, warn);
  const plan = await withoutForeignXml(
    guard(() => planFiles(files, new Set(paths), flags, given, io, warn)),
    new Set(paths),
    io.cwd,
  );
  const checkers = new CheckerCache(warn);
  // build every checker before the first file, so a bad glossary stops the run before any output
  for (const p of plan) guard(() => checkers.get(p.options));
  const parse = await inputParser(plan.map((p) => p.path), flags.inputFormat);
  const jobs = jobCount(flags.jobs, plan.length);
  const progress = startProgress(plan.length, { enabled: flags.progress !== false, stream: io.stderrStream });
  let outcomes: FileOutcome[];
  try {
    if (jobs > 1 && !files.includes('-')) outcomes = await runPool(plan, jobs, { task, inputFormat: flags.inputFormat }, (done) => progress.tick(done));
    else {
      outcomes = [];
      for (const { path, options } of plan) {
        const checker = checkers.get(options);
        if (path === '-') {
          const input = await readStdin(io.stdin, flags.maxFileSize);
          outcomes.push(input === 'binary' ? { warning: '<stdin>: binary file skipped' } : guard(() => processText('<stdin>', input.text, checker, task, parse)));
        } else outcomes.push(guard(() => processFile(path, checker, task, parse)));
        progress.tick(outcomes.length);
      }
    }
  } finally {
    progress.stop();
  }
  let results: FileResult[] = [];
  const diffs: string[] = [];
  for (const o of outcomes) {
    if (o.warning) warn(o.warning);
    if (o.result) results.push(o.result);
    if (o.diff !== undefined) diffs.push(o.diff);
    if (o.fixedText !== undefined && o.result?.path === '<stdin>') io.stdout(o.fixedText);
  }

  if (flags.baselineCreate) {
    const file = resolve(io.cwd, flags.baselineCreate);
    writeFileAtomic(file, JSON.stringify(createBaseline(results), null, 2) + '\n');
    io.stderr(`translint: wrote ${summarize(results).findings} findings to the baseline ${flags.baselineCreate}\n`);
    return 0;
  }
  if (baseline) results = applyBaseline(results, baseline).results;
  if (flags.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));

  if (flags.diff) io.stdout(diffs.join(''));
  else if (!(flags.fix && paths.includes('-'))) {
    const report = reporters[flags.format](results, { color: color && !flags.outputFile });
    if (flags.outputFile) writeReport(resolve(io.cwd, flags.outputFile), report);
    else io.stdout(report);
  }
  return exitCode(results.flatMap((r) => r.findings), flags.maxWarnings);
}

function exitCode(findings: Finding[], maxWarnings: number | undefined): number {
  if (findings.some((f) => f.severity === 'error')) return 1;
  if (maxWarnings !== undefined && findings.filter((f) => f.severity === 'warning').length > maxWarnings) return 1;
  return 0;
}

function writeReport(path: string, report: string): void {
  try {
    writeFileSync(path, report);
  } catch (e) {
    throw new CliError(`${path}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Worker threads pay for themselves only on large batches on an otherwise idle machine: each loads
 * its own glossary and dictionary (~0.3 s) and warms up its own JIT. So the default is 1; "auto"
 * takes one worker per core, up to 4, when there are at least two files.
 */
function jobCount(jobs: CheckFlags['jobs'], files: number): number {
  if (jobs === undefined) return 1;
  if (jobs === 'auto') return files >= 2 ? Math.min(4, availableParallelism()) : 1;
  return jobs;
}

/**
 * An .xml file found in a folder (not named on the command line) is checked only when its root
 * element is a known format: folders of wire copy also hold pom.xml files, sitemaps and feeds.
 */
async function withoutForeignXml(plan: PlannedFile[], named: ReadonlySet<string>, cwd: string): Promise<PlannedFile[]> {
  if (!plan.some((p) => /\.xml$/i.test(p.path) && !named.has(p.path))) return plan;
  const { formatForContent } = await import('../inputs/index.js');
  return plan.filter((p) => {
    if (!/\.xml$/i.test(p.path) || named.has(p.path)) return true;
    try {
      return formatForContent(p.path, readFileSync(resolve(cwd, p.path), 'utf8').slice(0, 4096)).name !== 'text';
    } catch {
      return true; // unreadable: let the check report it
    }
  });
}

/** Which files to check with which options: configuration files found from each file, then the flags typed. */
function planFiles(files: string[], named: ReadonlySet<string>, flags: CheckFlags, given: ReadonlySet<string>, io: Io, warn: (m: string) => void): PlannedFile[] {
  const resolver = new ConfigResolver().resolverFor(io.cwd, flags.config);
  const cli = cliOptions(flags, given);
  const plan: PlannedFile[] = [];
  for (const path of files) {
    const { ignored, options, configPath } = resolver.forFile(path);
    if (ignored) {
      // like ESLint: say so only for files named on the command line, not for files found in folders
      if (named.has(path)) warn(`${path}: ignored by ${configPath ? relative(io.cwd, configPath) : 'the configuration'} (ignore)`);
      continue;
    }
    plan.push({ path, options: mergeCliOptions(options, cli) });
  }
  return plan;
}

/** Library errors about the user's input become one-line CLI errors with exit code 2. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof GlossaryError || e instanceof BaselineError || e instanceof ConfigError || e instanceof InputError || e instanceof RangeError) {
      throw new CliError(e.message);
    }
    throw e;
  }
}
