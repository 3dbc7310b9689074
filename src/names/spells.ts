import { spells as dictionarySpells } from '../lang/english.js';

/**
 * A capitalised word the English dictionary knows ("Powell", "Kharkov"). Other casings ("McKellen",
 * "NATO") are not asked: the dictionary's speller would have to be built for them, at a cost.
 */
export function spells(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() && dictionarySpells(word);
}
