import type { Checker, CheckResult } from '../engine/checker.js';
import type { Finding } from '../findings/finding.js';
import { InputError } from '../inputs/errors.js';
import { applyFixes, type ApplyOptions } from './apply.js';

export const MAX_FIX_PASSES = 10;

export interface FixResult {
  output: string;
  /** Findings whose fix was applied, over all passes. */
  applied: Finding[];
  /** The check of the final text. */
  remaining: CheckResult;
}

/**
 * Applies fixes, re-checks, and repeats until nothing changes (at most MAX_FIX_PASSES times). The text
 * is checked as plain text by a Checker, or by any function (one that parses a file format first).
 */
export function fixText(checker: Checker | ((text: string) => CheckResult), text: string, options: ApplyOptions = {}, first?: CheckResult): FixResult {
  const check = typeof checker === 'function' ? checker : (t: string) => checker.check(t);
  let result = first ?? check(text);
  let output = text;
  const applied: Finding[] = [];
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const step = applyFixes(output, result.findings, options);
    if (step.applied.length === 0 || step.output === output) break;
    let next: CheckResult;
    try {
      next = check(step.output);
    } catch (e) {
      // the edits broke the file's format (no edit should: src/document/writable.ts): the pass is undone,
      // and the input, which was read, is never blamed for a text made here
      if (e instanceof InputError) break;
      throw e;
    }
    for (const f of step.applied) applied.push(f);
    output = step.output;
    result = next;
  }
  return { output, applied, remaining: result };
}
