import { createDocument, type Document, type Segment } from '../document/document.js';
import { firstStartingAt, shiftSpan } from '../document/span.js';
import type { SpanDropped, SpanFinding } from '../findings/finding.js';
import { TAG } from '../document/prose-markup.js';
import { HTML_INLINE, XML_INLINE, XML_INLINE_CODE } from '../inputs/inline.js';

/** Texts up to this size are checked whole; larger ones in parts of about this size. */
export const CHUNK_CHARS = 256 * 1024;

/**
 * Splits a large document's segments into parts of about CHUNK_CHARS: a segment goes whole into a part
 * (the next one, if the current one is too full for it), and only a segment longer than a part is cut,
 * at a paragraph break (or a line break, or a space) so no sentence is cut. Each part is checked on its
 * own, so memory holds the tokens of one part at a time, not of a 10 MB batch. The price: rules that
 * look at the whole document (name consistency, the dominant country) see one part at a time.
 */
export function chunkSegments(doc: Document): Segment[][] {
  const total = doc.segments.reduce((n, s) => n + (s.end - s.start), 0);
  if (total <= CHUNK_CHARS) return [doc.segments];
  const runs = joinedRuns(doc);
  const parts: Segment[][] = [];
  let part: Segment[] = [];
  // the index in doc.segments of each piece of `part`
  let of: number[] = [];
  let size = 0;
  const flush = () => {
    if (part.length > 0) parts.push(part);
    part = [];
    of = [];
    size = 0;
  };
  doc.segments.forEach((seg, i) => {
    let start = seg.start;
    // a segment that fits in a part goes whole into the next one when this one is too full for it: a
    // unit of XLIFF or a paragraph cut at its last space lost the finding on a term across the cut
    // (and so do the segments before it that only inline code parts from it, `"run <code>ls</code> now"`: a
    // quotation or sentence they share was cut in two, each half checked alone). They go along only while
    // the part left behind stays at least half full: a paragraph of thousands of such segments is cut where
    // the part is full, as a long segment is, so parts stay about CHUNK_CHARS and the work linear (carrying
    // the run each time made a part of each segment, and quadratic work, for one long paragraph of code)
    if (seg.end - start > CHUNK_CHARS - size && seg.end - start <= CHUNK_CHARS) {
      let keep = part.length;
      let kept = seg.end - start;
      while (keep > 0 && (of[keep - 1] as number) >= (runs[i] as number)) kept += segSize(part[--keep] as Segment);
      const carry = keep > 0 && keep < part.length && kept <= CHUNK_CHARS && size - (kept - (seg.end - start)) >= CHUNK_CHARS / 2;
      const carried = carry ? part.splice(keep) : [];
      const carriedOf = carry ? of.splice(keep) : [];
      flush();
      part = carried;
      of = carriedOf;
      size = carry ? kept - (seg.end - start) : 0;
    }
    while (seg.end - start > CHUNK_CHARS - size) {
      const cut = breakBefore(doc.text, start, start + (CHUNK_CHARS - size));
      if (cut <= start) {
        flush();
        if (seg.end - start <= CHUNK_CHARS) break;
        const hard = breakBefore(doc.text, start, start + CHUNK_CHARS);
        const at = hard > start ? hard : notInEscape(doc.escapes, start, start + CHUNK_CHARS);
        parts.push([{ start, end: at }]);
        start = at;
        continue;
      }
      part.push({ start, end: cut });
      of.push(i);
      flush();
      start = cut;
    }
    if (seg.end > start) {
      part.push({ start, end: seg.end });
      of.push(i);
      size += seg.end - start;
    }
  });
  flush();
  return parts;
}

/** Per segment, the index of the first segment of its run of segments that only inline markup parts (see joined): one pass. */
function joinedRuns(doc: Document): Int32Array {
  const runs = new Int32Array(doc.segments.length);
  for (let i = 1; i < doc.segments.length; i++) runs[i] = joined(doc.text, doc.segments[i - 1] as Segment, doc.segments[i] as Segment) ? (runs[i - 1] as number) : i;
  return runs;
}

function segSize(s: Segment): number {
  return s.end - s.start;
}

/** At most this much markup between two segments is read to tell whether they are parts of one sentence. */
const MAX_JOIN_GAP = 2000;

/**
 * Only inline markup parts two segments (`<code>`, `<em>`, DITA's `<codeph>` and `<userinput>`), no block: they are parts of
 * one sentence, which a cut between them would split.
 */
function joined(text: string, a: Segment, b: Segment): boolean {
  if (b.start - a.end > MAX_JOIN_GAP) return false;
  let tags = 0;
  for (const m of text.slice(a.end, b.start).matchAll(TAG)) {
    const name = (m[1] as string).toLowerCase();
    if (!HTML_INLINE.has(name) && !XML_INLINE_CODE.has(name) && !XML_INLINE.has(name)) return false;
    tags++;
  }
  return tags > 0;
}

/**
 * `at`, or the start of the escape it falls inside (its end, if the escape starts at or before `from`):
 * a cut inside `&amp;` left neither part the escape, so a finding on it covered its "&" alone.
 */
function notInEscape(escapes: readonly Segment[] | undefined, from: number, at: number): number {
  const e = escapes?.[firstStartingAt(escapes, at) - 1];
  if (!e || e.end <= at) return at;
  return e.start > from ? e.start : e.end;
}

/**
 * The last paragraph break, else line break, else space starting in text(from, to) and ending by `to`,
 * as the offset after it; `from` when there is none. Each search reads the part alone: lastIndexOf on
 * the whole text went on back to its start when the part had no such break, so a 50 MB line read about
 * 200 parts x 3 x 25 MB (47 s; 12.5 MB 4.3 s).
 */
function breakBefore(text: string, from: number, to: number): number {
  const part = text.slice(from + 1, to);
  for (const sep of ['\n\n', '\n', ' ']) {
    const at = part.lastIndexOf(sep);
    if (at !== -1) return from + 1 + at + sep.length;
  }
  return from;
}

/**
 * A part of a plain document as a document of its own: the text from the part's first segment to its
 * last, with segments and suppressions moved to match. Rules that scan the whole text then scan
 * only the part.
 */
export function slicePart(doc: Document, segments: Segment[]): { doc: Document; base: number } {
  const base = segments[0]?.start ?? 0;
  const end = segments[segments.length - 1]?.end ?? base;
  const move = (s: Segment) => ({ start: s.start - base, end: s.end - base });
  const suppressions = doc.suppressions
    ?.filter((s) => s.end > base && s.start < end)
    .map((s) => ({ ...s, start: Math.max(0, s.start - base), end: Math.min(end, s.end) - base }));
  const part = createDocument(doc.text.slice(base, end), {
    // (a part that opens with U+FEFF keeps it: it is a character of the text, not a mark)
    bom: false,
    segments: segments.map(move),
    ...(doc.path !== undefined ? { path: doc.path } : {}),
    ...(suppressions ? { suppressions } : {}),
    ...(doc.format ? { format: doc.format } : {}),
    ...(doc.prose !== undefined ? { prose: doc.prose.slice(base, end) } : {}),
    ...(doc.kind ? { kind: doc.kind } : {}),
    ...(doc.escapes ? { escapes: escapesIn(doc.escapes, base, end) } : {}),
    ...(doc.code ? { code: escapesIn(doc.code, base, end) } : {}),
    // the part's own: a word of the part's prose is the document's term when the part writes it as code too
    ...(doc.terms ? { terms: escapesIn(doc.terms, base, end) } : {}),
  });
  return { doc: part, base };
}

/** The escapes (or code, or terms: sorted) inside [base, end), moved to the part's offsets: a binary search for the first, so each part costs its own. */
function escapesIn<S extends Segment>(escapes: readonly S[], base: number, end: number): S[] {
  const out: S[] = [];
  for (let i = firstStartingAt(escapes, base); i < escapes.length && (escapes[i] as S).end <= end; i++) out.push({ ...(escapes[i] as S), start: (escapes[i] as S).start - base, end: (escapes[i] as S).end - base });
  return out;
}

/** Moves a part's findings back to offsets in the whole document (positions are spans: a shift is all it takes). */
export function moveBack(findings: SpanFinding[], dropped: SpanDropped[], base: number): void {
  for (const f of findings) {
    f.span = shiftSpan(f.span, base);
    if (f.fix) f.fix = shiftSpan(f.fix, base);
  }
  for (const d of dropped) d.span = shiftSpan(d.span, base);
}
