import { scanTokens } from '../../document/tokens.js';
import type { CompiledGlossary } from '../../glossary/compile.js';
import { type DerivedKind, moduleUrl, readDerived, writeDerived } from '../../glossary/derived-cache.js';
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
/** Known's part for one glossary, as cached: entry ids counted from the glossary's first entry. */
interface StoredKnown {
  caps: string[];
  initials: string[];
  /** Sorted letters, acronym, id. */
  sorted: [string, string, number][];
}

/** The derived data's cache entry (derived-cache.ts): its key covers this module and the tokenizer it scans with. */
const KNOWN_KIND: DerivedKind = {
  name: 'acronyms',
  format: 1,
  code: [new URL(import.meta.url), moduleUrl('../../document/tokens', import.meta.url)],
};

/**
 * What the glossaries say about acronyms, once per checker: per loaded glossary from the cache folder
 * (derived-cache.ts, keyed by the glossary's cache key and this code), else from its terms in one pass
 * over each term's words, without arrays or lower-cased copies of them (~40-70 ms at 50,000 entries).
 */
export function glossaryKnown(g: CompiledGlossary): Known {
  const k: Known = { caps: new Set(), initials: new Set(), sorted: new Map() };
  g.forEachPart((base, count, key) => {
    let part = readDerived(KNOWN_KIND, key) as StoredKnown | undefined;
    if (!isStoredKnown(part, count)) {
      part = knownOfTerms(g, base, count);
      writeDerived(KNOWN_KIND, key, part);
    }
    for (const w of part.caps) k.caps.add(w);
    for (const w of part.initials) k.initials.add(w);
    // the first entry with these letters wins, over all glossaries in order (as in one pass over all terms)
    for (const [letters, term, id] of part.sorted) if (!k.sorted.has(letters)) k.sorted.set(letters, { term, id: base + id });
  });
  return k;
}

/** Known's part for entries base to base + count - 1 (terms only: entries are parsed from the glossary cache when a text needs them). */
function knownOfTerms(g: CompiledGlossary, base: number, count: number): StoredKnown {
  const caps = new Set<string>();
  const initialSet = new Set<string>();
  const sorted = new Map<string, [string, number]>();
  for (let id = 0; id < count; id++) {
    const term = g.term(base + id);
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
          caps.add(w);
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
    if (words === 1 && acronym !== undefined && !sorted.has(sortLetters(acronym))) sorted.set(sortLetters(acronym), [acronym, id]);
    if (content >= 2 && capitalised) initialSet.add(initials);
  }
  return { caps: [...caps], initials: [...initialSet], sorted: [...sorted].map(([letters, [term, id]]) => [letters, term, id]) };
}

/**
 * Whether a cached part has Known's shape, down to each element, with term ids inside the part's `count`
 * entries: a file of another shape (written by other code, or edited) is built again, never read as
 * ids into another glossary's entries.
 */
function isStoredKnown(v: unknown, count: number): v is StoredKnown {
  const o = v as StoredKnown | undefined;
  if (typeof o !== 'object' || o === null || !Array.isArray(o.caps) || !Array.isArray(o.initials) || !Array.isArray(o.sorted)) return false;
  const strings = (xs: unknown[]): boolean => xs.every((x) => typeof x === 'string');
  return (
    strings(o.caps) &&
    strings(o.initials) &&
    o.sorted.every((e: unknown) => Array.isArray(e) && e.length === 3 && typeof e[0] === 'string' && typeof e[1] === 'string' && Number.isInteger(e[2]) && e[2] >= 0 && e[2] < count)
  );
}

export function isAsciiCapital(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function sortLetters(s: string): string {
  return [...s].sort().join('');
}
