import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyBaseline, BaselineError, createBaseline, readBaseline } from '../baseline/baseline.js';
import { createChecker, type Checker, type CheckOptions } from '../engine/checker.js';
import type { Finding } from '../findings/finding.js';
import { unifiedDiff } from '../fix/diff.js';
import { fixText } from '../fix/fixpoint.js';
import { GlossaryError } from '../glossary/errors.js';
import { reporters, type FormatName } from '../reports/index.js';
import { summarize } from '../reports/summary.js';
import type { FileResult } from '../reports/types.js';
import { coloredWordDiff } from '../reports/word-diff.js';
import type { SourceLang } from '../rules/types.js';
import { CliError } from './errors.js';
import { expandPaths } from './files.js';
import type { Io } from './io.js';
import { readInput, readStdin } from './read.js';
import { writeFileAtomic } from './write.js';

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
}

/** `translint check`: reads each input, checks it, fixes or diffs it when asked, reports; returns the exit code. */
export async function runCheck(paths: string[], flags: CheckFlags, io: Io): Promise<number> {
  const checker = makeChecker(flags);
  for (const g of checker.glossaries) for (const w of g.warnings) io.stderr(`translint: warning: ${w}\n`);
  const warn = (m: string) => io.stderr(`translint: warning: ${m}\n`);
  const baseline = flags.baseline ? guard(() => readBaseline(join(io.cwd, flags.baseline as string))) : undefined;
  const color = flags.color !== false && io.color;
  let results: FileResult[] = [];
  const diffs: string[] = [];
  for (const path of expandPaths(paths, io.cwd, warn)) {
    const stdin = path === '-';
    const input = stdin ? await readStdin(io.stdin, flags.maxFileSize) : readInput(path, io.cwd, flags.maxFileSize);
    const shown = stdin ? '<stdin>' : path;
    if (input === 'binary') {
      warn(`${shown}: binary file skipped`);
      continue;
    }
    const mtimeMs = stdin ? undefined : statSync(join(io.cwd, path)).mtimeMs;
    const bom = input.text.charCodeAt(0) === 0xfeff;
    const text = bom ? input.text.slice(1) : input.text;
    const checked = checker.check(text, { path: shown });
    let result: FileResult = { path: shown, findings: checked.findings, dropped: checked.dropped, source: text };
    if (flags.fix) {
      const fixed = fixText(checker, text, {}, checked);
      result = { path: shown, findings: fixed.remaining.findings, dropped: fixed.remaining.dropped, source: fixed.output, fixed: fixed.output };
      if (stdin) io.stdout(fixed.output);
      else if (fixed.output !== text) writeFileAtomic(join(io.cwd, path), (bom ? '\ufeff' : '') + fixed.output, mtimeMs);
    }
    if (flags.diff) {
      const suggested = fixText(checker, text, { suggestions: true }, checked).output;
      diffs.push(color ? coloredWordDiff(shown, text, suggested, true) : unifiedDiff(shown, text, suggested));
    }
    results.push(result);
  }

  if (flags.baselineCreate) {
    const file = join(io.cwd, flags.baselineCreate);
    writeFileAtomic(file, JSON.stringify(createBaseline(results), null, 2) + '\n');
    io.stderr(`translint: wrote ${summarize(results).findings} findings to the baseline ${flags.baselineCreate}\n`);
    return 0;
  }
  if (baseline) results = applyBaseline(results, baseline).results;
  if (flags.quiet) results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') }));

  if (flags.diff) io.stdout(diffs.join(''));
  else if (!(flags.fix && paths.includes('-'))) {
    const report = reporters[flags.format](results, { color: color && !flags.outputFile });
    if (flags.outputFile) writeReport(join(io.cwd, flags.outputFile), report);
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

function makeChecker(flags: CheckFlags): Checker {
  const options: CheckOptions = {
    glossaries: flags.glossary,
    defaultGlossary: flags.defaultGlossary,
    ...(flags.minConfidence !== undefined ? { minConfidence: flags.minConfidence } : {}),
    ...(flags.rules ? { rules: flags.rules } : {}),
    ...(flags.sourceLang ? { sourceLang: flags.sourceLang } : {}),
    ...(flags.date ? { date: flags.date } : {}),
  };
  return guard(() => createChecker(options));
}

/** Library errors about the user's input become one-line CLI errors with exit code 2. */
function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof GlossaryError || e instanceof BaselineError || e instanceof RangeError) throw new CliError(e.message);
    throw e;
  }
}
