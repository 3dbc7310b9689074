/**
 * A stretch of a text: `start` and `end` (exclusive) are JavaScript string indexes (UTF-16 code units)
 * into the original text, so `text.slice(start, end)` is exactly the stretch. The one position type of
 * the engine: documents' segments, tokens, glossary matches, rules' reports, findings and edits are
 * spans. Line and column are worked out only where a position is shown, from the text
 * (`LineIndex.range`, `locate` in src/findings/locate.ts).
 */
export interface Span {
  start: number;
  end: number;
}

/** Whether two spans share at least one character. */
export function spansOverlap(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The span moved by `delta` characters (a part's span in the whole text). */
export function shiftSpan<T extends Span>(s: T, delta: number): T {
  return { ...s, start: s.start + delta, end: s.end + delta };
}
