import { unsafeInFormat } from '../../../src/fix/escaping.js';

/** A finding as POST /v1/check returns it (docs/http-api.md); only the fields the page uses. */
export interface Finding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  range: { start: { offset: number; line: number; column: number }; end: { offset: number; line: number; column: number } };
  text: string;
  confidence: number;
  suggestions: { text: string; confidence: number }[];
  /** The glossary entry the finding came from, with the context condition that made it fire. */
  entry?: { term: string; context?: Context };
  /** `false`: the flagged text holds markup that a replacement would delete; nothing is replaced here. */
  editable?: false;
}

/** A glossary entry's context condition (docs/glossary-format.md). */
export interface Context {
  anyOf?: string[];
  noneOf?: string[];
  window?: number;
}

/** What the editor decided for one finding. */
export type Decision =
  | { kind: 'pending' }
  | { kind: 'accepted' }
  /** `allow`: the flagged text goes into the glossary patch as an allow-list entry. */
  | { kind: 'rejected'; allow: boolean }
  /** `variant`: the edited text goes into the patch as a term, the flagged text as its variant. */
  | { kind: 'edited'; text: string; variant: boolean };

/**
 * A glossary entry the patch adds (docs/glossary-format.md). An edit made on one story becomes an entry
 * that only suggests (`fix: suggest`) and carries the context condition of the entry that flagged the
 * text, so it never turns into an automatic fix wider than the finding it came from.
 */
export type PatchEntry = { kind: 'allow'; term: string } | { kind: 'variant'; term: string; variant: string; context?: Context };

/** Whether the page may replace the finding's text: not where it holds markup (a tag, a comment) that would go with it. */
export function replaceable(f: Finding): boolean {
  return f.editable !== false;
}

/**
 * Whether the page may put `text` into a file of `format` (the answer's `format`) as it is: not with
 * characters the format needs escaped (`&` in HTML, `"` in a PO string), as --diff and review decide.
 */
export function writable(text: string, format: string | undefined): boolean {
  return !unsafeInFormat(format, text);
}

/** Whether the finding's first suggestion can be accepted: there is one, over no markup, that the format takes as written. */
export function acceptable(f: Finding, format: string | undefined): boolean {
  const best = f.suggestions[0];
  return best !== undefined && replaceable(f) && writable(best.text, format);
}

/** The replacement a decision puts in place of the finding's text, if any (none over markup, none the format needs escaped). */
export function replacementOf(f: Finding, d: Decision, format?: string): string | undefined {
  if (!replaceable(f)) return undefined;
  const text = d.kind === 'accepted' ? f.suggestions[0]?.text : d.kind === 'edited' ? d.text : undefined;
  return text !== undefined && writable(text, format) ? text : undefined;
}

/**
 * The text with every accepted or edited replacement applied, left to right. The service resolves
 * overlaps before answering; a replacement that would overlap an earlier one is still skipped,
 * as the library's applyFixes does, so a bad answer cannot garble the text.
 */
export function correctedText(source: string, findings: readonly Finding[], decisions: readonly Decision[], format?: string): string {
  const edits = findings
    .map((f, i) => ({ f, text: replacementOf(f, decisions[i] ?? { kind: 'pending' }, format) }))
    .filter((e): e is { f: Finding; text: string } => e.text !== undefined)
    .sort((a, b) => a.f.range.start.offset - b.f.range.start.offset);
  const parts: string[] = [];
  let pos = 0;
  for (const { f, text } of edits) {
    const { start, end } = { start: f.range.start.offset, end: f.range.end.offset };
    if (start < pos || source.slice(start, end) !== f.text) continue;
    parts.push(source.slice(pos, start), text);
    pos = end;
  }
  parts.push(source.slice(pos));
  return parts.join('');
}

/** The glossary entries the decisions ask for, without duplicates, allow entries first. */
export function patchEntries(findings: readonly Finding[], decisions: readonly Decision[]): PatchEntry[] {
  const seen = new Set<string>();
  const allow: PatchEntry[] = [];
  const variants: PatchEntry[] = [];
  findings.forEach((f, i) => {
    const d = decisions[i];
    const term = f.text.trim();
    if (d?.kind === 'rejected' && d.allow && term !== '' && !seen.has(`a\0${term}`)) {
      seen.add(`a\0${term}`);
      allow.push({ kind: 'allow', term });
    }
    const edited = d?.kind === 'edited' ? d.text.trim() : '';
    if (d?.kind === 'edited' && d.variant && edited !== '' && term !== '' && edited !== term && !seen.has(`v\0${edited}\0${term}`)) {
      seen.add(`v\0${edited}\0${term}`);
      const context = f.entry?.context;
      variants.push({ kind: 'variant', term: edited, variant: term, ...(context ? { context } : {}) });
    }
  });
  return [...allow, ...variants];
}

/** Counts of decisions, for the status line. */
export function tally(decisions: readonly Decision[]): Record<Decision['kind'], number> {
  const out = { pending: 0, accepted: 0, rejected: 0, edited: 0 };
  for (const d of decisions) out[d.kind]++;
  return out;
}
