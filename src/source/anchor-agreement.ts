/** The anchors two aligned stretches share (align.ts): numbers, name keys and quotes both sides write alike. */
import type { AlignItem } from './align.js';

/** Each sentence's anchors as small integers (one per distinct anchor of either side), and their bit masks. */
export interface AnchorTable {
  /** Per sentence, the ids of its anchors that the other side has somewhere (see anchorTable). */
  srcIds: Int32Array[];
  tgtIds: Int32Array[];
  /** Prefix sums of the sentences' anchor counts, all anchors: sentences [a, b) have pre[b] - pre[a]. */
  srcCount: Int32Array;
  tgtCount: Int32Array;
  srcMask: Int32Array;
  tgtMask: Int32Array;
  /** Per anchor id, the anchorAgreement call that last saw it on the target side (see there), and that call's number. */
  seen: Int32Array;
  stamp: number;
}

export function anchorTable(src: readonly AlignItem[], tgt: readonly AlignItem[]): AnchorTable {
  // Speed: anchorAgreement runs for every cell of the band and every kind of bead. Comparing strings
  // there was a quarter of the alignment's time, so each distinct anchor becomes an integer once, and
  // each sentence gets a 32-bit mask with bit (id mod 32) set for each of its anchors: an anchor whose
  // bit is not in the target sentences' masks cannot be among their anchors, and is skipped without a
  // search (a bit that is set only says "maybe": the search still decides, so the result is the same).
  // An anchor that only one side has anywhere (most of a German original's: its capitalised nouns) can
  // be shared by no bead: it is counted (the share is of all anchors) but left out of the lists and masks,
  // which then tell more sentences apart and make the searches shorter, with the same counts.
  const ids = new Map<string, number>();
  const number = (xs: readonly AlignItem[], side: number, sides: number[]): Int32Array[] =>
    xs.map((x) => {
      const list = new Int32Array(x.anchors.length);
      for (let a = 0; a < x.anchors.length; a++) {
        const anchor = x.anchors[a] as string;
        let id = ids.get(anchor);
        if (id === undefined) {
          ids.set(anchor, (id = ids.size));
          sides.push(0);
        }
        sides[id] = (sides[id] as number) | side;
        list[a] = id;
      }
      return list;
    });
  const sides: number[] = [];
  const s = number(src, 1, sides), t = number(tgt, 2, sides);
  const side = (all: Int32Array[]) => {
    const lists: Int32Array[] = [];
    const masks = new Int32Array(all.length);
    const count = new Int32Array(all.length + 1);
    for (let k = 0; k < all.length; k++) {
      const list = all[k] as Int32Array;
      count[k + 1] = (count[k] as number) + list.length;
      let both = 0;
      for (let a = 0; a < list.length; a++) if (sides[list[a] as number] === 3) both++;
      const kept = both === list.length ? list : new Int32Array(both);
      let mask = 0;
      for (let a = 0, b = 0; a < list.length; a++) {
        const id = list[a] as number;
        if (sides[id] !== 3) continue;
        kept[b++] = id;
        mask |= 1 << (id & 31);
      }
      lists.push(kept);
      masks[k] = mask;
    }
    return { lists, masks, count };
  };
  const a = side(s), b = side(t);
  return { srcIds: a.lists, tgtIds: b.lists, srcCount: a.count, tgtCount: b.count, srcMask: a.masks, tgtMask: b.masks, seen: new Int32Array(ids.size), stamp: 0 };
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
  let shared = 0, targetMask = 0, ks = 0, kt = 0;
  for (let k = s0; k < s1; k++) ks += (c.srcIds[k] as Int32Array).length;
  if (ks === 0) return 0;
  for (let k = t0; k < t1; k++) {
    kt += (c.tgtIds[k] as Int32Array).length;
    targetMask |= c.tgtMask[k] as number;
  }
  if (kt === 0) return 0;
  // many anchors on both sides (a "sentence" that is a whole list of numbers and names): searching the
  // target's anchors for each source anchor would take ks * kt steps, so the target's are marked first
  // (a stamp per call, no allocation) and each source anchor is one read: the same count, in ks + kt
  if (ks * kt > MANY_ANCHOR_PAIRS) {
    const stamp = ++c.stamp;
    for (let b = t0; b < t1; b++) for (const id of c.tgtIds[b] as Int32Array) c.seen[id] = stamp;
    for (let a = s0; a < s1; a++) for (const id of c.srcIds[a] as Int32Array) if (c.seen[id] === stamp) shared++;
    return Math.min(shared, smaller) / smaller;
  }
  for (let a = s0; a < s1; a++) {
    // no bit in common: none of this sentence's anchors is on the target side (see anchorTable)
    if (((c.srcMask[a] as number) & targetMask) === 0) continue;
    const sa = c.srcIds[a] as Int32Array;
    for (let i = 0; i < sa.length; i++) {
      const id = sa[i] as number;
      if ((targetMask & (1 << (id & 31))) === 0) continue;
      let found = false;
      for (let b = t0; b < t1 && !found; b++) found = (c.tgtIds[b] as Int32Array).includes(id);
      if (found) shared++;
    }
  }
  return Math.min(shared, smaller) / smaller;
}
