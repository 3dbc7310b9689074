import { isEnglishWord } from '../lang/english.js';
import type { RuleContext } from '../rules/types.js';
import { isDictionaryName } from './known-names.js';
import { sourceDictionary, type SourceDictionary } from './dictionary.js';
import { cyrillicTable, langData } from './lang-data.js';
import { fold, romanisationPattern, romaniseCyrillic } from './name-key.js';
import type { SourceName, TargetWord } from './names.js';
import type { SourceWords } from './pair-names.js';

/** Nominative endings of a noun whose oblique form the original has (the feminine "Буч|а", the masculine "Кинотавр|"). */
const NOMINATIVE = ['а', 'я', ''];

/** `text` is a form of a proper noun of the dictionary, the stem with a nominative ending, and no stem of its own. */
function inflectedProperNoun(dict: SourceDictionary, text: string, stem: string): boolean {
  return NOMINATIVE.some((e) => dict.flagsOf(stem + e).length > 0) && dict.flagsOf(text).length === 0 && dict.has(text);
}

/** The Cyrillic letters in Latin by the table's main spelling of each (cyrillic.json `letters`). */
export function romaniseLetters(cyrillic: string, lang: 'ru' | 'uk'): string {
  const letters = cyrillicTable(lang)?.letters ?? {};
  let out = '';
  for (const ch of cyrillic) out += letters[ch] ?? '';
  return out;
}

/**
 * A romanised name written with the original's case ending ("Kinotavre" for "Кинотавре", the festival
 * Kinotavr; "Buchi" for "Бучі", Bucha): the name of the original ends in an oblique case ending
 * (languages.json `obliqueEndings`), the word spells the whole of it by the original's letters (a
 * convention of cyrillic.json `variants` for the stem, the ending's own letters after it), and the name
 * declines: the original writes the same stem with another ending, or none, elsewhere in the document, or
 * its dictionary knows the name as a case form of a proper noun. So the ending is grammar, not part of the
 * name (an indeclinable name, "Міллі", "Рене", is written so everywhere, and is no such case form).
 * Not an English word or a name the English dictionary lists, five letters or more. Returns the name and
 * the spelling to suggest (the romanised stem where the original writes it bare, or the dictionary's
 * nominative: "Bucha"), or undefined.
 * Linear: the endings of a few names against one word, a set look-up each.
 */
export function keptCaseEnding(
  romanised: readonly SourceName[],
  word: TargetWord,
  lang: 'ru' | 'uk',
  words: SourceWords,
): { name: SourceName; suggestion?: string } | undefined {
  const w = word.folded;
  const data = langData(lang);
  const oblique = data?.obliqueEndings;
  if (!oblique || w.length < 5 || !/^[a-z]+$/.test(w)) return undefined;
  for (const name of romanised) {
    const text = name.text;
    const ending = oblique.filter((e) => text.length - e.length >= 3 && text.endsWith(e)).sort((a, b) => b.length - a.length)[0];
    if (ending === undefined) continue;
    const stem = text.slice(0, -ending.length);
    // the word is a spelling of the stem with the ending romanised letter for letter ("Adele" for "Адели" is
    // the nominative "Адель": и written "e" is no ending kept)
    const tail = romaniseLetters(ending, lang);
    if (tail === '' || !w.endsWith(tail) || !pattern(stem, lang, false).test(w.slice(0, -tail.length))) continue;
    // the name declines: the original writes its stem with another ending, or bare, in the document, or
    // its dictionary spells the name as an inflected form (no stem line of its own: "Санду", Sandu, has one)
    // of a proper noun it lists, the stem with a nominative ending on a line of its own with the capital
    // ("Бучі" of "Буча"; not "Брату", the surname Bratu, of the common noun "брат", nor "Раиси", Raisi, which
    // no form of "Раиса" spells)
    const folded = fold(stem);
    const others = ['', ...(data?.nameEndings ?? []), 'а', 'я', 'о'].filter((e) => e !== ending);
    const dict = sourceDictionary(lang);
    if (!others.some((e) => words.has(folded + e)) && !(dict !== undefined && inflectedProperNoun(dict, text, stem))) continue;
    if (isEnglishWord(word.token.text) || isDictionaryName(word.token.text)) return undefined;
    // the nominative to suggest: the bare stem where the original writes it, or the dictionary's proper noun
    const nominative = words.has(folded) ? stem : dict !== undefined ? NOMINATIVE.map((e) => stem + e).find((n) => dict.flagsOf(n).length > 0) : undefined;
    const bare = nominative !== undefined ? romaniseCyrillic(nominative, lang) : undefined;
    return bare !== undefined ? { name, suggestion: bare } : { name };
  }
  return undefined;
}

const patterns = new Map<string, RegExp>();
/** Patterns remembered, at most. */
const MAX_PATTERNS = 5_000;

/** romanisationPattern of one word, with or without nominative tails, remembered. */
function pattern(word: string, lang: 'ru' | 'uk', tails: boolean): RegExp {
  const key = `${lang}${tails ? '+' : '-'}${word}`;
  let p = patterns.get(key);
  if (p === undefined) {
    p = romanisationPattern([word], lang, tails) ?? /$^/;
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    patterns.set(key, p);
  }
  return p;
}

/** Reports keptCaseEnding's finding on the word (source/names). */
export function reportCaseEnding(ctx: RuleContext, found: { name: SourceName; suggestion?: string }, word: TargetWord, pairConfidence: number): void {
  ctx.report({
    start: word.token.start,
    end: word.token.end,
    message: `the original has "${found.name.text}", a case form of a name it writes otherwise elsewhere; "${word.token.text}" keeps the case ending, which English does not write`,
    confidence: Math.round(0.6 * Math.min(1, pairConfidence + 0.2) * 100) / 100,
    ...(found.suggestion !== undefined ? { suggestions: [{ text: found.suggestion, confidence: 0.5 }] } : {}),
  });
}
