import { langData } from './lang-data.js';
import { sourceCapitals, type SourceName } from './names.js';

const patterns = new Map<string, { adjective: RegExp; noun: RegExp } | null>();

/** The language's placeAdjective endings and regionNouns (languages.json) as regular expressions, made once. */
function regionPatterns(lang: string): { adjective: RegExp; noun: RegExp } | null {
  let p = patterns.get(lang);
  if (p === undefined) {
    const data = langData(lang);
    p = data?.placeAdjective && data.regionNouns?.length ? { adjective: new RegExp(data.placeAdjective, 'u'), noun: new RegExp(`^[ \\u00a0]+(?:${data.regionNouns.join('|')})\\p{Ll}*`, 'u') } : null;
    patterns.set(lang, p);
  }
  return p;
}

/**
 * A capitalised adjective of a Russian or Ukrainian original right before the noun of a region ("в
 * Тюменской области", "Иркутской области"): it names a place ("Tyumen region") though the dictionary
 * knows it in lower case and no table lists the place. Returned as a proper name whose spellings are
 * those of its stem (the adjective's ending cut: "Тюмен" → Tyumen), so that "Tyumen" writes it; undefined
 * for any other word. Constant work per word.
 */
export function regionAdjective(text: string, capital: SourceName, lang: string): SourceName | undefined {
  const p = regionPatterns(lang);
  if (!p) return undefined;
  const m = p.adjective.exec(capital.text);
  if (!m || capital.text.length - m[0].length < 3 || !p.noun.test(text.slice(capital.end, capital.end + 24))) return undefined;
  const stem = capital.text.slice(0, capital.text.length - m[0].length);
  const spelled = sourceCapitals(stem, { start: 0, end: stem.length }, lang)[0];
  if (!spelled) return undefined;
  return { ...spelled, start: capital.start, end: capital.end, text: capital.text, known: true, proper: true };
}
