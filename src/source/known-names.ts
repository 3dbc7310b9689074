import { isEnglishWord, spells } from '../lang/english.js';
import { ownString } from '../lang/own-string.js';

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
  let found: string | undefined;
  let several = false;
  eachNeighbour(word, conventions, (candidate) => {
    if (!fits(candidate)) return false;
    if (found !== undefined && found !== candidate) several = true;
    found = candidate;
    return several;
  });
  return several ? undefined : found;
}

/** Calls `visit` with each spelling dictionaryNeighbour tries for `word`, in its order, until `visit` returns true. */
function eachNeighbour(word: string, conventions: boolean, visit: (candidate: string) => boolean): void {
  if (word.length < 4 || word.length > MAX_LENGTH || spells(word) || isEnglishWord(word)) return;
  const lower = word.toLowerCase();
  if (!/^[a-z]+$/.test(lower)) return;
  for (let i = 1; i < lower.length - 1; i++) {
    const own = lower.charAt(i);
    for (const c of LETTERS) {
      if (c === own || (conventions && VARIANT_PAIRS.has(own + c))) continue;
      if (visit(word.charAt(0) + lower.slice(1, i) + c + lower.slice(i + 1))) return;
    }
  }
}

/** Per `conventions` (false, true), word → neighbourNames. */
const neighbourMemo = [new Map<string, ReadonlySet<string>>(), new Map<string, ReadonlySet<string>>()] as const;
/** Words remembered, at most, per map. */
const MAX_NEIGHBOUR_WORDS = 20_000;
const NONE: ReadonlySet<string> = new Set();

/**
 * The spellings dictionaryNeighbour tries for `word` that are names of the English dictionary
 * (isDictionaryName), once per word: a spelling that is not one fits a name of the original only as one
 * of its forms. Speed: each occurrence of a word asked the dictionary about each of its ~25 spellings
 * per inner letter (a few strings and look-ups each); the answer depends on the word alone.
 */
export function neighbourNames(word: string, conventions = true): ReadonlySet<string> {
  const memo = neighbourMemo[conventions ? 1 : 0];
  let names = memo.get(word);
  if (names === undefined) {
    const found = new Set<string>();
    eachNeighbour(word, conventions, (candidate) => {
      if (isDictionaryName(candidate)) found.add(candidate);
      return false;
    });
    names = found.size === 0 ? NONE : found;
    if (memo.size >= MAX_NEIGHBOUR_WORDS) memo.clear();
    memo.set(ownString(word), names);
  }
  return names;
}
