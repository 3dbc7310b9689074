import type { Token } from '../document/tokens.js';
import { isEnglishWord } from '../lang/english.js';
import { rememberAt, type AlignedPair, type AlignedSource } from './aligned.js';
import { sourceDictionary, type SourceDictionary } from './dictionary.js';
import { langData, placeAdjective } from './lang-data.js';
import { adjectiveOf } from './exonym-spelling.js';
import { exonymsOf, isPlaceName, isPlaceWord, writesExonym } from './exonyms.js';
import { isDictionaryName } from './known-names.js';
import { pairNames, pairSourceCapitals, writtenAnywhere } from './pair-names.js';
import { regionAdjective } from './region-adjective.js';
import { AFTER_INITIAL, writesName, type SourceName, type TargetWord } from './names.js';
import { copyName } from './span-words.js';

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
  return rememberAt(src, 'missing-names', k, () => {
    const romanised = src.lang === 'ru' || src.lang === 'uk';
    const base = romanised ? pairNames(src, k, 'written', writtenAnywhere(src, tokens)) : pairNames(src, k);
    const dict = sourceDictionary(src.lang);
    if (!dict) return base;
    const taken = new Set(base.map((n) => n.start));
    const added: SourceName[] = [];
    const adjective = romanised ? placeAdjective(src.lang) : undefined;
    // an adjective in -ский that the dictionary knows in lower case and that is no place's ("Олимпийских
    // играх", "Крещенских праздников") is translated; a surname of that shape ("Полянская") is not in it
    const commonAdjective = (w: string) => romanised && adjective !== undefined && adjective.test(w) && dict.has(w.toLowerCase()) && adjectiveOf(w, src.lang) === undefined;
    let previous: SourceName | undefined;
    for (const c of pairSourceCapitals(src, k)) {
      const before = previous;
      previous = c;
      if (taken.has(c.start)) continue;
      const facts = capitalFacts(c.text, src.lang, dict);
      if (facts === undefined) continue;
      // an adjective before the noun of a region ("в Тюменской области"): the region's name
      const region = romanised && adjectiveOf(c.text, src.lang) === undefined ? regionAdjective(src.text, c, src.lang) : undefined;
      if (region) {
        added.push(region);
        continue;
      }
      if (commonAdjective(c.text)) continue;
      // Latin script: neither a place nor a proper noun of the dictionary is added wherever it stands
      // (below), so its sentence start is not looked for (most capitals of a German original: its nouns)
      if (!romanised && !facts.place && !facts.properNoun) continue;
      const initial = atSentenceStart(src.text, c.start, (src.pairs[k] as AlignedPair).source.start);
      const place = facts.place;
      // at a sentence start only a word the dictionary knows as a proper noun: any word is capitalised there;
      // inside a sentence, an adjective of a place opens a proper name ("Московского кинофестиваля")
      // not right after another capitalised word: that is a surname ("Леха Качинського")
      const adjectival =
        romanised && !initial && adjective !== undefined && dict.has(c.text.toLowerCase()) && adjective.test(c.text) && !(before && /^[ \u00a0]+$/u.test(src.text.slice(before.end, c.start))) &&
        // of a place ("Московского"), not any adjective in -ский ("Олимпийских играх", "Крещенских праздников")
        adjectiveOf(c.text, src.lang) !== undefined;
      const proper = romanised
        ? (!dict.has(c.text.toLowerCase()) && (!initial || dict.has(c.text))) || adjectival
        : (facts.properNoun && facts.dictionaryName) || (place && !initial);
      if (proper) {
        const n = flagged(c, true);
        if (place) n.place = place;
        if (adjectival) n.adjective = true;
        added.push(n);
      }
      // a name of the dictionary English does not know ("Heiko/S"): missing only beside its other half
      else if (!romanised && !initial && facts.properNoun) added.push(flagged(c, false));
    }
    // a surname the dictionary also knows as a word ("Соколов", "Кулаков") right after a given name it
    // lists as a proper noun ("Александр Соколов")
    const surname = romanised ? langData(src.lang)?.surname : undefined;
    if (surname) {
      const re = new RegExp(surname, 'u');
      const capitals = pairSourceCapitals(src, k);
      const chosen = new Set([...taken, ...added.map((n) => n.start)]);
      capitals.forEach((c, i) => {
        const prev = capitals[i - 1];
        if (chosen.has(c.start) || !prev || !chosen.has(prev.start) || !/^[ \u00a0]+$/u.test(src.text.slice(prev.end, c.start))) return;
        // the word before is a proper noun of the dictionary (a given name), not a noun ("Парка Юрского")
        if (!re.test(c.text) || dict.has(prev.text.toLowerCase()) || !dict.has(prev.text) || isPlaceName(prev.text, src.lang) || isPlaceName(c.text, src.lang)) return;
        added.push(flagged(c, true));
      });
    }
    const marked = base
      .filter((n) => !commonAdjective(n.text))
      .map((n) => {
        if (n.place || !isPlaceName(n.text, src.lang)) return n;
        const out = copyName(n);
        out.place = true;
        return out;
      });
    if (added.length === 0) return marked;
    return [...marked, ...added].sort((a, b) => a.start - b.start);
  });
}

/** `{ ...c, known: true }`, and `proper: true` with `proper`. */
function flagged(c: SourceName, proper: boolean): SourceName {
  const out = copyName(c);
  out.known = true;
  if (proper) out.proper = true;
  return out;
}

interface CapitalFacts {
  place: boolean;
  /** Latin script only (properNoun), else false. */
  properNoun: boolean;
  /** Latin script only (isDictionaryName), else false. */
  dictionaryName: boolean;
}

const capitalMemo = new Map<string, Map<string, CapitalFacts | null>>();
/** Words remembered, at most, per language. */
const MAX_CAPITALS = 20_000;

/**
 * What missingCandidates asks of a capitalised word of the original wherever it stands, once per
 * language and word: undefined for a word it passes over (under three letters, English, not a capital
 * and lower-case letters); else whether it names a place and (Latin script) whether the dictionary
 * lists it as a proper noun and English as a name. Speed: a regular expression and five look-ups per
 * capital of every pair and check. The original's own dictionary's `has`, which loads stems into its
 * speller, is still asked where it was.
 */
function capitalFacts(text: string, lang: string, dict: SourceDictionary): CapitalFacts | undefined {
  // the memo is by language and word, so everything the answer depends on comes from them
  const romanised = lang === 'ru' || lang === 'uk';
  let memo = capitalMemo.get(lang);
  if (memo === undefined) capitalMemo.set(lang, (memo = new Map()));
  let facts = memo.get(text);
  if (facts === undefined) {
    const skip = text.length < 3 || isEnglishWord(text) || !/^\p{Lu}\p{Ll}+$/u.test(text);
    // a German genitive of a proper noun ("Putins" of "Putin/S") is the noun
    const stem = !romanised && !skip && langData(lang)?.genitiveS === true && text.length > 4 && text.endsWith('s') && dict.flagsOf(text).length === 0 && properNoun(dict, text.slice(0, -1)) ? text.slice(0, -1) : text;
    facts = skip ? null : { place: isPlaceName(text, lang), properNoun: !romanised && properNoun(dict, stem), dictionaryName: !romanised && isDictionaryName(stem) };
    if (memo.size >= MAX_CAPITALS) memo.clear();
    memo.set(text, facts);
  }
  return facts ?? undefined;
}

/**
 * A proper noun of a Latin-script dictionary: each of its stem lines takes a genitive "s" at most
 * ("Putin/S", "Julia/S", "Samsung/S"), while a noun has plural and compounding classes ("Frau/MPm",
 * "Kern/EPSMmij"). Counted as a name that must be kept when English knows it as one too ("Putin");
 * otherwise only beside its other half ("Heiko Claußen"), since a few nouns take no plural ("Perfekt/S").
 */
function properNoun(dict: SourceDictionary, word: string): boolean {
  const flags = dict.flagsOf(word);
  return flags.length > 0 && flags.every((f) => f === 'S' || f === '');
}

/** Before a word at a sentence or line start (a quotation, a dash, a colon, a bracket may open one). */
const INITIAL = /(^|[.!?:;…"„“»«()—–•#-]\s*|\n\s*|\p{Extended_Pictographic}\s*)$/u;

function atSentenceStart(text: string, at: number, from: number): boolean {
  const before = text.slice(Math.max(from, at - 4), at);
  return INITIAL.test(before) && !AFTER_INITIAL.test(before);
}

/** The English names of a name of the original that is a place or a language ("Польщі" → Poland, Polish). */
export function exonymWritten(name: SourceName, lang: string, words: () => readonly TargetWord[], others: readonly SourceName[] = []): boolean {
  const names = exonymsOf(name.text, lang);
  // the words are asked for only when the name is a place or language (most are not)
  if (names === undefined) return false;
  // a word that writes another name of the sentence stands for that one: "Kyiv" may say Україна (the
  // government), but not where the original has Київ too; the place's own English name ("China") always counts
  // (a word that writes the place's own first English name counts whatever the other names are: that test,
  // the same for every other name, comes first)
  const first = names.slice(0, 1);
  const own = (w: TargetWord) =>
    !writesExonym(w.folded, first) &&
    others.some((o) => {
      if (o.start === name.start || o.text === name.text) return false;
      // not another word of the same place ("Європейському" beside "Європа")
      const theirs = exonymsOf(o.text, lang);
      if (theirs?.some((e) => names.includes(e))) return false;
      return writesName(o, w) || (theirs?.[0] !== undefined && writesExonym(w.folded, [theirs[0]]));
    });
  return words().some((w) => writesExonym(w.folded, names) && !own(w));
}

/**
 * A target word that cannot stand for a name of the original said otherwise: a place or its adjective
 * ("European", "Russian": a name of the original it writes is accounted for by exonymWritten, and an
 * adjective translates a lower-case word, "європейських").
 */
export function notFree(w: TargetWord): boolean {
  return isPlaceWord(w.folded);
}

/**
 * Cyrillic: the capitalised words inside pair `k`'s original sentence (not at its start) that
 * missingCandidates passes over because the dictionary also knows them in lower case: a name that is
 * a common noun too ("Буча", "Перекресток", "Кремль"). Russian and Ukrainian capitalise no common noun
 * inside a sentence, but a translator may translate such a name, so source/missing asks for these only
 * where the translation's sentence has a hole where a word was (gap.ts).
 */
export function homographNames(src: AlignedSource, k: number): SourceName[] {
  if (src.lang !== 'ru' && src.lang !== 'uk') return [];
  const from = (src.pairs[k] as AlignedPair).source.start;
  return pairSourceCapitals(src, k).filter((c) => c.text.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(c.text) && !isEnglishWord(c.text) && !atSentenceStart(src.text, c.start, from));
}
