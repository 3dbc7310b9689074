import type { CompiledGlossary } from '../glossary/compile.js';
import { isEnglishWord } from '../lang/english.js';
import type { NameMiss } from './match.js';
import type { NameIndex, NameTerm } from './name-index.js';
import { nameData } from './data.js';
import { foldedFirstWords } from './fold.js';
import { compareWords } from './similarity.js';
import { familyNameFirst } from './syllabic.js';
import type { NameWord } from './words.js';

/** A name with the surname as the glossary has it and the given name in the form of another language. */
const CONFIDENCE = 0.7;

/**
 * A person's name of the glossary written with its given name in another language's form, the surname as it is:
 * "Judah Barlev" for Yehuda Barlev, "Nicholas Khomenko" for Mykola Khomenko, "Johann Kowalczyk" for Jan
 * Kowalczyk. MT writes a given name it knows in the form of the language it writes (corpora/names/cognates.txt
 * lists such forms, one name a line); the person is called what the glossary calls them. The given name
 * written is not alike in spelling to the glossary's (that is the main matcher's to judge, with the variants
 * romanisations allow), and the surname is a name, not an English word ("John Walker" is not "Johann Walker"),
 * of no other person of the glossary with a form of the same given name. Linear: one map read per two
 * neighbouring name words; the map is made once per name index (glossary), from the people whose given name
 * is in the list.
 */
export function cognateNames(text: string, words: readonly NameWord[], runs: readonly (readonly [number, number])[], inMatch: Uint8Array, index: NameIndex, glossary: CompiledGlossary): NameMiss[] {
  const forms = cognateTerms(index, glossary);
  if (forms.size === 0) return [];
  const out: NameMiss[] = [];
  for (let j = 0; j < runs.length; j++) {
    const [a, b] = runs[j] as readonly [number, number];
    for (let k = a; k + 1 < b; k++) {
      const given = words[k] as NameWord;
      const surname = words[k + 1] as NameWord;
      if (given.particle || surname.particle || given.allCaps) continue;
      const term = forms.get(`${given.folded} ${surname.folded}`);
      // a glossary name over either word is that name ("Judah Barlev" may be a person of the glossary too)
      if (!term || inMatch[given.first] || inMatch[surname.first]) continue;
      const meant = term.words[0] as NameWord;
      if (compareWords(index.compared(given), index.compared(meant)).kind !== 'none') continue;
      const start = given.start;
      const end = surname.stop;
      const message = `"${text.slice(start, end)}" writes the given name of "${term.term}" in another language's form ("${given.text}" for "${meant.text}")`;
      out.push({ start, end, suggestion: term.term, confidence: CONFIDENCE, entry: term.entry, message });
      k++;
    }
  }
  return out;
}

const cache = new WeakMap<NameIndex, Map<string, NameTerm | null>>();

/**
 * Each person of the glossary named by given name and surname, under every other form of the given name ("judah
 * barlev"), folded; null where two people of the glossary share the surname with forms of one given name.
 */
function cognateTerms(index: NameIndex, glossary: CompiledGlossary): Map<string, NameTerm | null> {
  let map = cache.get(index);
  if (map) return map;
  map = new Map();
  const { cognates } = nameData();
  const firsts = foldedFirstWords(glossary);
  for (let id = 0; id < glossary.size; id++) {
    // the given name told from the term's first word before the entry is read or its words are made (as swapped.ts does)
    const forms = cognates.get(firsts[id] as string);
    if (forms === undefined || glossary.entry(id).category !== 'person') continue;
    const term = index.term(id);
    if (!term || term.words.length !== 2 || term.words.some((w) => w.particle) || familyNameFirst(term)) continue;
    const [given, surname] = term.words as [NameWord, NameWord];
    if (isEnglishWord(surname.folded)) continue;
    for (const form of forms) {
      if (form === given.folded) continue;
      const key = `${form} ${surname.folded}`;
      // two people of the glossary with forms of one given name and one surname: neither is meant for sure
      map.set(key, map.has(key) ? null : term);
    }
  }
  cache.set(index, map);
  return map;
}
