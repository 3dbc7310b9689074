import { wordHash } from '../glossary/trie.js';
import type { ComparedWord } from './similarity.js';

// Lower bounds of the edit distances compare() (similarity.ts) measures between two name words and
// their acceptable spellings, from summaries kept on each word: a pair whose bound is over what its
// length allows is "not alike" without a string compared.

/**
 * The words may have a spelling in common: their sorted hashes of `spellings` (FNV-1a, made once per
 * word) share one. False means no spelling in common; true is then checked on the strings.
 */
export function mayShareSpelling(w: ComparedWord, t: ComparedWord): boolean {
  const a = spellingHashes(w);
  const b = spellingHashes(t);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) return true;
    if (x < y) i++;
    else j++;
  }
  return false;
}

function spellingHashes(w: ComparedWord): Int32Array {
  let h = w.spellingHashes;
  if (h === undefined) {
    h = new Int32Array(w.spellings.length);
    for (let i = 0; i < w.spellings.length; i++) {
      const s = w.spellings[i] as string;
      h[i] = wordHash(s, s.length);
    }
    h.sort();
    w.spellingHashes = h;
  }
  return h;
}

/**
 * Every distance compare() measures (the folded words', and each pair of acceptable spellings') is over
 * `allowed`, by a lower bound: two words' edit distance (with transpositions) is at least their
 * difference in length, and at least the number of letters one has and the other has not (an edit adds
 * or removes at most one letter of each side's letter set), counted on 32-bit letter sets (letterSets).
 * A bound, so the answer is the one the distances would give; with the spelling hashes it rules out ~80% of the distinct pairs of a text
 * in a few integer operations.
 */
export function fartherThan(w: ComparedWord, t: ComparedWord, allowed: number): boolean {
  return quickBound(w, t) > allowed || distanceBound(w, t, allowed) > allowed;
}

/**
 * A lower bound of distanceBound in a few integer operations: every pair of strings distanceBound looks at
 * is one of w's (folded or acceptable spellings) and one of t's, and for any such pair the length
 * difference is at least the gap between one word's shortest and the other's longest, and the letters
 * one has and the other has not include those in all of one word's strings and in none of the other's
 * (the intersection of its letter sets less the union of the other's). Speed: quicklyNone is asked for
 * every word pair an alignment tries (~700,000 at 1m/10k), and the loop over pairs of spellings was most
 * of its time; this bound rules out most pairs first, and is never above the loop's answer.
 */
export function quickBound(w: ComparedWord, t: ComparedWord): number {
  const ws = letterSets(w);
  const ts = letterSets(t);
  const n = ws.length;
  const m = ts.length;
  // (the last four entries of letterSets: intersection, union, shortest, longest)
  const gap = Math.max((ws[n - 2] as number) - (ts[m - 1] as number), (ts[m - 2] as number) - (ws[n - 1] as number));
  return Math.max(gap, bitCount((ws[n - 4] as number) & ~(ts[m - 3] as number)), bitCount((ts[m - 4] as number) & ~(ws[n - 3] as number)));
}

/** The least lower bound of those distances (see fartherThan), or the first one found at or under `allowed`. */
export function distanceBound(w: ComparedWord, t: ComparedWord, allowed: number): number {
  const ws = letterSets(w);
  const ts = letterSets(t);
  let least = lowerBound(w.folded, t.folded, ws[0] as number, ts[0] as number);
  for (let i = 0; i < w.same.length && least > allowed; i++) {
    for (let j = 0; j < t.same.length && least > allowed; j++) {
      least = Math.min(least, lowerBound(w.same[i] as string, t.same[j] as string, ws[i + 1] as number, ts[j + 1] as number));
    }
  }
  return least;
}

/** quickBound and the least bound over the spellings it bounds, of two compared words (for their tests). */
export function wordDistanceBounds(w: ComparedWord, t: ComparedWord): [quick: number, least: number] {
  return [quickBound(w, t), distanceBound(w, t, -1)];
}

/** The lower bound of fartherThan for two strings (exported for its tests). */
export function distanceLowerBound(a: string, b: string): number {
  return lowerBound(a, b, letterSet(a), letterSet(b));
}

export function lowerBound(a: string, b: string, sa: number, sb: number): number {
  return Math.max(Math.abs(a.length - b.length), bitCount(sa & ~sb), bitCount(sb & ~sa));
}

/**
 * The letter sets of the word's folded form and of each acceptable spelling, then the four summaries of
 * quickBound, kept on the word: bit
 * (code - 97) for a to z, and bits 26-31 shared by any other character (sharing a bit only lowers the
 * count, so the bound stays a bound).
 */
export function letterSets(w: ComparedWord): Int32Array {
  let sets = w.letterSets;
  if (sets === undefined) {
    const n = 1 + w.same.length;
    sets = new Int32Array(n + 4);
    sets[0] = letterSet(w.folded);
    for (let i = 0; i < w.same.length; i++) sets[i + 1] = letterSet(w.same[i] as string);
    // then, over the folded word and every acceptable spelling (quickBound): the letters all of them
    // have, the letters any has, the shortest length and the longest
    let all = -1;
    let any = 0;
    let shortest = w.folded.length;
    let longest = w.folded.length;
    for (let i = 0; i < n; i++) {
      all &= sets[i] as number;
      any |= sets[i] as number;
      const len = i === 0 ? w.folded.length : (w.same[i - 1] as string).length;
      if (len < shortest) shortest = len;
      if (len > longest) longest = len;
    }
    sets[n] = all;
    sets[n + 1] = any;
    sets[n + 2] = shortest;
    sets[n + 3] = longest;
    w.letterSets = sets;
  }
  return sets;
}

function letterSet(s: string): number {
  let set = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    set |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return set;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
