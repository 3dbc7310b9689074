import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Checker } from '../engine/checker.js';
import { unifiedDiff } from '../fix/diff.js';
import { fixText } from '../fix/fixpoint.js';
import type { FileResult } from '../reports/types.js';
import { coloredWordDiff } from '../reports/word-diff.js';
import { unsafeInFormat, type ParseInput } from './parse-input.js';
import { readInput } from './read.js';
import { writeFileAtomic } from './write.js';

export interface FileTask {
  fix?: boolean | undefined;
  diff?: boolean | undefined;
  color: boolean;
  maxFileSize: number;
  cwd: string;
}

/** What checking one input produced: its result, its diff, or why it was skipped. */
export interface FileOutcome {
  result?: FileResult;
  diff?: string;
  /** The fixed text, for stdin with --fix. */
  fixedText?: string;
  warning?: string;
}

/** Checks one text (fixing and diffing it when asked); `path` is how it is shown. */
export function processText(path: string, raw: string, checker: Checker, task: FileTask, parse: ParseInput, write?: (text: string) => void): FileOutcome {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const check = (t: string) => {
    const doc = parse(t, path);
    const result = checker.check(doc);
    // a fix with characters this format must escape stays a suggestion
    for (const f of result.findings) if (f.fix && unsafeInFormat(doc.format, f.fix.text)) delete f.fix;
    return result;
  };
  const checked = check(text);
  const outcome: FileOutcome = { result: { path, findings: checked.findings, dropped: checked.dropped, source: text } };
  if (task.fix) {
    const fixed = fixText(check, text, {}, checked);
    outcome.result = { path, findings: fixed.remaining.findings, dropped: fixed.remaining.dropped, source: fixed.output, fixed: fixed.output };
    outcome.fixedText = fixed.output;
    if (write && fixed.output !== text) write((bom ? '\ufeff' : '') + fixed.output);
  }
  if (task.diff) {
    const suggested = fixText(check, text, { suggestions: true }, checked).output;
    outcome.diff = task.color ? coloredWordDiff(path, text, suggested, true) : unifiedDiff(path, text, suggested);
  }
  return outcome;
}

/** Reads, checks and (with --fix) rewrites one file. */
export function processFile(path: string, checker: Checker, task: FileTask, parse: ParseInput): FileOutcome {
  const input = readInput(path, task.cwd, task.maxFileSize);
  if (input === 'binary') return { warning: `${path}: binary file skipped` };
  const file = resolve(task.cwd, path);
  const mtimeMs = statSync(file).mtimeMs;
  return processText(path, input.text, checker, task, parse, (text) => writeFileAtomic(file, text, mtimeMs));
}
