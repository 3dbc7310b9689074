import type { Document } from './document.js';
import { pastFillers } from './tokens.js';

/**
 * Where the prose view (Document.prose) blanks markup: a space there that is no space of the file and
 * lies in no escape (an escape's decoded text is padded with spaces to keep its length, src/inputs/view.ts:
 * those read as the spaces they stand beside). The prose view keeps every offset by writing markup as
 * spaces, so a rule that reads the character beside a mark would take `MUST</em>"` for `MUST "`.
 */
export function isBlankedMarkup(doc: Document, i: number): boolean {
  const prose = doc.prose;
  if (prose === undefined || prose.charCodeAt(i) !== 32) return false;
  const c = doc.text.charCodeAt(i);
  if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) return false;
  return !inEscape(doc, i);
}

/**
 * From i, stepping by `step`, the first place in [from, to) that is neither blanked markup nor a filler
 * (an escape's padding inside a word, tokens.ts): what a reader of the page sees beside a character.
 * Outside the range it returns the place past it (from - 1 or to). `text` is the prose the rule reads.
 */
export function pastMarkup(doc: Document, text: string, i: number, from: number, to: number, step: 1 | -1): number {
  while (i >= from && i < to) {
    const next = pastFillers(text, i, to, step);
    if (next !== i) {
      i = next;
      continue;
    }
    if (!isBlankedMarkup(doc, i)) return i;
    i += step;
  }
  return i;
}

/** i lies in one of the document's escapes (sorted, disjoint: a binary search). */
function inEscape(doc: Document, i: number): boolean {
  const escapes = doc.escapes;
  if (!escapes) return false;
  let lo = 0;
  let hi = escapes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = escapes[mid] as { start: number; end: number };
    if (i < e.start) hi = mid - 1;
    else if (i >= e.end) lo = mid + 1;
    else return true;
  }
  return false;
}
