import type { Position } from '../document/line-index.js';
import type { Span } from '../document/span.js';
import type { ContextCondition } from '../glossary/types.js';

export type Severity = 'error' | 'warning' | 'info';

/** A span with line and column, as shown to users (reports, CLI, API); see `locate`. */
export interface Range {
  start: Position;
  end: Position;
}

/** A proposed replacement for a finding's text; `confidence` is in 0..1. */
export interface Suggestion {
  text: string;
  confidence: number;
}

/** A replacement of `source.slice(start, end)` by `text`. */
export interface TextEdit extends Span {
  text: string;
}

/** The glossary entry a finding came from, as shown to users. */
export interface EntryRef {
  term: string;
  category: string;
  glossary: string;
  line?: number;
  note?: string;
  /** The entry's context condition, when it has one: the finding fired because it held. */
  context?: ContextCondition;
}

/** What a finding says, wherever it stands. */
interface FindingFields {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The flagged text: always the source sliced at the finding's span (or range offsets). */
  text: string;
  /** How sure the rule is that this is a real error, 0..1. */
  confidence: number;
  /** Best first. */
  suggestions: Suggestion[];
  /** Present when the first suggestion is safe to apply without a human (`--fix`). */
  fix?: TextEdit;
  /**
   * `false` when the text flagged holds markup or other text that is not prose (a tag, a comment, a link's
   * address, inline code): a replacement would delete it, so the suggestions are advice only, and no fix,
   * diff or review applies them (src/document/writable.ts). Absent otherwise.
   */
  editable?: false;
  entry?: EntryRef;
}

/** A finding as the engine makes it: where it stands is a span of offsets, no line or column. */
export interface SpanFinding extends FindingFields {
  span: Span;
}

/** A finding as the API and reports show it: its span located in lines and columns (`locate`). */
export interface Finding extends FindingFields {
  range: Range;
}

/** A candidate the engine left out because another covered the same text (in offsets). */
export interface SpanDropped {
  ruleId: string;
  text: string;
  span: Span;
  reason: string;
}

/** A finding the engine left out because a more specific one covered the same text. */
export interface DroppedFinding {
  ruleId: string;
  text: string;
  range: Range;
  reason: string;
}

/** What --quiet keeps, reports and fixes: errors only, as in ESLint. */
export function isError(f: { severity: Severity }): boolean {
  return f.severity === 'error';
}
