import type { Document } from '../document/document.js';
import type { Span } from '../document/span.js';
import { unfilled } from '../document/tokens.js';
import type { EntryRef, SpanFinding } from '../findings/finding.js';
import { matchCasing } from '../glossary/casing.js';
import type { GlossaryEntry } from '../glossary/types.js';
import type { Rule, RuleReport } from '../rules/types.js';

/**
 * Turns a rule's report into a finding: rule id, severity, span, text, sorted suggestions, fix. The
 * finding starts at the first non-whitespace character of what the rule reported, so a line removed
 * with the break before it ("\n\nLeave a Comment") is shown at its own line; the fix keeps the whole
 * reported span. Where the format gives a prose view, markup at either end of the report (a code
 * before a line, a tag after it) is left out the same way: a finding starts and ends on prose, or on
 * code the prose leaves out but a reader sees (Document.code: `ls -la` in an XLIFF target). Rules
 * write messages and suggestions from the prose, so the fillers of escapes inside words are left out.
 */
export function toFinding(doc: Document, rule: Rule, r: RuleReport): SpanFinding {
  const from = Math.max(0, Math.min(r.start, doc.text.length));
  const end = Math.max(from, Math.min(r.end, doc.text.length));
  // (the reported stretch as the rules read it, with the code they leave out written back in)
  const view = doc.prose === undefined ? doc.text.slice(from, end) : doc.code ? withCode(doc.text, doc.prose, doc.code, from, end) : doc.prose.slice(from, end);
  const start = from + firstNonSpace(view, 0, end - from);
  const last = doc.prose === undefined ? end : from + lastProse(doc.text.slice(from, end), view, start - from, end - from);
  const text = doc.text.slice(start, last);
  const cased = (s: string) => (isTermOf(r.entry, s) ? matchCasing(text, s) : s);
  const suggestions = (r.suggestions ?? [])
    .map((s) => ({ text: cased(unfilled(s.text)), confidence: clamp(s.confidence) }))
    .sort((a, b) => b.confidence - a.confidence);
  const finding: SpanFinding = {
    ruleId: rule.meta.id,
    severity: r.severity ?? r.entry?.severity ?? rule.meta.severity,
    message: unfilled(r.message),
    span: { start, end: last },
    text,
    confidence: clamp(r.confidence),
    suggestions,
  };
  const best = suggestions[0];
  if (r.autofix && best) finding.fix = { start: from, end, text: best.text };
  if (r.entry) finding.entry = entryRef(r.entry);
  return finding;
}

/**
 * Whether a suggestion is the glossary entry's term (with a plural or possessive ending), which is then
 * written in the capitalisation of the text it replaces, unless the entry is case-sensitive. Other
 * suggestions ("former Prime Minister …") are the rule's own writing.
 */
function isTermOf(entry: GlossaryEntry | undefined, suggestion: string): boolean {
  if (!entry || entry.caseSensitive) return false;
  const term = entry.term.toLowerCase();
  const lower = suggestion.toLowerCase();
  return lower.startsWith(term) && /^(?:e?s|['’]s?)?$/.test(lower.slice(term.length));
}

/**
 * prose[from, end) with the code it leaves out written back in, for finding where a finding starts and
 * ends; the code spans are sorted, so only those that meet the range are visited after a binary search.
 */
function withCode(text: string, prose: string, code: readonly Span[], from: number, end: number): string {
  let lo = 0;
  let hi = code.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((code[mid] as Span).end <= from) lo = mid + 1;
    else hi = mid;
  }
  let out = '';
  let at = from;
  for (let k = lo; k < code.length && (code[k] as Span).start < end; k++) {
    const s = Math.max(from, (code[k] as Span).start);
    const e = Math.min(end, (code[k] as Span).end);
    out += prose.slice(at, s) + text.slice(s, e);
    at = e;
  }
  return out + prose.slice(at, end);
}

/** The offset of the first non-whitespace character in text[from, end), or `from` when there is none. */
function firstNonSpace(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) if (!/\s/.test(text.charAt(i))) return i;
  return from;
}

/**
 * The end of text[start, end) without the markup (and the space around it) that closes it; `end`
 * when none does: trailing whitespace of the text itself stays as the rule reported it.
 */
function lastProse(text: string, prose: string, start: number, end: number): number {
  let e = end;
  let markup = false;
  while (e > start && /\s/.test(prose.charAt(e - 1))) {
    if (prose.charCodeAt(e - 1) !== text.charCodeAt(e - 1)) markup = true;
    e--;
  }
  return markup && e > start ? e : end;
}

function clamp(n: number): number {
  return Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;
}

function entryRef(e: GlossaryEntry): EntryRef {
  const ref: EntryRef = { term: e.term, category: e.category, glossary: e.glossary };
  if (e.line !== undefined) ref.line = e.line;
  if (e.note !== undefined) ref.note = e.note;
  if (e.context) ref.context = e.context;
  return ref;
}
