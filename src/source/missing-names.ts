import type { Token } from '../document/tokens.js';
import { isEnglishWord } from '../lang/english.js';
import { remember, type AlignedPair, type AlignedSource } from './aligned.js';
import { sourceDictionary, type SourceDictionary } from './dictionary.js';
import { exonymsOf, writesExonym } from './exonyms.js';
import { isDictionaryName } from './known-names.js';
import { pairNames, pairSourceCapitals, writtenAnywhere } from './pair-names.js';
import type { SourceName, TargetWord } from './names.js';

/**
 * The names of pair `k`'s original that source/missing looks for in the translation, once per check.
 *
 * - Words the original's dictionary does not know (sourceNames), as before.
 * - Cyrillic: a dictionary word that the translation writes somewhere ("Путин"), and any capitalised
 *   word inside a sentence whose lower-case form the dictionary does not know: Hunspell lists proper
 *   nouns with their capital ("Москва", "Китай", "Михайло"), common nouns and pronouns without
 *   ("правительство", "вам"), so a capital inside a sentence on a word that is not a common noun is a name.
 * - Latin script (German): a dictionary word inside a sentence that English knows as a proper name
 *   ("Putin", "Bosch", "Julia") or that names a country, region or language (exonyms.ts: "Ukraine",
 *   "Deutschland"): a German noun is capitalised like a name, these are names in any language.
 *
 * The added names are `proper`: they count as missing only when the sentence has no capitalised word
 * left for them (name-tally.ts), since a translator may say "the country" or "the president".
 */
export function missingCandidates(src: AlignedSource, k: number, tokens: readonly Token[]): SourceName[] {
  return remember(src, `missing-names:${k}`, () => {
    const romanised = src.lang === 'ru' || src.lang === 'uk';
    const base = romanised ? pairNames(src, k, 'written', writtenAnywhere(src, tokens)) : pairNames(src, k);
    const dict = sourceDictionary(src.lang);
    if (!dict) return base;
    const taken = new Set(base.map((n) => n.start));
    const added: SourceName[] = [];
    for (const c of pairSourceCapitals(src, k)) {
      if (taken.has(c.start) || c.text.length < 3 || isEnglishWord(c.text) || !/^\p{Lu}\p{Ll}+$/u.test(c.text)) continue;
      if (atSentenceStart(src.text, c.start, (src.pairs[k] as AlignedPair).source.start)) continue;
      const proper = romanised ? !dict.has(c.text.toLowerCase()) : properNoun(dict, c.text) || exonymsOf(c.text, src.lang) !== undefined;
      if (proper) added.push({ ...c, known: true, proper: true });
    }
    if (added.length === 0) return base;
    return [...base, ...added].sort((a, b) => a.start - b.start);
  });
}

/**
 * A proper noun of a Latin-script dictionary: each of its stem lines takes a genitive "s" at most
 * ("Putin/S", "Julia/S", "Samsung/S"), while a noun has plural and compounding classes ("Frau/MPm",
 * "Kern/EPSMmij"), and English knows it as a name.
 */
function properNoun(dict: SourceDictionary, word: string): boolean {
  const flags = dict.flagsOf(word);
  return flags.length > 0 && flags.every((f) => f === 'S' || f === '') && isDictionaryName(word);
}

/** Before a word at a sentence or line start (a quotation, a dash, a colon, a bracket may open one). */
const INITIAL = /(^|[.!?:;"„“»«()—–•#-]\s*|\n\s*|\p{Extended_Pictographic}\s*)$/u;

function atSentenceStart(text: string, at: number, from: number): boolean {
  return INITIAL.test(text.slice(Math.max(from, at - 4), at));
}

/** The English names of a name of the original that is a place or a language ("Польщі" → Poland, Polish). */
export function exonymWritten(name: SourceName, lang: string, words: readonly TargetWord[]): boolean {
  const names = exonymsOf(name.text, lang);
  return names !== undefined && words.some((w) => writesExonym(w.folded, names));
}

/** A target word that writes the English name of some capitalised word of the original: not free for another name. */
export function writesSomeExonym(capitals: readonly SourceName[], lang: string): (w: TargetWord) => boolean {
  const names = capitals.flatMap((c) => exonymsOf(c.text, lang) ?? []);
  return (w) => names.length > 0 && writesExonym(w.folded, names);
}
