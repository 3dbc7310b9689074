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
 * open addressing with linear probing in three Int32Arrays (key halves and answer), which the collector
 * never walks: 12 bytes a slot, at most MAX_SLOTS slots (12 MB), grown by doubling while at most half
 * full. An answer is 1 for "not alike" (98% of them, one shared object: see NONE in similarity.ts) or
 * 2 + its place in `found`, the other answers. When the table is full it starts afresh, and so do the
 * ids (an epoch number tells a word its id is from an older table), so ids stay small and never repeat
 * within a table however long a service runs.
 */
import type { WordMatch } from './similarity.js';

/** A word the memo can hold answers for: an id, given on first use, and the table (epoch) it belongs to. */
export interface MemoWord {
  memoId?: number;
  memoEpoch?: number;
}

const MIN_SLOTS = 1 << 12;
const MAX_SLOTS = 1 << 20;

let slots = 0;
let keyA = new Int32Array(0);
let keyB = new Int32Array(0);
let answer = new Int32Array(0);
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

function slotOf(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) & mask;
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
  for (let s = slotOf(a, b, mask); ; s = (s + 1) & mask) {
    const k = keyA[s] as number;
    if (k === 0) return undefined;
    if (k === a && keyB[s] === b) {
      const v = answer[s] as number;
      return v === 1 ? none : found[v - 2];
    }
  }
}

export function remember(w: MemoWord, t: MemoWord, m: WordMatch, none: WordMatch): void {
  if (2 * (used + 1) > slots) grow();
  const a = idOf(w);
  const b = idOf(t);
  const mask = slots - 1;
  let s = slotOf(a, b, mask);
  while (keyA[s] !== 0) s = (s + 1) & mask;
  keyA[s] = a;
  keyB[s] = b;
  if (m === none) answer[s] = 1;
  else {
    answer[s] = found.length + 2;
    found.push(m);
  }
  used++;
}

/** Twice the slots (rehashing what is kept), or, at MAX_SLOTS, an empty table and new ids. */
function grow(): void {
  if (slots >= MAX_SLOTS) {
    keyA.fill(0);
    keyB.fill(0);
    used = 0;
    found = [];
    epoch++;
    nextId = 0;
    return;
  }
  const oldA = keyA;
  const oldB = keyB;
  const oldAnswer = answer;
  slots = slots === 0 ? MIN_SLOTS : slots * 2;
  keyA = new Int32Array(slots);
  keyB = new Int32Array(slots);
  answer = new Int32Array(slots);
  const mask = slots - 1;
  for (let i = 0; i < oldA.length; i++) {
    const a = oldA[i] as number;
    if (a === 0) continue;
    const b = oldB[i] as number;
    let s = slotOf(a, b, mask);
    while (keyA[s] !== 0) s = (s + 1) & mask;
    keyA[s] = a;
    keyB[s] = b;
    answer[s] = oldAnswer[i] as number;
  }
}
