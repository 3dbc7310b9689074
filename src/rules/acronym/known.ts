import { scanTokens } from '../../document/tokens.js';
import type { CompiledGlossary } from '../../glossary/compile.js';
import { readWordList } from '../../lang/word-forms.js';
import { readYamlData } from '../../lang/yaml-cache.js';
import type { SourceLang } from '../types.js';


/** A token the rule considers: 2-6 capitals, maybe with a plural "s". */
export const ACRONYM = /^([A-Z]{2,6})(s?)$/;
/** Words an expansion may skip or include without a letter of their own ("Bank of England", "BoE"). */
export const MINOR = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'to', 'at', 'de', 'des', 'du', 'la', 'le', 'et', 'für', 'und', 'y', 'del']);

const NEWS_FILE = new URL('../../../corpora/rules/acronyms.txt', import.meta.url);
const NETBSD_FILE = new URL('../../../corpora/rules/acronyms-netbsd.txt', import.meta.url);
const FOREIGN_FILE = new URL('../../../corpora/rules/acronyms-foreign.yaml', import.meta.url);

/** The lists the rule reads from corpora/rules/, once per checker. */
export interface Lists {
  /** Acronyms common in English news (acronyms.txt): never reported. */
  news: Set<string>;
  /** Widely used acronyms of every field (acronyms-netbsd.txt): reported only on strong evidence. */
  wide: Set<string>;
  /** Source-language acronyms with their English forms, by language (acronyms-foreign.yaml). */
  foreign: Map<string, Map<SourceLang, string>>;
}

export function loadLists(): Lists {
  const foreign = new Map<string, Map<SourceLang, string>>();
  const data = readYamlData(FOREIGN_FILE) as Record<SourceLang, Record<string, string>>;
  for (const [lang, pairs] of Object.entries(data) as [SourceLang, Record<string, string>][]) {
    for (const [form, english] of Object.entries(pairs)) {
      let byLang = foreign.get(form);
      if (!byLang) foreign.set(form, (byLang = new Map()));
      byLang.set(lang, String(english));
    }
  }
  return { news: readWordList(NEWS_FILE, false), wide: readWordList(NETBSD_FILE, false), foreign };
}

export interface Known {
  /** All-caps words of glossary terms ("UN" in "UN General Assembly"). */
  caps: Set<string>;
  /** Initials of glossary terms ("FATF" for "Financial Action Task Force"). */
  initials: Set<string>;
  /** One-word glossary acronyms by their letters sorted ("ANOT" → NATO), with the entry id. */
  sorted: Map<string, { term: string; id: number }>;
}
/**
 * What the glossary says about acronyms, built once per checker from its terms: in one pass over each
 * term's words, without arrays or lower-cased copies of them (the way with word lists took ~160 ms of
 * every all-rules start at 50,000 entries, this ~40 ms).
 */
export function glossaryKnown(g: CompiledGlossary): Known {
  const k: Known = { caps: new Set(), initials: new Set(), sorted: new Map() };
  // terms only: the entries themselves are parsed from the glossary cache when a text needs them
  for (let id = 0; id < g.size; id++) {
    const term = g.term(id);
    let words = 0;
    let acronym: string | undefined;
    // the content words (not MINOR): how many, whether all are capitalised, their first letters
    let content = 0;
    let capitalised = true;
    let initials = '';
    scanTokens(term, 0, term.length, (start, end, kind) => {
      if (kind !== 'word') return;
      words++;
      const length = end - start;
      // ACRONYM wants two capitals first: most words are refused without slicing them
      if (length >= 2 && length <= 7 && isAsciiCapital(term.charCodeAt(start)) && isAsciiCapital(term.charCodeAt(start + 1))) {
        const w = term.slice(start, end);
        if (ACRONYM.test(w)) {
          k.caps.add(w);
          acronym = w;
        }
      }
      // MINOR words have 1-4 letters
      if (length <= 4 && MINOR.has(term.slice(start, end).toLowerCase())) return;
      content++;
      if (!capitalised) return;
      const c = term.charAt(start);
      if (c !== c.toLowerCase() && c === c.toUpperCase()) initials += c;
      else capitalised = false;
    });
    if (words === 1 && acronym !== undefined && !k.sorted.has(sortLetters(acronym))) k.sorted.set(sortLetters(acronym), { term: acronym, id });
    if (content >= 2 && capitalised) k.initials.add(initials);
  }
  return k;
}

export function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function sortLetters(s: string): string {
  return [...s].sort().join('');
}
