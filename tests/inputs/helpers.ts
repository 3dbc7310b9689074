import type { Document } from '../../src/document/document.ts';

/** Each segment as [start, end, the text it slices]. */
export function spans(doc: Document): [number, number, string][] {
  return doc.segments.map((s) => [s.start, s.end, doc.text.slice(s.start, s.end)]);
}

/** Whether the n-th occurrence (0-based) of `phrase` in the text lies inside one segment. */
export function inProse(doc: Document, phrase: string, n = 0): boolean {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = doc.text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" occurs fewer than ${n + 1} times`);
  }
  return doc.segments.some((s) => s.start <= at && at + phrase.length <= s.end);
}

/** How many times `phrase` occurs in the text, and how many of those lie inside a segment. */
export function occurrences(doc: Document, phrase: string): { all: number; prose: number } {
  let all = 0;
  let prose = 0;
  for (let at = doc.text.indexOf(phrase); at >= 0; at = doc.text.indexOf(phrase, at + 1)) {
    all++;
    if (doc.segments.some((s) => s.start <= at && at + phrase.length <= s.end)) prose++;
  }
  return { all, prose };
}
