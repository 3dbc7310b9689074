import type { Document } from '../../src/document/document.ts';

/** Each segment as [start, end, the text it slices]. */
export function spans(doc: Document): [number, number, string][] {
  return doc.segments.map((s) => [s.start, s.end, doc.text.slice(s.start, s.end)]);
}

/** Whether the n-th occurrence (0-based) of `phrase` in the text lies inside one segment and reads as written. */
export function inProse(doc: Document, phrase: string, n = 0): boolean {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = doc.text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" occurs fewer than ${n + 1} times`);
  }
  return (doc.prose ?? doc.text).startsWith(phrase, at) && doc.segments.some((s) => s.start <= at && at + phrase.length <= s.end);
}

/**
 * How many times `phrase` occurs in the file's text, and how many of those the rules read: inside a
 * segment and not blanked in the prose view (a segment can span markup, which reads as blank).
 */
export function occurrences(doc: Document, phrase: string): { all: number; prose: number } {
  let all = 0;
  let prose = 0;
  const view = doc.prose ?? doc.text;
  for (let at = doc.text.indexOf(phrase); at >= 0; at = doc.text.indexOf(phrase, at + 1)) {
    all++;
    if (view.startsWith(phrase, at) && doc.segments.some((s) => s.start <= at && at + phrase.length <= s.end)) prose++;
  }
  return { all, prose };
}

/** Each segment as [start, end, its text as rules read it (the prose view), white space collapsed]. */
export function reads(doc: Document): [number, number, string][] {
  const prose = doc.prose ?? doc.text;
  return doc.segments.map((s) => [s.start, s.end, prose.slice(s.start, s.end).replace(/\s+/g, ' ').trim()]);
}
