import { isEnglishWord } from '../lang/english.js';
import type { Alignment } from './align.js';
import { inOrder } from './forms.js';
import type { NameTerm } from './name-index.js';
import { isKnownName } from './spells.js';
import { withoutMarks } from '../lang/marks.js';
import { nameData } from './data.js';
import { familyNameFirst, otherChineseGivenName, otherChineseSyllables, otherKoreanGivenName } from './syllabic.js';
import type { NameWord } from './words.js';

/** The reasons unlikeTerm gives, in the order of its codes (judge.ts lists them last among staticVerdict's). */
export const UNLIKE_REASONS = ['a word for an acronym', 'a letter alone read as part of a word', 'reordered, a word alike in letters only', 'a common word kept, beside a word or name of its own', 'another Chinese given name', 'another Korean given name', 'another given name beside the family name', 'a place word for a word of a person\'s name', 'another kinship particle', 'another family name beside the given name'] as const;

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
 *   name written family name first keeps its words, or spells them as they sound);
 * - `common`: of a place or body (a person's "White" or "Tom" is a name word), the words kept are common
 *   English words ("New", "South", "Saint") and every word written otherwise is a name of its own
 *   ("South America" is not South Africa, "Saint Louis" not Saint Lucia): a common word begins many names,
 *   and a name beside it makes another one; a slip bends a name into no word ("New Dehli"), one letter off,
 *   or a common word ("Check Republic");
 * - `syllabic`: a Chinese person's given name with a whole syllable more or less ("Li Keqiang" is not Li
 *   Qiang), or other syllables two letters off or more that no romanisation explains ("Li Qiaoming"): another
 *   person (syllabic.ts);
 * - `korean`: a Korean person's family name kept and the given name with another syllable, a syllable more or
 *   less, or its syllables turned round ("Kim Yo Jong" is not Kim Jong Un): another person (syllabic.ts).
 *
 * - `given`: a person's family name written as the term's and a given name written as another given name, both
 *   names in their own right (the dictionary's or corpora/names/common-names.txt) that neither a romanisation nor
 *   their sound makes one ("Hannah Kowalski" is not Anna Kowalski, "Arturo Ramirez" not Arthur Ramirez; MT writes a
 *   name heard through another script as one that sounds the same: "Gene Shaheen" for Jeanne Shaheen): a relative or a namesake, as
 *   replaced.ts reads a given name replaced beside a kept surname.
 * - `place`: a word that names a kind of place ("County", "Street", "University": corpora/names/particles.yaml
 *   placeWords) written for a word of a person's name: a place is named ("Dade County" is no misspelt Adaeze Conti).
 * - `kinship`: a particle of kinship in the span that means another kinship than the term's (particles.yaml kinship:
 *   "Mohammed Abu Salmiya", father of, is no Mohammed bin Salman, son of): another person.
 * - `family`: `given` the other way round, the given name kept and the family name written as another family name
 *   ("Robert Kenny" is not Robert Kennedy: otherFamilyName).
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
    if (p.words === 1 && p.termWords === 1 && (otherChineseGivenName(term, p.termWord, (words[p.word] as NameWord).folded) || (!p.match.transliteration && otherChineseSyllables(term, p.termWord, (words[p.word] as NameWord).folded)))) return code + 4;
  }
  if (al.pairs.every((p) => p.match.kind === 'bent') && al.pairs.some((p) => !p.match.phonetic && !p.match.transliteration) && !inOrder(al)) return code + 2;
  if (term.entry.category !== 'person' && keptCommonOnly(al, words)) return code + 3;
  if (otherKoreanGivenName(al, term, words)) return code + 5;
  if (otherGivenName(al, term, words)) return code + 6;
  if (term.entry.category === 'person' && placeWordBent(al, words)) return code + 7;
  if (otherKinship(al, term, words)) return code + 8;
  if (otherFamilyName(al, term, words)) return code + 9;
  return undefined;
}

/**
 * Some words kept and some bent, the kept ones all common English words, the bent ones all names the
 * dictionary or corpora/names/common-names.txt knows, and no common word, two letters off or more (one
 * letter off is a slip whatever the word: "Afghan Wigs" for the Afghan Whigs). A common word is what MT
 * and speech recognition bend a name into ("Check Republic", "Sierra Lion", "Pharaoh Islands").
 */
function keptCommonOnly(al: Alignment, words: readonly NameWord[]): boolean {
  let kept = 0;
  let bent = 0;
  for (const p of al.pairs) {
    for (let r = p.word; r < p.word + p.words; r++) {
      const w = words[r] as NameWord;
      if (p.match.kind === 'bent') {
        if (p.match.edits < 2 || isEnglishWord(w.folded) || !isKnownName(w.text)) return false;
        bent++;
      } else {
        if (!isEnglishWord(w.folded)) return false;
        kept++;
      }
    }
  }
  return kept > 0 && bent > 0;
}

/** unlikeTerm's `given`: the family name exact, every bent word a given name written as another known given name. */
function otherGivenName(al: Alignment, term: NameTerm, words: readonly NameWord[]): boolean {
  const family = familyWord(term);
  if (family < 0) return false;
  let given = 0;
  for (const p of al.pairs) {
    const covers = family >= p.termWord && family < p.termWord + p.termWords;
    if (covers) {
      if (p.match.kind !== 'exact') return false;
      continue;
    }
    if (p.match.kind !== 'bent') continue;
    if (!anotherKnownName(p, term, words)) return false;
    given++;
  }
  return given > 0 && al.pairs.some((p) => family >= p.termWord && family < p.termWord + p.termWords);
}

/** The term's family name (its last name word, or its first of a name written family name first), when a person's of two name words or more; else -1. */
function familyWord(term: NameTerm): number {
  if (term.entry.category !== 'person') return -1;
  const named = term.words.filter((w) => !w.particle);
  return named.length < 2 ? -1 : term.words.indexOf(named[familyNameFirst(term) ? 0 : named.length - 1] as NameWord);
}

/**
 * A bent pair of one word each, two letters off at least (one is a slip, whatever word it makes: "Mario Rubio" for
 * Marco Rubio), alike neither in sound nor by a romanisation, and both words names in their own right.
 */
function anotherKnownName(p: Alignment['pairs'][number], term: NameTerm, words: readonly NameWord[]): boolean {
  if (p.words !== 1 || p.termWords !== 1 || p.match.transliteration || p.match.phonetic || p.match.edits < 2) return false;
  return knownGiven((words[p.word] as NameWord).text) && knownGiven((term.words[p.termWord] as NameWord).text);
}

/** A name in its own right, as written or without its accents ("María" as Maria). */
function knownGiven(word: string): boolean {
  return isKnownName(word) || isKnownName(withoutMarks(word));
}

/** unlikeTerm's `place`: a written word not the term's as written, nor one letter off it ("Hall Berry" for Halle Berry is a slip), is a place word (a person's word that is one, "Park", is exact). */
function placeWordBent(al: Alignment, words: readonly NameWord[]): boolean {
  const { placeWords } = nameData();
  for (const p of al.pairs) {
    if (p.match.kind === 'exact' || p.match.edits < 2) continue;
    for (let r = p.word; r < p.word + p.words; r++) if (placeWords.has((words[r] as NameWord).folded)) return true;
  }
  return false;
}

/** unlikeTerm's `kinship`: the span and the term both hold kinship particles, and of different meanings. */
function otherKinship(al: Alignment, term: NameTerm, words: readonly NameWord[]): boolean {
  const { kinship } = nameData();
  // (as bits of the meanings, in loops: asked of every alignment made; a particle or capitalised, "Mohammed Abu Salmiya")
  let meant = 0;
  for (const w of term.words) meant |= 1 << (kinship.get(w.folded) ?? 31);
  if ((meant & 0x7fffffff) === 0) return false;
  for (let k = al.first; k <= al.last; k++) {
    const m = kinship.get((words[k] as NameWord).folded);
    if (m !== undefined && (meant & (1 << m)) === 0) return true;
  }
  return false;
}

/**
 * unlikeTerm's `family`: `given` the other way round. The given name written as the term's and the family name as
 * another family name, both names in their own right, two letters apart or more and neither alike in sound nor by
 * a romanisation: another person ("Robert Kenny" is not Robert Kennedy, "David Mills" not David Miller). A bent family
 * name is seldom a name of its own ("Harting" for Hartung, "Starrer" for Starmer), or one a letter off ("Mary Carney").
 */
function otherFamilyName(al: Alignment, term: NameTerm, words: readonly NameWord[]): boolean {
  const family = familyWord(term);
  if (family < 0) return false;
  let exact = 0;
  let other = 0;
  for (const p of al.pairs) {
    const covers = family >= p.termWord && family < p.termWord + p.termWords;
    if (p.match.kind === 'exact') {
      if (!covers) exact++;
      continue;
    }
    if (p.match.kind !== 'bent') continue;
    if (!covers || !anotherKnownName(p, term, words)) return false;
    other++;
  }
  return exact > 0 && other > 0;
}
