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

/**
 * [start, end) widened to cover whole every span of `whole` (sorted, not overlapping) it covers part of:
 * a finding over an escape's first character covers the escape (`\"`, `&amp;`). O(log n).
 */
export function widenToWhole(whole: readonly Span[], start: number, end: number): Span {
  if (end <= start || whole.length === 0) return { start, end };
  const s = containing(whole, start);
  const e = containing(whole, end - 1);
  return { start: s ? s.start : start, end: e ? Math.max(end, e.end) : end };
}

/** The span of `whole` (sorted, not overlapping) that holds offset `at`, if one does: the last to start at or before it. O(log n). */
export function containing(whole: readonly Span[], at: number): Span | undefined {
  const w = whole[firstStartingAt(whole, at + 1) - 1];
  return w !== undefined && w.end > at ? w : undefined;
}

/** The index of the first span of `sorted` (by start) that starts at or after `start` (sorted.length if none). O(log n). */
export function firstStartingAt(sorted: readonly Span[], start: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Span).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
