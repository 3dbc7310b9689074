import type { Finding, TextEdit } from '../findings/finding.js';
import { spanOf } from '../findings/locate.js';

export interface ApplyOptions {
  /** Also apply the first suggestion of findings that have no safe fix (what an editor accepting all would get). */
  suggestions?: boolean;
  /** Only findings this accepts are applied (ESLint's fix predicate: errors only under --quiet). */
  only?: (f: Finding) => boolean;
}

export interface ApplyResult {
  output: string;
  applied: Finding[];
  /** Findings with a replacement that was not applied: overlapping an earlier one, or stale. */
  skipped: Finding[];
}

/**
 * The edit a finding proposes under these options, if any: none for a finding whose text holds markup
 * (`editable: false`). What --fix, --diff, review, the reports and the review page apply.
 */
export function editOf(f: Finding, options: ApplyOptions = {}): TextEdit | undefined {
  if (options.only && !options.only(f)) return undefined;
  if (f.editable === false) return undefined;
  if (f.fix) return f.fix;
  const best = f.suggestions[0];
  if (options.suggestions && best) return { ...spanOf(f), text: best.text };
  return undefined;
}

/**
 * Whether the text no longer holds what the finding flagged: its range must slice to its text, and the
 * edit may take in only whitespace besides (the line break before a removed line).
 */
function stale(text: string, f: Finding, edit: TextEdit): boolean {
  const { start, end } = spanOf(f);
  if (edit.end > text.length || text.slice(start, end) !== f.text) return true;
  return (edit.start < start && /\S/.test(text.slice(edit.start, start))) || (edit.end > end && /\S/.test(text.slice(end, edit.end)));
}

/**
 * Applies the findings' edits to the text they were found in, left to right. An edit that overlaps
 * one already applied, or whose range no longer holds the finding's text, is skipped.
 */
export function applyFixes(text: string, findings: readonly Finding[], options: ApplyOptions = {}): ApplyResult {
  const withEdits = findings
    .map((f) => ({ f, edit: editOf(f, options) }))
    .filter((x): x is { f: Finding; edit: TextEdit } => x.edit !== undefined)
    .sort((a, b) => a.edit.start - b.edit.start || a.edit.end - b.edit.end);
  const parts: string[] = [];
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  let pos = 0;
  for (const { f, edit } of withEdits) {
    if (edit.start < pos || stale(text, f, edit)) {
      skipped.push(f);
      continue;
    }
    parts.push(text.slice(pos, edit.start), edit.text);
    pos = edit.end;
    applied.push(f);
  }
  parts.push(text.slice(pos));
  return { output: parts.join(''), applied, skipped };
}
