import type { Alignment } from './align.js';
import { inOrder } from './forms.js';
import type { NameTerm } from './name-index.js';
import type { NameWord } from './words.js';

/** The reasons unlikeTerm gives, in the order of its codes (judge.ts lists them last among staticVerdict's). */
export const UNLIKE_REASONS = ['a word for an acronym', 'a letter alone read as part of a word', 'reordered, a word alike in letters only'] as const;

/**
 * Written words unlike the term in a way no misspelling makes (judge.ts, staticVerdict; each reads the
 * alignment and the run's words alone):
 *
 * - `acronym`: a term word in capitals ("GOP", "LNA") paired, bent, with a word in lower-case letters
 *   ("Geoff"): an acronym is spelt out letter by letter and a slip keeps its capitals, while the sound
 *   conventions that let "Geoff" reach "GOP" are made for names (the same word in other capitals, "Nato",
 *   is exact, not bent, and unaffected);
 * - `letter`: a capital letter alone read as part of a word with its neighbour ("Mary I" for Mali, "Louis
 *   V"): a letter standing alone is an initial, a numeral or the pronoun, never a syllable of a name split
 *   in two ("Jong Un" for "Jong-un" has two letters a part);
 * - `reordered`: the words in another order than the term's, none of them the same, and one alike in
 *   letters only, not in sound nor by a romanisation ("Gali Barami" is not Barham Salih turned round: a
 *   name written family name first keeps its words, or spells them as they sound).
 *
 * Gives `code` plus the reason's place in UNLIKE_REASONS, or undefined.
 */
export function unlikeTerm(al: Alignment, term: NameTerm, words: readonly NameWord[], code: number): number | undefined {
  for (const p of al.pairs) {
    if (p.match.kind !== 'bent') continue;
    for (let t = p.termWord; t < p.termWord + p.termWords; t++) {
      const tw = term.words[t] as NameWord;
      if (!tw.allCaps) continue;
      for (let r = p.word; r < p.word + p.words; r++) if (!(words[r] as NameWord).allCaps) return code;
    }
    if (p.words > 1) for (let r = p.word; r < p.word + p.words; r++) if ((words[r] as NameWord).text.length === 1) return code + 1;
  }
  if (al.pairs.every((p) => p.match.kind === 'bent') && al.pairs.some((p) => !p.match.phonetic && !p.match.transliteration) && !inOrder(al)) return code + 2;
  return undefined;
}
