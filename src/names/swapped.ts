import type { Token } from '../document/tokens.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import { titleBefore } from './evidence.js';
import type { NameMiss } from './match.js';
import type { NameIndex, NameTerm } from './name-index.js';
import { nameData, pinyinSyllables } from './data.js';
import { foldedFirstWords } from './fold.js';
import { chineseName, familyNameFirst } from './syllabic.js';
import type { NameWord } from './words.js';

/** The confidence of a name written in the other order: the words are the name's own, only their order is not. */
const CONFIDENCE = 0.8;

/**
 * A name English news writes family name first, written given name first: "Jinping Xi" for Xi Jinping,
 * "Jong Un Kim" for Kim Jong Un. English news writes Chinese and Korean names in their own order (AP and
 * Reuters style); MT and writers who take such a name for a Western one turn it round (MQM marks it as a
 * name-format error). The run's words are the term's words, exactly, with its first word (the family name)
 * moved to the end; the term is one syllabic.ts reads as Chinese or Korean (`familyNameFirst`). A Chinese given
 * name of one syllable ("Qiang Li" for Li Qiang, "Yi Wang" for Wang Yi) is taken only with evidence, since
 * many people of the diaspora write such a name in the Western order and are other people: the term's own
 * title or an office right before it, or the term itself elsewhere in the text. Japanese names are left
 * alone: English writes them in both orders. Linear: one map look-up per run of two or three name words;
 * the map of the turned-round terms is made once per name index (glossary), from its Chinese and Korean
 * names only.
 */
export function swappedNames(
  text: string,
  words: readonly NameWord[],
  runs: readonly (readonly [number, number])[],
  tokens: readonly Token[],
  termsInText: () => ReadonlySet<string>,
  index: NameIndex,
  glossary: CompiledGlossary,
): NameMiss[] {
  const turned = turnedTerms(index, glossary);
  if (turned.size === 0) return [];
  const out: NameMiss[] = [];
  for (let j = 0; j < runs.length; j++) {
    const [a, b] = runs[j] as readonly [number, number];
    // every window of two or three words of the run ("President Jinping Xi" holds "Jinping Xi")
    for (let k = a; k + 1 < b; k++) {
      let key = (words[k] as NameWord).folded;
      for (let n = 2; n <= 3 && k + n <= b; n++) {
        key += ' ' + (words[k + n - 1] as NameWord).folded;
        const term = turned.get(key);
        if (!term || !taken(term, words[k] as NameWord)) continue;
        const start = (words[k] as NameWord).start;
        const end = (words[k + n - 1] as NameWord).stop;
        const message = `"${text.slice(start, end)}" is "${term.term}" written given name first; English writes this name family name first`;
        out.push({ start, end, suggestion: term.term, confidence: CONFIDENCE, entry: term.entry, message });
        k += n - 1;
        break;
      }
    }
  }
  return out;

  function taken(term: NameTerm, first: NameWord): boolean {
    const given = term.words[1] as NameWord;
    const oneSyllable = term.words.length === 2 && chineseName(term) && given.syllables.length === 1 && !pinyinSyllables(given.folded);
    return !oneSyllable || titleBefore(tokens, first.first, term.entry.titles, true) || termsInText().has(term.term);
  }
}

const cache = new WeakMap<NameIndex, Map<string, NameTerm>>();

/** Each Chinese or Korean person's name of the glossary by its words turned round (given name first), folded. */
function turnedTerms(index: NameIndex, glossary: CompiledGlossary): Map<string, NameTerm> {
  let map = cache.get(index);
  if (map) return map;
  map = new Map();
  const { chineseFamilyNames, koreanFamilyNames } = nameData();
  const firsts = foldedFirstWords(glossary);
  for (let id = 0; id < glossary.size; id++) {
    // a Chinese or Korean family name first, told from the term's first word before the entry is read (a glossary
    // loaded from its cache parses an entry when asked for it: all 50,000 of the bench's at the first check) or
    // its words are made (which would churn the name index's bounded cache of terms)
    const first = firsts[id] as string;
    if ((!chineseFamilyNames.has(first) && !koreanFamilyNames.has(first)) || glossary.entry(id).category !== 'person') continue;
    const term = index.term(id);
    if (!term || term.words.length < 2 || term.words.length > 3 || term.words.some((w) => w.particle) || !familyNameFirst(term)) continue;
    const [family, ...given] = term.words as [NameWord, ...NameWord[]];
    const key = [...given, family].map((w) => w.folded).join(' ');
    if (!map.has(key)) map.set(key, term);
  }
  cache.set(index, map);
  return map;
}
