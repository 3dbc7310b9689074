import { isEnglishWord } from '../lang/english.js';
import type { SourceDictionary } from './dictionary.js';
import { stopwords } from './lang-data.js';

/** What sourceNames asks of a word of the original wherever it stands, worked out once per language and word. */
export interface WordFacts {
  /**
   * Shaped like a name (a capital, then two lower-case letters or more), not a function word of the
   * language, and in a Cyrillic original not in Latin letters (those are latinNames').
   */
  candidate: boolean;
  /** The original's dictionary knows it as written or in lower case (German: also as a compound). */
  inDictionary: boolean;
  /** An English word (isEnglishWord). */
  english: boolean;
}

const LATIN_NAME = /^\p{Lu}[\p{Ll}\p{M}]{2,}$/u;
const CYRILLIC_NAME = /^[\p{Lu}][\p{Ll}]{2,}$/u;
const LATIN_LETTER = /^\p{Script=Latin}/u;
const CAMEL = /^(?=\p{L}{5,}$)\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u;
const CAPITALS = /^\p{Lu}{5,}$/u;
const NOT_A_NAME: WordFacts = { candidate: false, inDictionary: false, english: false };

/** Per language (a map each, so that a look-up builds no key string), word → facts. */
const factsByLang = new Map<string, Map<string, WordFacts>>();
/** Words remembered, at most, per language (names and common words recur in every check of a stream). */
const MAX_FACTS = 50_000;

/**
 * A word's facts (see WordFacts), remembered. Speed: sourceNames asks them for every word of every pair,
 * for each rule that reads the names, and in every check: two regular expressions, a set of function
 * words and two or three dictionary look-ups (each a key to build and hash) were a tenth of the source
 * rules' time; the answers depend on the word alone, so one look-up here replaces them.
 */
export function wordFacts(w: string, lang: string, dict: SourceDictionary): WordFacts {
  let memo = factsByLang.get(lang);
  if (memo === undefined) factsByLang.set(lang, (memo = new Map()));
  let facts = memo.get(w);
  if (facts === undefined) {
    const cyrillic = lang === 'ru' || lang === 'uk';
    // of a Latin-script original, a brand or code name too, kept as it is: an inner capital ("DirectX",
    // "PowerDVD", "ScanDisk") or five capitals or more ("README", "TORRO")
    // (in Cyrillic too: "ДиКаприо", "ТікТок", "РемСтирМаш")
    const shaped = cyrillic ? (CYRILLIC_NAME.test(w) || CAMEL.test(w)) && !LATIN_LETTER.test(w) : LATIN_NAME.test(w) || CAMEL.test(w) || CAPITALS.test(w);
    const candidate = shaped && !stopwords().get(lang)?.has(w.toLowerCase());
    facts = candidate ? { candidate, inDictionary: dict.isWord(w, lang === 'de') || dict.has(w.toLowerCase()), english: isEnglishWord(w) } : NOT_A_NAME;
    if (memo.size >= MAX_FACTS) memo.clear();
    memo.set(w, facts);
  }
  return facts;
}
