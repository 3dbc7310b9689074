import { langData, placeAdjective } from './lang-data.js';
import { sourceCapitals, type SourceName } from './names.js';

const nouns = new Map<string, RegExp | null>();

/** The language's regionNouns (languages.json) as a regular expression for what follows the adjective, made once. */
function regionNoun(lang: string): RegExp | null {
  let re = nouns.get(lang);
  if (re === undefined) {
    const list = langData(lang)?.regionNouns;
    re = list?.length ? new RegExp(`^[ \\u00a0]+(?:${list.join('|')})\\p{Ll}*`, 'u') : null;
    nouns.set(lang, re);
  }
  return re;
}

/**
 * A capitalised adjective of a Russian or Ukrainian original right before the noun of a region ("в
 * Тюменской области", "Иркутской области"): it names a place ("Tyumen region") though the dictionary
 * knows it in lower case and no table lists the place. Returned as a proper name whose spellings are
 * those of its stem (the adjective's ending cut: "Тюмен" → Tyumen), so that "Tyumen" writes it; undefined
 * for any other word. Constant work per word.
 */
export function regionAdjective(text: string, capital: SourceName, lang: string): SourceName | undefined {
  const adjective = placeAdjective(lang);
  const noun = regionNoun(lang);
  if (!adjective || !noun) return undefined;
  const m = adjective.exec(capital.text);
  if (!m || capital.text.length - m[0].length < 3 || !noun.test(text.slice(capital.end, capital.end + 24))) return undefined;
  const stem = capital.text.slice(0, capital.text.length - m[0].length);
  const spelled = sourceCapitals(stem, { start: 0, end: stem.length }, lang)[0];
  if (!spelled) return undefined;
  return { ...spelled, start: capital.start, end: capital.end, text: capital.text, known: true, proper: true };
}
