import type { Spellings } from './conventions.js';
import type { KeyedSpellings } from './index-cache.js';
import { keysOf } from './phonetic-keys.js';
import type { ComparedWord } from './similarity.js';

/** A word as compared (similarity.ts), its phonetic keys made on first use: most joined words ("Jong" "Un" read as one) never need them. */
export class Compared implements ComparedWord {
  /** The word's place in the comparisons' memo (compare-memo.ts), given on its first comparison. */
  memoId = 0;
  memoEpoch = -1;
  /** Made by similarity.ts on first use. */
  letterSets?: Int32Array;
  spellingHashes?: Int32Array;
  joinable: boolean | undefined = undefined;
  readonly same: readonly string[];
  readonly spellings: readonly string[];
  /** What else spellings() says of each spelling, when it says it (the conventions that wrote it), passed on as is. */
  readonly conventions?: readonly number[];
  private phonetic: readonly string[] | undefined;
  constructor(
    readonly folded: string,
    s: Spellings | KeyedSpellings,
  ) {
    this.same = s.same;
    this.spellings = s.all;
    this.conventions = s.conventions;
    // a glossary word's keys come with its spellings from the index cache (index-cache.ts)
    if ('keys' in s) this.phonetic = s.keys as string[];
  }

  get keys(): readonly string[] {
    return (this.phonetic ??= keysOf(this.spellings));
  }
}
