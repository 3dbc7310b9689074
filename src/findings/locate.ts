import { LineIndex } from '../document/line-index.js';
import type { DroppedFinding, Finding, SpanDropped, SpanFinding } from './finding.js';

/**
 * The findings with their spans located in the text they were found in: `range` with 1-based line and
 * column besides the offsets. The one place line and column are worked out; front ends and reports
 * take `text` or the document's `LineIndex` (built once per text, so pass it when you have it).
 */
export function locate(findings: readonly SpanFinding[], text: string | LineIndex): Finding[] {
  const lines = typeof text === 'string' ? new LineIndex(text) : text;
  return findings.map((f) => {
    // the fields in the order the JSON report and the API have always shown them
    const located: Finding = { ruleId: f.ruleId, severity: f.severity, message: f.message, range: lines.range(f.span), text: f.text, confidence: f.confidence, suggestions: f.suggestions };
    if (f.fix) located.fix = f.fix;
    if (f.editable === false) located.editable = false;
    if (f.entry) located.entry = f.entry;
    return located;
  });
}

/** The dropped candidates located likewise. */
export function locateDropped(dropped: readonly SpanDropped[], text: string | LineIndex): DroppedFinding[] {
  const lines = typeof text === 'string' ? new LineIndex(text) : text;
  return dropped.map((d) => ({ ruleId: d.ruleId, text: d.text, range: lines.range(d.span), reason: d.reason }));
}

/** A located finding's span (its offsets), for code that edits or compares texts. */
export function spanOf(f: { range: { start: { offset: number }; end: { offset: number } } }): { start: number; end: number } {
  return { start: f.range.start.offset, end: f.range.end.offset };
}
