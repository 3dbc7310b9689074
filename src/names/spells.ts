import { spells as dictionarySpells } from '../lang/english.js';
import { nameData } from './data.js';
import type { NameTerm } from './name-index.js';

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

/**
 * A name with a word of fixed spelling (corpora/names/particles.yaml: fixedSpelling, "McKellen"): a name of
 * a language written in Latin script, matched as when the source language is known to be one (align.ts,
 * strict): the variants romanisations allow are misspellings of it ("McKelen").
 */
export function fixedSpelling(term: NameTerm): boolean {
  // once per term: the matcher asks at every candidate it aligns
  return (term.fixedSpelling ??= term.words.some((w) => nameData().fixedSpelling.test(w.text)));
}
