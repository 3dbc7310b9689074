/**
 * The answers of compareWords (similarity.ts) by pair of words, in one bounded table for all words.
 *
 * Name matching compares each capitalised word of a text with the words of its candidate terms, again at
 * every alignment it is part of: 734,000 comparisons at 1 MB with 10,000 entries, of 292,000 distinct
 * pairs. A Map per word, keyed by the other word, held these answers (~12 MB of Map tables at 1 MB, and
 * up to 20,000 words x 256 answers in a long text or service), all of it in V8's old space, where every
 * full collection walks it and the heap limit grows with it.
 *
 * Here a pair is two small integers (each word gets an id on its first comparison), and the table is
 * open addressing with linear probing in one Int32Array (two ids and the answer per slot), which the
 * collector never walks: 12 bytes a slot, at most MAX_SLOTS slots (12 MB), grown by doubling while at
 * most half full. compareWords keeps here only the pairs its integer tests cannot tell apart (57,000 at
 * 1 MB with 10,000 entries: a 1.5 MB table). An answer is 1 for "not alike" (one shared object: see
 * NONE in similarity.ts) or 2 + its place in `found`, the other answers. When the table is full it
 * starts afresh, and so do the ids (an epoch number tells a word its id is from an older table), so ids
 * stay small and never repeat within a table however long a service runs.
 */
import type { WordMatch } from './similarity.js';

/** A word the memo can hold answers for: an id, given on first use, and the table (epoch) it belongs to. */
export interface MemoWord {
  memoId?: number;
  memoEpoch?: number;
}

const MIN_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 20;

/** Slot s is table[3s] (first id; 0: empty), table[3s + 1] (second id) and table[3s + 2] (answer): one cache line per probe. */
let table = new Int32Array(0);
let slots = 0;
let used = 0;
let found: WordMatch[] = [];
let epoch = 0;
let nextId = 0;

/** The word's id in the current table (ids start at 1: 0 marks an empty slot). */
function idOf(w: MemoWord): number {
  if (w.memoEpoch !== epoch || w.memoId === undefined) {
    w.memoEpoch = epoch;
    w.memoId = ++nextId;
  }
  return w.memoId;
}

/** The pair's first slot: the ids mixed (a multiply and xor-shifts, as in MurmurHash3's finaliser) so that consecutive ids spread. */
function slotOf(a: number, b: number, mask: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) & mask;
}

/**
 * The answer kept for (w, t), or undefined. `none` is what a stored "not alike" stands for.
 * Call remember() with the answer computed after a miss, before comparing any other pair.
 */
export function recall(w: MemoWord, t: MemoWord, none: WordMatch): WordMatch | undefined {
  if (slots === 0) return undefined;
  const a = idOf(w);
  const b = idOf(t);
  const mask = slots - 1;
  const tab = table;
  for (let s = slotOf(a, b, mask); ; s = (s + 1) & mask) {
    const k = tab[3 * s] as number;
    if (k === 0) return undefined;
    if (k === a && tab[3 * s + 1] === b) {
      const v = tab[3 * s + 2] as number;
      return v === 1 ? none : found[v - 2];
    }
  }
}

export function remember(w: MemoWord, t: MemoWord, m: WordMatch, none: WordMatch): void {
  if (2 * (used + 1) > slots) grow();
  const a = idOf(w);
  const b = idOf(t);
  let v = 1;
  if (m !== none) {
    v = found.length + 2;
    found.push(m);
  }
  put(a, b, v);
  used++;
}

function put(a: number, b: number, v: number): void {
  const mask = slots - 1;
  const tab = table;
  let s = slotOf(a, b, mask);
  while (tab[3 * s] !== 0) s = (s + 1) & mask;
  tab[3 * s] = a;
  tab[3 * s + 1] = b;
  tab[3 * s + 2] = v;
}

/** Twice the slots (rehashing what is kept), or, at MAX_SLOTS, an empty table and new ids. */
function grow(): void {
  if (slots >= MAX_SLOTS) {
    table.fill(0);
    used = 0;
    found = [];
    epoch++;
    nextId = 0;
    return;
  }
  const old = table;
  slots = slots === 0 ? MIN_SLOTS : slots * 2;
  table = new Int32Array(3 * slots);
  for (let i = 0; i < old.length; i += 3) if (old[i] !== 0) put(old[i] as number, old[i + 1] as number, old[i + 2] as number);
}
