import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isCapitalized, scanTokens } from '../../document/tokens.js';
import type { CompiledGlossary } from '../../glossary/compile.js';
import { readWordList } from '../../lang/word-forms.js';
import type { SourceLang } from '../types.js';

/** The yaml package, loaded with the first list read (~50 ms: not on every start). */
const parse = (text: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

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
  const data = parse(readFileSync(FOREIGN_FILE, 'utf8')) as Record<SourceLang, Record<string, string>>;
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
/** What the glossary says about acronyms, built once per checker from its terms. */
export function glossaryKnown(g: CompiledGlossary): Known {
  const k: Known = { caps: new Set(), initials: new Set(), sorted: new Map() };
  // terms only: the entries themselves are parsed from the glossary cache when a text needs them
  for (let id = 0; id < g.size; id++) {
    const words = wordsOf(g.term(id));
    for (const w of words) {
      if (!ACRONYM.test(w)) continue;
      k.caps.add(w);
      if (words.length === 1 && !k.sorted.has(sortLetters(w))) k.sorted.set(sortLetters(w), { term: w, id });
    }
    const content = words.filter((w) => !MINOR.has(w.toLowerCase()));
    if (content.length >= 2 && content.every((w) => isCapitalized(w))) k.initials.add(content.map((w) => w.charAt(0)).join(''));
  }
  return k;
}

export function sortLetters(s: string): string {
  return [...s].sort().join('');
}

/** The words of a term as strings: this runs over every glossary entry, so no token objects. */
function wordsOf(term: string): string[] {
  const words: string[] = [];
  scanTokens(term, 0, term.length, (start, end, kind) => void (kind === 'word' && words.push(term.slice(start, end))));
  return words;
}
