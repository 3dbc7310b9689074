import { isEnglishWord } from '../lang/english.js';
import { applyRewrites, canon } from './conventions.js';
import { afterArticle } from './fold.js';
import { nameData } from './data.js';
import type { NameTerm } from './name-index.js';
import { fixedSpelling } from './spells.js';
import { chineseName } from './syllabic.js';
import type { NameWord } from './words.js';

/**
 * Whether a glossary name is matched strictly (align.ts): when its own spelling shows a language written in
 * Latin script (fixedSpelling), and when the source language is known to be one (`strict`) unless the name
 * shows it was romanised from another script (romanisedName). A German or French text romanises Russian,
 * Arabic or Persian names its own way ("Medwedew", "Ahmadinedschad"): that spelling is a foreign convention,
 * flagged either way, while the variants English itself allows ("Dmitri" for Dmitry) are not misspellings.
 */
export function strictFor(term: NameTerm, strict: boolean): boolean {
  return fixedSpelling(term) || (strict && !romanisedName(term));
}

/**
 * A name romanised from a language written in another script: a word of it matches corpora/names/particles.yaml
 * `romanised` ("Zakharova", "Khartoum", "al-Assad"), every word that tells its language is made of Japanese
 * syllables (familyFirst), or a person's name begins with a Chinese family name and goes on in pinyin.
 */
export function romanisedName(term: NameTerm): boolean {
  // once per term: the matcher asks at every candidate it aligns
  return (term.romanisedName ??= romanisedWords(term));
}

/** Longer words are not tested against the syllable patterns (a name word of syllables is a few of them). */
const MAX_LETTERS = 24;

function romanisedWords(term: NameTerm): boolean {
  const { romanised, familyFirst, placeWords } = nameData();
  const words = term.words;
  if (words.some((w) => romanised.test(w.text))) return true;
  const named = words.filter((w) => !w.particle && !isEnglishWord(w.text) && !placeWords.has(w.text.toLowerCase()));
  // (words of MAX_LETTERS or fewer: the syllable patterns backtrack, exponentially in a long word that fails late)
  if (named.length > 0 && named.every((w) => w.folded.length <= MAX_LETTERS && familyFirst.test(w.folded))) return true;
  return chineseName(term);
}

/**
 * Two words of a name that no evidence places in either script (a name of fixedSpelling is not asked)
 * that differ as only romanisations from another script let them differ: the Arabic article added or left out
 * ("al-Gaddafi", Gaddafi), or an acceptable convention marked `romanisation` (transliteration.yaml: "Mahmud",
 * Mahmoud; "Huthis", Houthis) equates them where `canon` alone does not ("Powel" for Powell stays a
 * misspelling when the source language is written in Latin script). Asked only of a pair strict matching
 * would bend, which is rare.
 */
export function romanisationVariant(a: NameWord, b: NameWord): boolean {
  // an English word is a Latin-script spelling ("Couk" is no romanisation of Cook)
  if (isEnglishWord(a.folded) || isEnglishWord(b.folded)) return false;
  const { conventions } = nameData();
  // the word without the article joined by a hyphen ("al-gaddafi": syllables al, gaddafi)
  const bare = (w: NameWord) => afterArticle(w.syllables) ?? w.folded;
  const x = bare(a);
  const y = bare(b);
  if (canon(x) === canon(y)) return (x !== a.folded) !== (y !== b.folded);
  for (const c of conventions) {
    if (c.romanisation && canon(applyRewrites(c.rewrite, x).toLowerCase()) === canon(applyRewrites(c.rewrite, y).toLowerCase())) return true;
  }
  return false;
}
