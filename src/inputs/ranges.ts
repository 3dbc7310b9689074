import type { Segment } from '../document/document.js';

/** Leaves out segments with nothing but whitespace: they hold no token and only clutter the document. */
export function withProse(text: string, segments: readonly Segment[]): Segment[] {
  return segments.filter((s) => /\S/.test(text.slice(s.start, s.end)));
}

/**
 * Stretches to cut out of others, sorted and merged once so that each question is a binary search and a
 * walk over the holes it meets: cutting n segments with m holes takes time in n log m plus what is cut,
 * not in n times m (a Markdown HTML block of 32,000 lines in a block quote, one hole per line, took 181 s).
 * An empty hole cuts nothing.
 */
export class Holes {
  /** The holes' union: sorted, disjoint, not touching, none empty (so their ends are sorted too). */
  private readonly merged: Segment[] = [];

  constructor(holes: readonly Segment[]) {
    const sorted = holes.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
    for (const h of sorted) {
      const last = this.merged[this.merged.length - 1];
      if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
      else this.merged.push({ start: h.start, end: h.end });
    }
  }

  /** Pushes onto `out` the parts of `seg` outside the holes, in order. */
  cut(seg: Segment, out: Segment[]): void {
    let at = seg.start;
    for (let k = this.firstEndingAfter(seg.start); k < this.merged.length; k++) {
      const h = this.merged[k] as Segment;
      if (h.start >= seg.end) break;
      if (h.start > at) out.push({ start: at, end: h.start });
      at = Math.max(at, h.end);
    }
    if (seg.end > at) out.push({ start: at, end: seg.end });
  }

  /** Whether a hole overlaps `seg`. */
  touches(seg: Segment): boolean {
    const h = this.merged[this.firstEndingAfter(seg.start)];
    return h !== undefined && h.start < seg.end;
  }

  /** The index of the first hole that ends after `offset` (the holes' count when none does). */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.merged.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.merged[mid] as Segment).end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/**
 * The text with a U+FEFF that opens it read as a space: the same length, so every offset holds. After the
 * byte-order mark (inputs/index.ts takes one off) a U+FEFF is a character of the text (files joined with
 * their marks), kept in the document, which a parser that allows no other character before its first
 * token (PO's line scan, JSON) reads as the blank it stands for.
 */
export function markAsSpace(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}
