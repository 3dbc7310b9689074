import type { Checker } from '../engine/checker.js';
import type { Finding } from '../findings/finding.js';
import { applyFixes } from '../fix/apply.js';
import { unifiedDiff } from '../fix/diff.js';
import { fixText } from '../fix/fixpoint.js';
import type { GlossarySet } from './glossaries.js';
import type { CheckRequest } from './request.js';

export interface CheckOutput {
  findings: Finding[];
  /** The text with the safe fixes applied (when `fix`). */
  fixed?: string;
  /** A unified diff of every first suggestion (unless `diff: false`); empty when there is none. */
  diff?: string;
}

/** Answers a validated check request with the glossaries of one generation. */
export function runCheckRequest(req: CheckRequest, set: GlossarySet): CheckOutput | { items: (CheckOutput & { id: string | number })[] } {
  const one = (text: string, name: string, lang: string | undefined): CheckOutput => {
    const checker = withMinConfidence(set.checkerFor(req.glossaries, lang), req.minConfidence);
    const checked = checker.check(text);
    const out: CheckOutput = { findings: checked.findings };
    if (req.fix) out.fixed = fixText(checker, text, {}, checked).output;
    // one pass: the diff shows the suggestions of the findings returned with it (the CLI's --diff re-checks
    // to a fixpoint, which costs a second check per text; a service answering article by article
    // should not pay that)
    if (req.diff) out.diff = unifiedDiff(name, text, applyFixes(text, checked.findings, { suggestions: true }).output);
    return out;
  };
  if (req.items) return { items: req.items.map((it) => ({ id: it.id, ...one(it.text, String(it.id), it.sourceLang ?? req.sourceLang) })) };
  return one(req.text ?? '', 'text', req.sourceLang);
}

/**
 * Leaves out findings below the request's confidence, also in the re-checks of the fixpoint.
 * Filtering after overlaps are resolved keeps one compiled checker for every threshold.
 */
function withMinConfidence(checker: Checker, min: number | undefined): Checker {
  if (!min) return checker;
  return {
    glossaries: checker.glossaries,
    rules: checker.rules,
    check(input, options) {
      const r = checker.check(input, options);
      return { findings: r.findings.filter((f) => f.confidence >= min), dropped: r.dropped };
    },
  };
}
