import { spells as dictionarySpells, isCapitalisedEntry, isEnglishWord } from '../lang/english.js';
import { nameData } from './data.js';
import type { NameTerm } from './name-index.js';
import type { NameWord } from './words.js';

/**
 * A capitalised word the English dictionary knows ("Powell", "Kharkov"). Other casings ("McKellen",
 * "NATO") are not asked: the dictionary's speller would have to be built for them, at a cost.
 */
export function spells(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() && dictionarySpells(word);
}

/** A name the English dictionary knows (spells), or one common in other languages' news (corpora/names/common-names.txt). */
export function isKnownName(word: string): boolean {
  return spells(word) || nameData().commonNames.has(word);
}

/** A weekday or a month ("Monday", "December"): capitalised, but no name (corpora/names/particles.yaml calendarWords). */
export function isCalendarWord(w: NameWord): boolean {
  return nameData().calendarWords.has(w.folded);
}

/**
 * A name as a name only: one of common-names.txt, or one the English dictionary has capitalised and not as a word in
 * lower case ("Mary", "Kelly"; not "East", "North", nor "Jimmy", a crowbar too).
 */
export function properName(word: string): boolean {
  return nameData().commonNames.has(word) || (isCapitalisedEntry(word) && !isEnglishWord(word));
}

/**
 * A name of a language written in Latin script, whose spelling is fixed (corpora/names/particles.yaml:
 * fixedSpelling, "McKellen", "Henckel", "Söder"; or a person named in names the English dictionary knows and
 * common-names.txt does not, "Ollie Richards"), and no word of it romanised (`romanised`, "Zakharova";
 * or every word made of Japanese syllables, familyFirst): matched as when the source language is known to
 * be one (align.ts, strict), so the variants romanisations allow are misspellings of it ("McKelen").
 */
export function fixedSpelling(term: NameTerm): boolean {
  // once per term: the matcher asks at every candidate it aligns
  return (term.fixedSpelling ??= fixedWords(term.words, term.entry.category === 'person'));
}

function fixedWords(words: readonly NameWord[], person: boolean): boolean {
  const { fixedSpelling: fixed, fixedFamilyName, romanised, familyFirst, placeWords } = nameData();
  // the words that tell a name's language: not a particle, nor an English word ("County", "Black", "Prefecture")
  const named = words.filter((w) => !w.particle && !isEnglishWord(w.text) && !placeWords.has(w.text.toLowerCase()));
  const shows = (re: RegExp) => (w: NameWord) => re.test(w.text) || re.test(w.text.toLowerCase());
  // the weaker evidence in a person's family name only: given names travel ("Benny Gantz", "Rafic Hariri"); a
  // family name that is also an English word is one all the same ("Macron", "Baker": English words are no evidence
  // in a place's name, where they translate it, "Mie Prefecture")
  const own = person ? words.filter((w) => !w.particle) : named;
  const family = person && own.length > 1 ? own.slice(-1) : named;
  // a person whose every name word the English dictionary knows as a name, none common in other languages' news
  // ("Ollie Richards", "Chris Hewitt"; not "Mohammed Ali", "David Barnea"): an English name, spelt one way
  const englishName = person && own.length >= 2 && own.every((w) => spells(w.text) && !nameData().commonNames.has(w.text));
  if (!(englishName || named.some(shows(fixed)) || family.some(shows(fixedFamilyName))) || words.some((w) => romanised.test(w.text))) return false;
  return !named.every((w) => familyFirst.test(w.folded));
}

/**
 * A name romanised from Arabic (a word of it matches corpora/names/particles.yaml arabicName: "bin", "Abu",
 * "al-Assad"), whose vowels each romanisation writes its own way: two of its words with the same consonants are
 * one name (align.ts, sameConsonants).
 */
export function vowelsFree(term: NameTerm): boolean {
  return (term.vowelsFree ??= term.words.some((w) => nameData().arabicName.test(w.text)));
}

/**
 * Two folded words that differ only in how a romanisation of Arabic writes short vowels: the same first letter,
 * the same consonants after it (doubled letters as one), and the same vowel groups, each read as short (a, e, o, u:
 * Mohammed, Muhammad), long or diphthong i (i, y, ee, ai, ei: Khair, Kheir, Khir; Zayed, Zaid) or long u (ou, oo),
 * a final -eh as -a (Akleh, Akla). Names Arabic tells apart by a long vowel stay apart: Hamad and Hamid, Hassan and
 * Hussein, Saad and Said, Mahmoud and Mohammed, Amr and Amir, Ali and Alaa.
 */
export function sameConsonants(a: string, b: string): boolean {
  return a[0] === b[0] && shape(a) === shape(b);
}

function shape(word: string): string {
  const rest = word.replace(/(?<=..)eh$/, 'a').slice(1);
  const vowels = (rest.match(/[aeiouy]+/g) ?? []).map((v) => (/[iy]|ee/.test(v) ? 'i' : /ou|oo/.test(v) ? 'u' : 'a')).join('');
  return `${rest.replace(/[aeiouy]+/g, '').replace(/(.)\1+/g, '$1')}/${vowels}`;
}
