import type { Segment } from '../document/document.js';

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
