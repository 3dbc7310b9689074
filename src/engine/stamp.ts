import type { Document } from '../document/document.js';
import type { EntryRef, SpanFinding } from '../findings/finding.js';
import type { GlossaryEntry } from '../glossary/types.js';
import type { Rule, RuleReport } from '../rules/types.js';

/** Turns a rule's report into a finding: rule id, severity, span, text, sorted suggestions, fix. */
export function toFinding(doc: Document, rule: Rule, r: RuleReport): SpanFinding {
  const start = Math.max(0, Math.min(r.start, doc.text.length));
  const end = Math.max(start, Math.min(r.end, doc.text.length));
  const suggestions = (r.suggestions ?? [])
    .map((s) => ({ text: s.text, confidence: clamp(s.confidence) }))
    .sort((a, b) => b.confidence - a.confidence);
  const finding: SpanFinding = {
    ruleId: rule.meta.id,
    severity: r.severity ?? r.entry?.severity ?? rule.meta.severity,
    message: r.message,
    span: { start, end },
    text: doc.text.slice(start, end),
    confidence: clamp(r.confidence),
    suggestions,
  };
  const best = suggestions[0];
  if (r.autofix && best) finding.fix = { start, end, text: best.text };
  if (r.entry) finding.entry = entryRef(r.entry);
  return finding;
}

function clamp(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

function entryRef(e: GlossaryEntry): EntryRef {
  const ref: EntryRef = { term: e.term, category: e.category, glossary: e.glossary };
  if (e.line !== undefined) ref.line = e.line;
  if (e.note !== undefined) ref.note = e.note;
  return ref;
}
