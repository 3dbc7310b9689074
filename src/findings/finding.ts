import type { Position } from '../document/line-index.js';

export type Severity = 'error' | 'warning' | 'info';

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
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The glossary entry a finding came from, as shown to users. */
export interface EntryRef {
  term: string;
  category: string;
  glossary: string;
  line?: number;
  note?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Always `source.slice(range.start.offset, range.end.offset)`. */
  text: string;
  /** How sure the rule is that this is a real error, 0..1. */
  confidence: number;
  /** Best first. */
  suggestions: Suggestion[];
  /** Present when the first suggestion is safe to apply without a human (`--fix`). */
  fix?: TextEdit;
  entry?: EntryRef;
}

/** A finding the engine left out because a more specific one covered the same text. */
export interface DroppedFinding {
  ruleId: string;
  text: string;
  range: Range;
  reason: string;
}
