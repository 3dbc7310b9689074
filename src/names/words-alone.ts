import type { Alignment } from './align.js';
import type { WordMatch } from './similarity.js';
import type { NameWord } from './words.js';

/** What judge.ts (RunJudge) says of the text's words, as align reads it for rejectedForWords. */
export interface TermWords {
  /** words[r] is a word of a glossary term (isTermWord). */
  isTermWordAt(r: number): boolean;
  isNameWord(w: NameWord): boolean;
}

/** What align() gives, asked with TermWords, where judge would reject every alignment for the words alone (rejectedForWords): none is made. */
export const REJECTED: Alignment = Object.freeze({ pairs: [], first: -1, last: -1, inserted: 0, termCovered: 0, missingBefore: 0, missingAfter: 0 });

/**
 * Judge (judge.ts) rejects every alignment align() can choose from its n options (at: written word, written
 * words, term word, term words, by 4; their matches) of the run words up to `to`, for reasons that read the
 * run's words and the term alone, so in any context (the run's plan, memo.ts, is the same without them):
 *
 * - every option is bent, not by a convention (transliteration), and of a glossary term word or weak. Any
 *   pairs chosen are then all bent (exact === 0), not all by a convention, and one is of a term word or weak:
 *   staticVerdict gives 'a word of another term' or 'alike in sound only, with no word the same' (or a reason
 *   before those). (An option of two words read as one, either side, is never bent but by a convention: pairWith.)
 * - every option is of one written word r alone, of one part (not hyphenated), and a name word follows it in
 *   the run: any alignment is that one pair, single (partKept needs parts), so judge rejects it as 'another
 *   name after' when a term word after the pair's is missing, and as 'part of another name' when none is.
 *
 * Speed: at 1m/10k, of 75,700 alignments made, 55,700 were of the first kind, judged and rejected: their
 * comparisons are made all the same (and memoised), the rest (choosing, packing, judging) is not.
 */
export function rejectedForWords(n: number, at: Int32Array, matches: readonly WordMatch[], words: readonly NameWord[], to: number, tw: TermWords): boolean {
  let all = true;
  for (let i = 0; i < n && all; i++) {
    const m = matches[i] as WordMatch;
    if (m.kind !== 'bent' || m.transliteration || (!m.weak && !tw.isTermWordAt(at[4 * i] as number))) all = false;
  }
  if (all) return true;
  const r = at[0] as number;
  for (let i = 0; i < n; i++) if (at[4 * i] !== r || at[4 * i + 1] !== 1) return false;
  return (words[r] as NameWord).syllables.length === 1 && r + 1 < to && tw.isNameWord(words[r + 1] as NameWord);
}
