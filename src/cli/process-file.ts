import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Checker } from '../engine/checker.js';
import { unifiedDiff } from '../fix/diff.js';
import { checkInFormat, fixInFormat } from '../fix/in-format.js';
import type { FileResult } from '../reports/types.js';
import { coloredWordDiff } from '../reports/word-diff.js';
import type { ParseInput } from './parse-input.js';
import { CliError } from './errors.js';
import { readInput } from './read.js';
import { snapshotOf, writeFileAtomic } from '../io/write.js';

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
  let format: string | undefined;
  const check = checkInFormat(checker, (t) => {
    const doc = parse(t, path);
    format = doc.format;
    return doc;
  });
  const checked = check(text);
  const outcome: FileOutcome = { result: { path, findings: checked.findings, dropped: checked.dropped, source: text } };
  const fixes = fixInFormat(check, text, checked, format);
  if (task.fix) {
    const fixed = fixes.fixed();
    outcome.result = { path, findings: fixed.remaining.findings, dropped: fixed.remaining.dropped, source: fixed.output, fixed: fixed.output };
    outcome.fixedText = fixed.output;
    if (write && fixed.output !== text) write((bom ? '\ufeff' : '') + fixed.output);
  }
  if (task.diff) {
    const suggested = fixes.suggested();
    outcome.diff = task.color ? coloredWordDiff(path, text, suggested, true) : unifiedDiff(path, text, suggested);
  }
  return outcome;
}

/** Reads, checks and (with --fix) rewrites one file. */
export function processFile(path: string, checker: Checker, task: FileTask, parse: ParseInput): FileOutcome {
  const input = readInput(path, task.cwd, task.maxFileSize);
  if (input === 'binary') return { warning: `${path}: binary file skipped` };
  if (task.fix && input.encoding !== 'utf-8') throw new CliError(`${path}: --fix writes UTF-8 only; this file is ${input.encoding} (convert it first)`);
  const file = resolve(task.cwd, path);
  // a change between the read and this stat still shows: the hash is of the text as read
  const mtimeMs = statSync(file).mtimeMs;
  return processText(path, input.text, checker, task, parse, (text) => writeFileAtomic(file, text, snapshotOf(input.text, mtimeMs)));
}
