/** The anchors two aligned stretches share (align.ts): numbers, name keys and quotes both sides write alike. */
import type { AlignItem } from './align.js';

/**
 * Each sentence's anchors as small integers (one per distinct anchor of either side), and their bit masks.
 * Of each side, the ids of all its sentences are in one array, sentence after sentence: those of sentences
 * [a, b) are ids[at[a]] to ids[at[b] - 1], so a stretch of sentences is one run of it (no array per sentence).
 */
export interface AnchorTable {
  /** The ids of the anchors that the other side has somewhere (see anchorTable). */
  srcIds: Int32Array;
  tgtIds: Int32Array;
  /** Where each sentence's ids start in srcIds / tgtIds (one more entry than sentences). */
  srcAt: Int32Array;
  tgtAt: Int32Array;
  /** Prefix sums of the sentences' anchor counts, all anchors: sentences [a, b) have pre[b] - pre[a]. */
  srcCount: Int32Array;
  tgtCount: Int32Array;
  srcMask: Int32Array;
  tgtMask: Int32Array;
  /** Per anchor id, the anchorAgreement call that last saw it on the target side (see there), and that call's number. */
  seen: Int32Array;
  stamp: number;
}

interface Side {
  ids: Int32Array;
  at: Int32Array;
  count: Int32Array;
  masks: Int32Array;
}

export function anchorTable(src: readonly AlignItem[], tgt: readonly AlignItem[]): AnchorTable {
  // Speed: anchorAgreement runs for every cell of the band and every kind of bead. Comparing strings
  // there was a quarter of the alignment's time, so each distinct anchor becomes an integer once, and
  // each sentence gets a 32-bit mask with bit (id mod 32) set for each of its anchors: an anchor whose
  // bit is not in the target sentences' masks cannot be among their anchors, and is skipped without a
  // search (a bit that is set only says "maybe": the search still decides, so the result is the same).
  // An anchor that only one side has anywhere (most of a German original's: its capitalised nouns) can
  // be shared by no bead: it is counted (the share is of all anchors) but left out of the ids and masks,
  // which then tell more sentences apart and make the searches shorter, with the same counts.
  const ids = new Map<string, number>();
  const total = (xs: readonly AlignItem[]) => xs.reduce((n, x) => n + x.anchors.length, 0);
  const all = [new Int32Array(total(src)), new Int32Array(total(tgt))] as const;
  // per id, the sides that have it: 1 the original, 2 the translation
  const sides = new Uint8Array(all[0].length + all[1].length);
  const number = (xs: readonly AlignItem[], out: Int32Array, side: number) => {
    let n = 0;
    for (const x of xs) {
      for (const anchor of x.anchors) {
        let id = ids.get(anchor);
        if (id === undefined) ids.set(anchor, (id = ids.size));
        sides[id] = (sides[id] as number) | side;
        out[n++] = id;
      }
    }
  };
  number(src, all[0], 1);
  number(tgt, all[1], 2);
  const keep = (xs: readonly AlignItem[], every: Int32Array): Side => {
    let kept = 0;
    for (const id of every) if (sides[id] === 3) kept++;
    const out: Side = { ids: new Int32Array(kept), at: new Int32Array(xs.length + 1), count: new Int32Array(xs.length + 1), masks: new Int32Array(xs.length) };
    let n = 0, k = 0;
    for (let s = 0; s < xs.length; s++) {
      const len = (xs[s] as AlignItem).anchors.length;
      out.count[s + 1] = (out.count[s] as number) + len;
      let mask = 0;
      for (const end = n + len; n < end; n++) {
        const id = every[n] as number;
        if (sides[id] !== 3) continue;
        out.ids[k++] = id;
        mask |= 1 << (id & 31);
      }
      out.at[s + 1] = k;
      out.masks[s] = mask;
    }
    return out;
  };
  const a = keep(src, all[0]), b = keep(tgt, all[1]);
  return { srcIds: a.ids, tgtIds: b.ids, srcAt: a.at, tgtAt: b.at, srcCount: a.count, tgtCount: b.count, srcMask: a.masks, tgtMask: b.masks, seen: new Int32Array(ids.size), stamp: 0 };
}

/** Both stretches have an anchor (all anchors, shared or not): else anchorAgreement is -1. */
export function hasAnchors(c: AnchorTable, s0: number, s1: number, t0: number, t1: number): boolean {
  return (c.srcCount[s1] as number) !== (c.srcCount[s0] as number) && (c.tgtCount[t1] as number) !== (c.tgtCount[t0] as number);
}

/** Past this many (source anchor, target anchor) pairs, anchorAgreement marks instead of searching. */
const MANY_ANCHOR_PAIRS = 256;

/**
 * The share of anchors the two sides agree on (of the side with fewer), or -1 when a side has none.
 * Sentence by sentence, without a map or an object: anchors are few per sentence, and this runs for
 * every cell of the band.
 */
export function anchorAgreement(c: AnchorTable, s0: number, s1: number, t0: number, t1: number): number {
  const ns = (c.srcCount[s1] as number) - (c.srcCount[s0] as number);
  const nt = (c.tgtCount[t1] as number) - (c.tgtCount[t0] as number);
  if (ns === 0 || nt === 0) return -1;
  const smaller = Math.min(ns, nt);
  // the ids of the target sentences are one run: tgtIds[from] to tgtIds[to - 1]
  const from = c.tgtAt[t0] as number, to = c.tgtAt[t1] as number;
  const ks = (c.srcAt[s1] as number) - (c.srcAt[s0] as number);
  if (ks === 0 || to === from) return 0;
  let shared = 0;
  // many anchors on both sides (a "sentence" that is a whole list of numbers and names): searching the
  // target's anchors for each source anchor would take ks * kt steps, so the target's are marked first
  // (a stamp per call, no allocation) and each source anchor is one read: the same count, in ks + kt
  if (ks * (to - from) > MANY_ANCHOR_PAIRS) {
    const stamp = ++c.stamp;
    for (let x = from; x < to; x++) c.seen[c.tgtIds[x] as number] = stamp;
    for (let x = c.srcAt[s0] as number; x < (c.srcAt[s1] as number); x++) if (c.seen[c.srcIds[x] as number] === stamp) shared++;
    return Math.min(shared, smaller) / smaller;
  }
  let targetMask = 0;
  for (let k = t0; k < t1; k++) targetMask |= c.tgtMask[k] as number;
  for (let a = s0; a < s1; a++) {
    // no bit in common: none of this sentence's anchors is on the target side (see anchorTable)
    if (((c.srcMask[a] as number) & targetMask) === 0) continue;
    for (let i = c.srcAt[a] as number; i < (c.srcAt[a + 1] as number); i++) {
      const id = c.srcIds[i] as number;
      if ((targetMask & (1 << (id & 31))) === 0) continue;
      let x = from;
      while (x < to && c.tgtIds[x] !== id) x++;
      if (x < to) shared++;
    }
  }
  return Math.min(shared, smaller) / smaller;
}
