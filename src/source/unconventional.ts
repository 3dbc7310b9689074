import { editDistance } from '../lang/edit-distance.js';
import { isEnglishWord } from '../lang/english.js';
import { commonPrefix } from '../lang/suggest.js';
import { isDictionaryName } from './known-names.js';
import type { SourceName, TargetWord } from './names.js';

/**
 * A romanised name is matched by its consonant skeleton, so a vowel bent in the translation still
 * "writes" it ("Zairea" for Заира, "Natiri" for Нейтири). The original says which letters may vary
 * (corpora/lang/cyrillic.json `variants`, name-key.ts romanisationPattern): a word that writes the name
 * by its consonants, one letter from its romanisation (two from ten letters), that no spelling
 * convention of the original's letters explains, is that name misspelled. Returns the romanised form
 * it is nearest to, or undefined. Words English knows, and names the English dictionary lists (the
 * established English spelling of a place or person: "Alexander", "Odessa"), are not taken.
 */
export function unconventionalSpelling(name: SourceName, word: TargetWord): string | undefined {
  if (!name.variants || word.folded.length < 4 || name.variants.test(word.folded)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const w = word.folded;
  for (const f of name.forms) {
    // a case ending left on or cut off is the grammar of the original, not a misspelling ("Andrey" for
    // Андрея, "Chornobyl" for Чорнобиля): the word must begin and end as the form does, neither a prefix of the other
    // and a vowel that comes and goes before the ending ("Cherepovets" for Череповце, "Perekrestok" for
    // Перекрестке): the difference must begin before the form's last three letters
    if (f.charAt(0) !== w.charAt(0) || f.charAt(f.length - 1) !== w.charAt(w.length - 1) || commonPrefix(f, w) >= f.length - 3) continue;
    const max = f.length >= 10 ? 2 : 1;
    const d = editDistance(f, w, max);
    if (d > 0 && d <= max && d < bestDistance) [best, bestDistance] = [f, d];
  }
  // or a letter changed in a conventional spelling that is not the romanisation's letter for letter
  // ("Prekopyev" for Прокопьев, whose conventions give "Prokopyev"; its romanisation "prokopev" is two letters off)
  if (best === undefined) best = oneLetterFromConvention(name.variants, w);
  if (best === undefined) return undefined;
  if (isEnglishWord(word.token.text) || isDictionaryName(word.token.text)) return undefined;
  return best;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aeiouy';

/**
 * The spelling that one letter changed in `w` makes conventional (`variants` matches it), not its first
 * letter nor one of its last three (a case ending of the original, a vowel before it), and only a lone
 * vowel or consonant changed for another of its kind. At most 26 tests
 * per letter, only for a word that already writes the name by its consonants and fails `variants`.
 */
export function oneLetterFromConvention(variants: RegExp, w: string, lone = true): string | undefined {
  if (w.length < 5 || w.length > 20 || !/^[a-z]+$/.test(w)) return undefined;
  for (let i = 1; i < w.length - (lone ? 3 : 2); i++) {
    // a lone letter between two of the other kind (a vowel between consonants), changed for one of its
    // kind: a cluster ("oe", "cz", "sh", "yo") is where other languages' and other conventions' spellings
    // of the same sounds differ ("Hoekstra" for Гукстра, "Kaczynski", "Fyodorov" for Федоров)
    const vowel = VOWELS.includes(w.charAt(i));
    if (lone && (VOWELS.includes(w.charAt(i - 1)) === vowel || VOWELS.includes(w.charAt(i + 1)) === vowel)) continue;
    for (const c of LETTERS) {
      if (c === w.charAt(i) || VOWELS.includes(c) !== vowel) continue;
      const fixed = w.slice(0, i) + c + w.slice(i + 1);
      if (variants.test(fixed)) return fixed;
    }
  }
  return undefined;
}
