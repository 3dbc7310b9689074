import type { GlossaryEntry } from '../glossary/types.js';
import type { GlossaryMatch } from '../glossary/compile.js';
import type { Span } from './aligned.js';

/** A text's glossary occurrences by entry, each entry's in order of start (the rules make it once per check). */
export function matchesByEntry(matches: readonly GlossaryMatch[]): Map<GlossaryEntry, Span[]> {
  const out = new Map<GlossaryEntry, Span[]>();
  for (const m of matches) (out.get(m.entry) ?? out.set(m.entry, []).get(m.entry) as Span[]).push(m);
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * An occurrence lies inside the window: the first that starts in it, found by binary search (a name the text
 * writes thousands of times is asked about at each sentence that names it: a scan of its occurrences each time
 * was quadratic).
 */
export function occursWithin(list: readonly Span[] | undefined, window: Span): boolean {
  if (!list) return false;
  const lo = firstFrom(list, window.start);
  // those that start in the window, until one also ends in it (the first, unless one runs past the window's end)
  for (let i = lo; i < list.length && (list[i] as Span).start < window.end; i++) if ((list[i] as Span).end <= window.end) return true;
  return false;
}

/** The index of the first span of `list` (in order of start) that starts at `at` or after, by binary search. */
export function firstFrom(list: readonly Span[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Span).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
