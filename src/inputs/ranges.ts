import type { Segment } from '../document/document.js';

/**
 * The literal stretches of `text.slice(start, end)`: the parts between matches of `escape` (entity
 * references, backslash escapes). Their decoded text differs from the source, so no token may be
 * formed from them; empty stretches are left out.
 */
export function literalPieces(text: string, start: number, end: number, escape: RegExp): Segment[] {
  const out: Segment[] = [];
  const re = new RegExp(escape.source, escape.flags.includes('g') ? escape.flags : `${escape.flags}g`);
  let at = start;
  for (const m of text.slice(start, end).matchAll(re)) {
    const s = start + (m.index ?? 0);
    if (s > at) out.push({ start: at, end: s });
    at = s + m[0].length;
  }
  if (end > at) out.push({ start: at, end });
  return out;
}

/** Sorts segments and joins those that touch, so a phrase split only by the parser's chunking stays whole. */
export function mergeTouching(segments: readonly Segment[]): Segment[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Leaves out segments with nothing but whitespace: they hold no token and only clutter the document. */
export function withProse(text: string, segments: readonly Segment[]): Segment[] {
  return segments.filter((s) => /\S/.test(text.slice(s.start, s.end)));
}

/** `segments` with the `holes` cut out of them (both sorted or not). */
export function subtract(segments: readonly Segment[], holes: readonly Segment[]): Segment[] {
  if (holes.length === 0) return [...segments];
  const sortedHoles = [...holes].sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  for (const seg of segments) {
    let at = seg.start;
    for (const h of sortedHoles) {
      if (h.end <= at || h.start >= seg.end) continue;
      if (h.start > at) out.push({ start: at, end: h.start });
      at = Math.max(at, h.end);
    }
    if (seg.end > at) out.push({ start: at, end: seg.end });
  }
  return out;
}
