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
    // unless both are as long and end in the same two letters: then a letter of the stem was changed ("Chasoza" for "Chasova")
    if (f.charAt(0) !== w.charAt(0) || f.charAt(f.length - 1) !== w.charAt(w.length - 1) || (commonPrefix(f, w) >= f.length - 3 && (f.length !== w.length || f.slice(-2) !== w.slice(-2)))) continue;
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
 * letter. With `strict`, not one of its last three letters either (a case ending of the original, a
 * vowel before it), only a lone letter (a vowel between consonants, a consonant between vowels), and a
 * vowel only for a vowel, a consonant for a consonant. Without it (a word within three letters of the
 * name's romanisation), up to the last but one and any letter for any ("Bunha" for Бучі, "Chasoza" for
 * Часовой): `variants` know the original's endings, the nominative of a stem whose consonant a case
 * changes ("Даринці", "Darynka"), and other languages' spellings of soft consonants ("Imbruglia" for
 * Имбрулья: ль as "gl", нь as "gn"). At most 26 tests per letter, only for
 * a word that already writes the name by its consonants and fails `variants`.
 */
export function oneLetterFromConvention(variants: RegExp, w: string, strict = true, prefer: readonly string[] = []): string | undefined {
  if (w.length < 5 || w.length > 20 || !/^[a-z]+$/.test(w)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (let i = 1; i < w.length - (strict ? 3 : 1); i++) {
    // a lone letter between two of the other kind (a vowel between consonants): a cluster ("oe", "cz",
    // "sh", "yo", "gl") is where other languages' and other conventions' spellings of the same sounds
    // differ ("Hoekstra" for Гукстра, "Kaczynski", "Fyodorov" for Федоров, "Imbruglia" for Имбрулья)
    const vowel = VOWELS.includes(w.charAt(i));
    if (strict && (VOWELS.includes(w.charAt(i - 1)) === vowel || VOWELS.includes(w.charAt(i + 1)) === vowel)) continue;
    for (const c of LETTERS) {
      if (c === w.charAt(i) || (strict && VOWELS.includes(c) !== vowel)) continue;
      const fixed = w.slice(0, i) + c + w.slice(i + 1);
      if (!variants.test(fixed)) continue;
      if (prefer.length === 0) return fixed;
      // of several fixes, the one nearest the romanisation ("Kryvyi", not "Krevyi", for "Krnvyi")
      const d = Math.min(...prefer.map((f) => editDistance(f, fixed)));
      if (d < bestDistance) [best, bestDistance] = [fixed, d];
    }
  }
  return best;
}
