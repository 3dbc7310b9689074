import type { CompiledGlossary } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';

/** A term word shared by more terms than this is a common given name or a generic word ("City", "of"). */
const MAX_NAME_WORD_TERMS = 8;
/** Shorter English words ("of", "the", "Lee") are left out unread: the glue words are in thousands of terms, and a short name is too often a word. */
const MIN_NAME_WORD = 4;

/**
 * An English word that the index holds all the same: the surname of a person ("Heard" of Amber Heard,
 * "Pines" of Guy Pines) or a place or organisation of that one word ("Palatinate"), so that a bent name
 * made of ordinary words has candidates. Other English words of terms are left out: a given name ("John"
 * of John Kerry would make "John Berry", another person, a candidate), and the "City" of "Panama City"
 * or "Service" of "Secret Service" (the name is found by its other words, and an ordinary word of a place
 * or organisation would make its every English neighbour a candidate: "Security Service"). The entries of
 * a word of many terms are not read. Asked only when the index is built, not when it comes from the cache:
 * about 25 ms for the 228 English words of the bench's 50,000-entry glossary (looking up their terms).
 */
export function namesWord(glossary: CompiledGlossary, word: string): boolean {
  if (word.length < MIN_NAME_WORD) return false;
  const refs = glossary.termWordsOf(word);
  if (!refs || refs.length > MAX_NAME_WORD_TERMS) return false;
  for (const r of refs) {
    const term = glossary.term(r.id);
    const last = term.slice(term.search(/[^\s-]+$/)).toLowerCase() === word;
    if (!last) continue;
    const category = glossary.entry(r.id).category;
    if (category === 'person' || ((category === 'place' || category === 'organisation') && !/[\s-]/.test(term))) return true;
  }
  return false;
}

/**
 * What namesWord decides for this glossary, for the postings' cache key (index-cache.ts): the key of
 * every glossary file the checker loaded (a hash of its bytes, so of its categories too) when each part
 * has one, else the English words namesWord admits. The term words alone would not do: the same words
 * with other categories admit other English words.
 */
export function namesWordFacts(glossary: CompiledGlossary, words: readonly string[]): string {
  const keys: string[] = [];
  let every = true;
  glossary.forEachPart((_base, _count, key) => {
    if (key === undefined) every = false;
    else keys.push(key);
  });
  if (every) return `files\0${keys.join('\0')}`;
  return `words\0${words.filter((w) => isEnglishWord(w) && namesWord(glossary, w)).join('\0')}`;
}
