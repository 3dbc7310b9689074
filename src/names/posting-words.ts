import type { CompiledGlossary } from '../glossary/compile.js';
import { foldName } from './fold.js';
import type { PostingsLookup } from './index-cache.js';
import type { ComparedWord } from './similarity.js';

/** A word of the postings as NameIndex.candidates reads it, made once per word. */
export interface PostingWord {
  readonly folded: string;
  /** The ids of the terms that hold it, in the glossary's order. */
  readonly ids: Int32Array;
  /** The word as compared (NameIndex.comparedFolded of `folded`), made on first use (a word whose ids are passed over never is). */
  compared: ComparedWord | undefined;
  /** The candidates() search that last tried it (each posting word is compared once per search). */
  tried: number;
}

/** Keys shared by more words than this say too little to be worth trying ("K", "M"). */
export const MAX_POSTINGS = 48;
/** Posting words kept with their folded letters, term ids and compared form (the glossary's words bound them anyway). */
const POSTING_LIMIT = 65_536;
const NO_WORDS: readonly PostingWord[] = [];

/**
 * The postings' words under a key, each with its folded letters, term ids and compared form, resolved
 * once per key. Speed: a candidate search reads some tens of posting words per distinct text word
 * (97,000 for 4,600 searches at 1 MB with 10,000 entries); finding each word's record by its string and
 * then its compared form by its folded letters (two string-keyed map reads per posting word) cost more
 * than most comparisons, which the integer tests of similarity.ts answer. Here a key's list is one map
 * read, its records at hand. The records are what those reads gave: the same words, in the same order,
 * compared alike (a word's compared form depends on its letters alone).
 */
export class PostingWords {
  private readonly byWord = new Map<string, PostingWord>();
  private readonly byKey = new Map<string, readonly PostingWord[]>();

  constructor(
    private readonly postings: PostingsLookup,
    private readonly glossary: CompiledGlossary,
  ) {}

  /** The posting words under key k, in the postings' order; none for a key with none or with more than MAX_POSTINGS. */
  under(k: string): readonly PostingWord[] {
    let list = this.byKey.get(k);
    if (list === undefined) {
      const words = this.postings.get(k);
      // (most keys looked up are no key of the postings: kept as they were, by the postings alone)
      if (!words) return NO_WORDS;
      list = words.length > MAX_POSTINGS ? NO_WORDS : words.map((w) => this.word(w));
      // (the lists hold records of byWord: both start afresh together, see word)
      this.byKey.set(k, list);
    }
    return list;
  }

  /** Posting word w's record, made on first use. */
  word(w: string): PostingWord {
    let p = this.byWord.get(w);
    if (!p) {
      const folded = foldName(w);
      p = { folded, ids: this.glossary.termIdsOf(w) ?? new Int32Array(0), compared: undefined, tried: 0 };
      if (this.byWord.size >= POSTING_LIMIT) {
        this.byWord.clear();
        this.byKey.clear();
      }
      this.byWord.set(w, p);
    }
    return p;
  }
}
