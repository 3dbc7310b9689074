import type { Alignment, Pair } from './align.js';
import type { WordMatch } from './similarity.js';

/**
 * Alignments kept by the run memo (memo.ts), packed into one growing Int32Array: per alignment its
 * first and last word, inserted, termCovered, missingBefore, missingAfter and number of pairs, then per
 * pair word, words, termWord, termWords and the place of its WordMatch in `matches` (the match objects
 * are shared with the comparisons' memo, so only a reference each is kept). A 1 MB text keeps ~85,000
 * alignments: as objects (an alignment, its pairs array, a Pair each) they held 13.5 MB of V8's old space,
 * walked by every full collection; packed they are ~6 MB the collector does not walk. An alignment read
 * back is made into objects again, as the memo did anyway to move it to where its run is.
 */
export class PackedAlignments {
  private ints = new Int32Array(1 << 12);
  private used = 0;
  private matches: WordMatch[] = [];
  /** The pairs being read back (written over at every get). */
  private readonly pairs: Pair[] = [];

  /** Keeps `al` with its written-word indexes moved by `by`; the number returned reads it back. */
  put(al: Alignment, by: number): number {
    const n = al.pairs.length;
    if (this.used + 7 + 5 * n > this.ints.length) {
      const bigger = new Int32Array(Math.max(2 * this.ints.length, this.used + 7 + 5 * n));
      bigger.set(this.ints.subarray(0, this.used));
      this.ints = bigger;
    }
    const v = this.ints;
    const at = this.used;
    v[at] = al.first + by;
    v[at + 1] = al.last + by;
    v[at + 2] = al.inserted;
    v[at + 3] = al.termCovered;
    v[at + 4] = al.missingBefore;
    v[at + 5] = al.missingAfter;
    v[at + 6] = n;
    let p = at + 7;
    for (const pair of al.pairs) {
      v[p] = pair.word + by;
      v[p + 1] = pair.words;
      v[p + 2] = pair.termWord;
      v[p + 3] = pair.termWords;
      v[p + 4] = this.matches.length;
      this.matches.push(pair.match);
      p += 5;
    }
    this.used = p;
    return at;
  }

  /** The alignment kept at `at`, its written-word indexes moved by `by`. */
  get(at: number, by: number): Alignment {
    const v = this.ints;
    const n = v[at + 6] as number;
    // (the pairs go into an array of their number: pushed onto [], they got a store of 17 slots)
    const list = this.pairs;
    for (let i = 0, p = at + 7; i < n; i++, p += 5) {
      list[i] = { word: (v[p] as number) + by, words: v[p + 1] as number, termWord: v[p + 2] as number, termWords: v[p + 3] as number, match: this.matches[v[p + 4] as number] as WordMatch };
    }
    const pairs = list.slice(0, n);
    return { pairs, first: (v[at] as number) + by, last: (v[at + 1] as number) + by, inserted: v[at + 2] as number, termCovered: v[at + 3] as number, missingBefore: v[at + 4] as number, missingAfter: v[at + 5] as number };
  }
}
