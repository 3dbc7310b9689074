import type { Document } from './document.js';
import { firstStartingAt, type Span } from './span.js';

/**
 * Whether a replacement of text[start, end) would rewrite only the document's prose, so that nothing a
 * reader does not see as words is lost with it: no markup, comment, inline code or link address (where the
 * prose view, Document.prose, reads otherwise than the file outside an entity or escape), and nothing but
 * whitespace outside the segments (the line break before a removed line). An entity or escape is prose,
 * the character it stands for (a suggestion may replace `&raquo;` by `”`), unless `escapes` is false:
 * a fix applied without a human leaves them as written. The one test of whether a finding's replacement
 * may be applied (src/engine/run-rule.ts); linear in the stretch, after two binary searches.
 */
export function rewritesOnlyProse(doc: Document, start: number, end: number, escapes: boolean): boolean {
  if (end <= start) return true;
  const { prose, text } = doc;
  if (prose !== undefined) {
    const decoded = escapes ? (doc.escapes ?? []) : [];
    let k = Math.max(0, firstStartingAt(decoded, start + 1) - 1);
    for (let i = start; i < end; i++) {
      if (prose.charCodeAt(i) === text.charCodeAt(i)) continue;
      while (k < decoded.length && (decoded[k] as Span).end <= i) k++;
      const e = decoded[k];
      if (e === undefined || e.start > i) return false;
      // (the entity is prose: on past it)
      i = e.end - 1;
    }
  }
  return onlySpaceOutside(doc.segments, text, start, end);
}

/** Whether text[start, end) holds nothing but whitespace outside `segments` (sorted by start, disjoint). */
function onlySpaceOutside(segments: readonly Span[], text: string, start: number, end: number): boolean {
  let at = start;
  for (let k = Math.max(0, firstStartingAt(segments, start + 1) - 1); at < end; k++) {
    const s = segments[k];
    const gapEnd = s === undefined ? end : Math.min(end, Math.max(at, s.start));
    if (/\S/.test(text.slice(at, gapEnd))) return false;
    if (s === undefined) break;
    at = Math.max(at, s.end);
  }
  return true;
}
