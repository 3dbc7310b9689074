import type { Document } from './document.js';
import { firstStartingAt, type Span } from './span.js';

/**
 * Whether a replacement of text[start, end) would rewrite only the document's prose, so that nothing a
 * reader does not see as words is lost with it: no markup, comment, inline code or link address (where the
 * prose view, Document.prose, reads otherwise than the file outside an entity or escape), and nothing but
 * whitespace outside the segments (the line break before a removed line), or the syntax that carries a
 * paragraph or string on to its next line (continuation). An entity or escape is prose,
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
      if (e !== undefined && e.start <= i) {
        // (the entity is prose: on past it)
        i = e.end - 1;
        continue;
      }
      let j = i + 1;
      while (j < end && prose.charCodeAt(j) !== text.charCodeAt(j)) j++;
      if (!escapes || !continuation(text, start, end, i, j)) return false;
      i = j - 1;
    }
  }
  return onlySpaceOutside(doc.segments, text, start, end, escapes);
}

/**
 * Whether text[from, to), with the whitespace around it inside [start, end), is the syntax that carries a
 * paragraph or a string on to the next line and nothing else: a line break with Markdown's quote marker
 * ("Keir\n> Starrer" in a block quote) or PO's closing and opening quotation marks ('"Keir "\n"Starrer'). A
 * replacement that joins the two lines drops it and leaves the file as valid as before, its words in one line:
 * offered to a person (a suggestion, `escapes`), not applied by --fix, which leaves the file's lines as they are.
 */
function continuation(text: string, start: number, end: number, from: number, to: number): boolean {
  let a = from;
  let b = to;
  while (a > start && /\s/.test(text[a - 1] as string)) a--;
  while (b < end && /\s/.test(text[b] as string)) b++;
  const stretch = text.slice(a, b);
  return stretch.includes('\n') && /^[\s">]*$/.test(stretch);
}

/** Whether text[start, end) holds nothing but whitespace (or a line's continuation) outside `segments` (sorted by start, disjoint). */
function onlySpaceOutside(segments: readonly Span[], text: string, start: number, end: number, continued: boolean): boolean {
  let at = start;
  for (let k = Math.max(0, firstStartingAt(segments, start + 1) - 1); at < end; k++) {
    const s = segments[k];
    const gapEnd = s === undefined ? end : Math.min(end, Math.max(at, s.start));
    if (/\S/.test(text.slice(at, gapEnd)) && !(continued && continuation(text, start, end, at, gapEnd))) return false;
    if (s === undefined) break;
    at = Math.max(at, s.end);
  }
  return true;
}
