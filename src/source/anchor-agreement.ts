/** The anchors two aligned stretches share (align.ts): numbers, name keys and quotes both sides write alike. */
import type { AlignItem } from './align.js';

/** Each sentence's anchors as small integers (one per distinct anchor of either side), and their bit masks. */
export interface AnchorTable {
  srcIds: Int32Array[];
  tgtIds: Int32Array[];
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
  const ids = new Map<string, number>();
  const side = (xs: readonly AlignItem[]) => {
    const lists: Int32Array[] = [];
    const masks = new Int32Array(xs.length);
    for (let k = 0; k < xs.length; k++) {
      const anchors = (xs[k] as AlignItem).anchors;
      const list = new Int32Array(anchors.length);
      let mask = 0;
      for (let a = 0; a < anchors.length; a++) {
        let id = ids.get(anchors[a] as string);
        if (id === undefined) ids.set(anchors[a] as string, (id = ids.size));
        list[a] = id;
        mask |= 1 << (id & 31);
      }
      lists.push(list);
      masks[k] = mask;
    }
    return { lists, masks };
  };
  const s = side(src), t = side(tgt);
  return { srcIds: s.lists, tgtIds: t.lists, srcMask: s.masks, tgtMask: t.masks, seen: new Int32Array(ids.size), stamp: 0 };
}

/** Past this many (source anchor, target anchor) pairs, anchorAgreement marks instead of searching. */
const MANY_ANCHOR_PAIRS = 256;

/**
 * The share of anchors the two sides agree on (of the side with fewer), or -1 when a side has none.
 * Sentence by sentence, without a map or an object: anchors are few per sentence, and this runs for
 * every cell of the band.
 */
export function anchorAgreement(c: AnchorTable, s0: number, s1: number, t0: number, t1: number): number {
  let ns = 0, nt = 0, shared = 0, targetMask = 0;
  for (let k = s0; k < s1; k++) ns += (c.srcIds[k] as Int32Array).length;
  for (let k = t0; k < t1; k++) {
    nt += (c.tgtIds[k] as Int32Array).length;
    targetMask |= c.tgtMask[k] as number;
  }
  if (ns === 0 || nt === 0) return -1;
  const smaller = Math.min(ns, nt);
  // many anchors on both sides (a "sentence" that is a whole list of numbers and names): searching the
  // target's anchors for each source anchor would take ns * nt steps, so the target's are marked first
  // (a stamp per call, no allocation) and each source anchor is one read: the same count, in ns + nt
  if (ns * nt > MANY_ANCHOR_PAIRS) {
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
