import { editDistance } from '../lang/edit-distance.js';
import { isEnglishWord, spells } from '../lang/english.js';
import { rememberAt, type AlignedSource } from './aligned.js';
import { cachedCalendar } from './exonym-cache.js';
import { exonymsOf, isPlaceWord } from './exonyms.js';
import { placeAdjective } from './lang-data.js';
import { fold } from './name-key.js';
import type { SourceName, TargetWord } from './names.js';
import { pairSourceCapitals } from './pair-names.js';

/** A capitalised word of the original and the English spellings of the place, language, month or weekday it names. */
interface Exonym {
  name: SourceName;
  /** English name or adjective as written ("Moscow", "Ukrainians"), folded alongside. */
  forms: { text: string; folded: string }[];
}

const calendars = new Map<string, Map<string, string>>();

/**
 * Month and weekday names of a language mapped to English ("Februar" → February, "Montag" → Monday),
 * from Intl.DateTimeFormat: the names a German original capitalises. Once per language.
 */
export function calendarNames(lang: string): Map<string, string> {
  let out = calendars.get(lang);
  if (out) return out;
  // from the cache folder when an earlier process made it (exonym-cache.ts)
  out = cachedCalendar(lang, () => monthsAndDays(lang));
  calendars.set(lang, out);
  return out;
}

function monthsAndDays(lang: string): Map<string, string> {
  const out = new Map<string, string>();
  try {
    const pairs: [Intl.DateTimeFormatOptions, number, (i: number) => number][] = [
      [{ month: 'long' }, 12, (i) => Date.UTC(2024, i, 1)],
      [{ weekday: 'long' }, 7, (i) => Date.UTC(2024, 0, 1 + i)],
    ];
    for (const [options, n, date] of pairs) {
      const local = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
      const english = new Intl.DateTimeFormat('en', { ...options, timeZone: 'UTC' });
      for (let i = 0; i < n; i++) out.set(fold(local.format(date(i))), english.format(date(i)));
    }
  } catch {
    // no ICU data for the language
  }
  return out;
}

/** The exonyms of pair `k`'s capitalised words (exonyms.ts), once per check. */
const OPENING_QUOTE = /[«„"“‘'][ \u00a0]?$/u;

function pairExonyms(src: AlignedSource, k: number): Exonym[] {
  return rememberAt(src, 'exonyms', k, () => {
    const out: Exonym[] = [];
    for (const name of pairSourceCapitals(src, k)) {
      // most capitals name no place (a remembered look-up), so the quote before is looked for only then
      const forms = englishForms(name.text, src.lang);
      if (forms.length === 0) continue;
      // a quoted name (a hotel, a ship, a bank: «Україна») is written in its own letters, not the place's
      if (OPENING_QUOTE.test(src.text.slice(Math.max(0, name.start - 2), name.start))) continue;
      out.push({ name, forms });
    }
    return out;
  });
}

/**
 * The English names of the place whose adjective the word is ("Українських" → Ukraine, Ukrainian;
 * languages.json `placeAdjective`): the stem before the adjective's suffix looked up as a place.
 */
export function adjectiveOf(text: string, lang: string): readonly string[] | undefined {
  const m = placeAdjective(lang)?.exec(text);
  if (!m || text.length - m[0].length < 4) return undefined;
  return exonymsOf(text.slice(0, m.index), lang);
}

const formsMemo = new Map<string, Map<string, Exonym['forms']>>();
/** Words whose forms are remembered, at most, per language. */
const MAX_FORMS = 20_000;

/**
 * The English spellings (five letters or more) of a word of the original that names a month, a place
 * or a language, and their plurals; once per process, language and word (they depend on the word alone).
 */
function englishForms(text: string, lang: string): Exonym['forms'] {
  let memo = formsMemo.get(lang);
  if (memo === undefined) formsMemo.set(lang, (memo = new Map()));
  let forms = memo.get(text);
  if (forms === undefined) {
    const month = calendarNames(lang).get(fold(text));
    const english = month ? [month] : (exonymsOf(text, lang) ?? adjectiveOf(text, lang));
    // the plural of a people or an adjective ("Ukrainians") is written as often as the name
    forms = english ? english.flatMap((e) => [e, `${e}s`]).map((t) => ({ text: t, folded: fold(t) })).filter((f) => f.folded.length >= 5) : [];
    if (memo.size >= MAX_FORMS) memo.clear();
    memo.set(text, forms);
  }
  return forms;
}

/**
 * The English name of a place or language of the original, written with one letter changed: "Mosgow"
 * where the original has "Москва", "Ukraonian" for "України", "Februacy" for "Februar". The target word
 * is neither an English word nor a name the English dictionary knows ("Rumania", "Ismael" pass), nor an
 * adjective of a place ("Bavarians"); it is five letters or more, as long as the name, and starts like it. Returns the name and its spelling, or undefined.
 */
export function misspelledExonym(src: AlignedSource, pairs: readonly number[], word: TargetWord): { name: SourceName; english: string } | undefined {
  // an adjective or a people of a place ("Bavarians") is no misspelling of the place
  if (word.folded.length < 5 || isEnglishWord(word.token.text) || spells(word.token.text) || isPlaceWord(word.folded)) return undefined;
  for (const k of pairs) {
    for (const { name, forms } of pairExonyms(src, k)) {
      for (const f of forms) {
        // a letter changed, not added or dropped: "Macdonald" for "McDonald" is a spelling of its own
        if (f.folded.length === word.folded.length && f.folded.charAt(0) === word.folded.charAt(0) && editDistance(f.folded, word.folded, 1) === 1) return { name, english: f.text };
      }
    }
  }
  return undefined;
}
