import type { Document } from './document.js';
import { pastFillers } from './tokens.js';

/**
 * A place of the prose view (Document.prose) that a reader of the page does not see. The prose view keeps
 * every offset by writing markup, code it leaves out (`<code>`, Markdown's backticks) and the padding of
 * an escape (`&quot;` is `"` and five spaces, src/inputs/view.ts) as spaces, so a rule that reads the
 * character beside a quotation mark would take `Save</em>"` for `Save "`. Hidden: a space of the prose
 * view over anything else in the file; a space or line break of the file outside every segment (inside
 * an element left out, which cuts the prose there) or between two hidden letters or digits (inside
 * left-out code written within a segment: "`Word Count`"), or between one and the backtick next to it ("`cd `"). The file's other spaces stay (`</em> "`: the
 * tag goes, the space is seen).
 */
export function isHidden(doc: Document, i: number): boolean {
  const prose = doc.prose;
  if (prose === undefined) return false;
  const c = prose.charCodeAt(i);
  // (a line break the prose view keeps, inside an element left out: `<code>a\nb</code>`)
  if (c === 10 || c === 13) return !inSegment(doc, i);
  if (c !== 32) return false;
  const file = doc.text;
  if (!isSpace(file.charCodeAt(i))) return true;
  if (!inSegment(doc, i)) return true;
  // (or between a hidden letter and the backtick that ends or starts the code: "`cd `")
  const l = file.charAt(i - 1);
  const r = file.charAt(i + 1);
  return prose.charCodeAt(i - 1) === 32 && prose.charCodeAt(i + 1) === 32 && (WORD.test(l) || (l === '`' && WORD.test(r))) && (WORD.test(r) || r === '`');
}

/**
 * From i, stepping by `step`, the first place in [from, to) of `text` (the prose a rule reads) that a
 * reader of the page sees: hidden places (isHidden) and fillers (an escape's padding inside a word,
 * tokens.ts) are passed over, but in an HTML or Markdown page a character of code left out of the prose
 * is seen, outside a tag (`"Export to <code>CSV</code>"` ends after a letter, as the page shows it; read
 * it with seenAt). An escape's padding alone, with no markup beside it, reads as the space it was placed
 * for (`path=\"%s\"` in a PO string: the padding stands outside the marks, src/inputs/view.ts): its
 * first place is returned. Outside the range it returns the place past it (from - 1 or to).
 */
export function pastMarkup(doc: Document, text: string, i: number, from: number, to: number, step: 1 | -1): number {
  let pad = -1;
  let markup = false;
  const file = doc.text;
  // (a page shows its code; the inline codes of a translation file, `<bpt>&lt;b&gt;</bpt>`, stand for markup)
  const html = doc.format === 'html';
  const shown = html || doc.format === 'markdown';
  while (i >= from && i < to) {
    const next = pastFillers(text, i, to, step);
    if (next !== i) {
      i = next;
      continue;
    }
    if (!isHidden(doc, i)) break;
    const c = file.charAt(i);
    const escape = inEscape(doc, i);
    // (in a page, a "<" or ">" that ends no tag is code the page shows: `"<kbd>></kbd>"`; in Markdown, one in code
    // is code (`"a > b"` in backticks), one outside it may end an inline tag: `<b>"hi"</b>`)
    const other = c === (step < 0 ? '>' : '<') && (html || (doc.format === 'markdown' && !inCode(doc, i))) ? tagEdge(file, i, step) : -1;
    if (other >= 0) {
      markup = true;
      i = other + step;
      continue;
    }
    if (shown && !escape && SEEN.test(c)) return i;
    if (!escape) markup = true;
    else if (pad < 0 && text.charCodeAt(i) === 32) pad = i;
    i += step;
  }
  return pad >= 0 && !markup ? pad : i;
}

/**
 * The character a reader sees at place i (found by pastMarkup): "x" where the prose view hides code the
 * page shows (whatever its characters, "--", "//", "?": a rule reading punctuation beside a mark must not
 * take code for an opening dash or slash), a space for an escape's padding.
 */
export function seenAt(doc: Document, text: string, i: number): string {
  return isHidden(doc, i) && !inEscape(doc, i) ? 'x' : text.charAt(i);
}

/** A tag of a marked-up file, its name captured; an attribute value may hold ">" (`title="a > b"`). */
export const TAG = /<\/?([A-Za-z][\w-]*)(?:[^<>"']|"[^"]*"|'[^']*')*>/g;

const TAG_AT = new RegExp(TAG.source, 'y');
/** A tag is read this far at most. */
const MAX_TAG = 1024;

/** The code terms of a document (Document.terms), by start, made once per document. */
const CODE = new WeakMap<Document, { starts: number[]; ends: number[] }>();

/** Offset i lies in code the document's input recorded (a code span or block, inline HTML code). */
function inCode(doc: Document, i: number): boolean {
  let code = CODE.get(doc);
  if (!code) {
    const spans = (doc.terms ?? []).filter((t) => t.code).sort((a, b) => a.start - b.start);
    code = { starts: spans.map((t) => t.start), ends: spans.map((t) => t.end) };
    CODE.set(doc, code);
  }
  // the last span starting at or before i (code spans do not nest)
  let lo = 0;
  let hi = code.starts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((code.starts[mid] as number) <= i) (at = mid), (lo = mid + 1);
    else hi = mid - 1;
  }
  return at >= 0 && i < (code.ends[at] as number);
}

/**
 * The other end of the tag whose first ("<", step 1) or last (">", step -1) character is at i in the file,
 * or -1 when none ends or starts there (a "<" or ">" of code, `<code>a > b</code>`).
 */
function tagEdge(file: string, i: number, step: 1 | -1): number {
  if (step > 0) {
    TAG_AT.lastIndex = 0;
    const m = TAG_AT.exec(file.slice(i, i + MAX_TAG));
    return m ? i + m[0].length - 1 : -1;
  }
  // (an attribute value may hold "<": try the few nearest)
  for (let j = file.lastIndexOf('<', i), tries = 0; j >= 0 && i - j < MAX_TAG && tries < 4; j = file.lastIndexOf('<', j - 1), tries++) {
    TAG_AT.lastIndex = 0;
    const m = TAG_AT.exec(file.slice(j, i + 1));
    if (m && m[0].length === i + 1 - j) return j;
  }
  return -1;
}

const WORD = /[\p{L}\p{N}]/u;
/** What a page shows of its code: anything but spaces and the characters of Markdown's own syntax. */
const SEEN = /[^\s*_~`[\]()!#\\]/u;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** i lies in one of the document's segments. */
function inSegment(doc: Document, i: number): boolean {
  return inSpans(doc.segments, i);
}

/** i lies in one of the document's escapes. */
function inEscape(doc: Document, i: number): boolean {
  return doc.escapes !== undefined && inSpans(doc.escapes, i);
}

/** i lies in one of `spans` (sorted and disjoint: a binary search). */
function inSpans(spans: readonly { start: number; end: number }[], i: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = spans[mid] as { start: number; end: number };
    if (i < e.start) hi = mid - 1;
    else if (i >= e.end) lo = mid + 1;
    else return true;
  }
  return false;
}
