import { editDistance } from '../lang/edit-distance.js';
import type { RuleContext } from '../rules/types.js';
import { dictionaryNeighbour, isDictionaryName, neighbourNames } from './known-names.js';
import { fold } from './name-key.js';
import { wordKeys, writesName, type SourceName, type TargetWord } from './names.js';

/**
 * A romanised name (of `romanised`, the names with skeletons) whose romanisation is no guide to its English spelling ("Каммингс" is "Cummings",
 * "Карен" is "Karen"): a target word that the English dictionary does not know, one letter off a name it
 * does know that writes a name of the original ("Kuren", "Cumminrs"), is that name misspelled.
 */
export function romanisedMisspelling(ctx: RuleContext, romanised: readonly SourceName[], word: TargetWord, pairConfidence: number): boolean {
  if (romanised.length === 0) return false;
  // the dictionary's spelling must write the name and explain the original better than the word does
  // ("Karen" for Карен, not "Julie" for Джоли beside "Jolie")
  const distance = (n: SourceName, folded: string) => Math.min(...n.forms.map((f) => editDistance(f, folded)));
  // or it is the romanisation itself ("Yotsenko" for Яценко, Yatsenko)
  const fits = (n: SourceName, candidate: string) => {
    const keys = { token: word.token, ...wordKeys(candidate) };
    if (n.forms.includes(keys.folded)) return true;
    if (!isDictionaryName(candidate) || !writesName(n, keys)) return false;
    // a word that writes the name itself must be farther from it than the dictionary's spelling; one that
    // does not ("Mosciw" for Москва beside "Moscow") need not be
    const [near, far] = [distance(n, keys.folded), distance(n, word.folded)];
    return writesName(n, word) ? near < far : near <= far;
  };
  // a spelling by another convention of the original's own letters ("Sergei", "Alexei") is no misspelling;
  // where the original says which letters may vary, any other letter changed is one ("Vadem" for Вадим)
  if (romanised.some((n) => n.variants?.test(word.folded))) return false;
  const byLetters = romanised.some((n) => n.variants !== undefined);
  // Speed: dictionaryNeighbour tries some 25 letters at each inner letter of the word, and `fits` worked
  // out each spelling's sound keys for each name. A spelling fits a name only when it is one of the name's
  // forms or a name the English dictionary knows (neighbourNames, once per word): asked first, that turns
  // down nearly all of them before any key is made (the same answers: the names' tests are only skipped
  // where all fail). A word of ASCII letters has spellings of its own length, folded to that length too: when
  // no form has it and the dictionary knows none of them, no spelling fits, and none is made
  const text = word.token.text;
  const names = neighbourNames(text, !byLetters);
  const ascii = /^[A-Za-z]+$/.test(text);
  if (names.size === 0 && ascii && !romanised.some((n) => n.forms.some((f) => f.length === text.length))) return false;
  let forms: Set<string> | undefined;
  const fitsAny = (candidate: string): boolean => {
    forms ??= new Set(romanised.flatMap((n) => n.forms));
    if (!forms.has(fold(candidate)) && !names.has(candidate)) return false;
    return romanised.some((n) => fits(n, candidate));
  };
  const known = dictionaryNeighbour(text, fitsAny, !byLetters);
  if (!known) return false;
  const name = romanised.find((n) => fits(n, known)) as SourceName;
  ctx.report({
    start: word.token.start,
    end: word.token.end,
    message: `the original has "${name.text}" here, written "${known}"; "${word.token.text}" may be a misspelling of it`,
    confidence: Math.round(0.7 * Math.min(1, pairConfidence + 0.2) * 100) / 100,
    suggestions: [{ text: known, confidence: 0.7 }],
  });
  return true;
}

