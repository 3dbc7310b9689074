import { isEnglishWord, spells } from '../lang/english.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Longest word tried: the neighbours of a word are 25 per inner letter, so a cap keeps this bounded. */
const MAX_LENGTH = 20;

/**
 * Letter pairs that romanisations of one name trade ("Sergei"/"Sergey", "Aleksandr"/"Alexandr",
 * "Nikolai"/"Nicolai", "Zelensky"/"Selensky", "Volodymyr"/"Wolodymyr", "Yury"/"Jury", э as "e" or
 * "a" in "Sandler", у as "u" or "w" in "Shotwell", Ukrainian г as "h" or "g"): a change between them
 * is a convention, never a misspelling.
 */
const VARIANT_PAIRS = new Set(['iy', 'yi', 'jy', 'yj', 'ij', 'ji', 'kc', 'ck', 'sz', 'zs', 'vw', 'wv', 'fv', 'vf', 'ei', 'ie', 'ae', 'ea', 'uw', 'wu', 'hg', 'gh', 'ye', 'ey']);

/** A proper name of the English dictionary: known capitalised, and not as a lower-case word ("Karen", not "Berry"). */
export function isDictionaryName(word: string): boolean {
  return spells(word) && !isEnglishWord(word);
}

/**
 * The spelling one letter away from `word` that `fits` accepts: the English dictionary's spelling of a
 * name of the original ("Kuren" → "Karen", "Cumminrs" → "Cummings"), or its romanisation, when `word` is
 * itself neither a dictionary word nor a dictionary name. One inner letter substituted: not the first
 * (where romanisations differ most), nor the last (a Cyrillic case ending: "Tarragony" for Таррагоны), and not between letters romanisations trade (VARIANT_PAIRS). Bounded: at most
 * 25 × MAX_LENGTH look-ups per word. Returns the only such spelling, or undefined when none or several.
 * With `conventions` false the letter pairs are tried too: the caller has ruled out a conventional
 * spelling from the original's own letters (romanisationPattern).
 */
export function dictionaryNeighbour(word: string, fits: (candidate: string) => boolean, conventions = true): string | undefined {
  if (word.length < 4 || word.length > MAX_LENGTH || spells(word) || isEnglishWord(word)) return undefined;
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return undefined;
  let found: string | undefined;
  for (let i = 1; i < lower.length - 1; i++) {
    const own = lower.charAt(i);
    for (const c of LETTERS) {
      if (c === own || (conventions && VARIANT_PAIRS.has(own + c))) continue;
      const candidate = word.charAt(0) + lower.slice(1, i) + c + lower.slice(i + 1);
      if (!fits(candidate)) continue;
      if (found !== undefined && found !== candidate) return undefined;
      found = candidate;
    }
  }
  return found;
}
