import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { firstLower, type Token } from '../../document/tokens.js';

/** A country named in the text: tokens [first, last) and the country's first listed form. */
export interface Mention {
  first: number;
  last: number;
  country: string;
}

export const UNITED_STATES = 'United States';
const MAX_FORM_TOKENS = 6;

/** Country names as written: exact-case form → country, and the lowercased first words of all forms. */
export interface Countries {
  forms: Map<string, string>;
  firstWords: Set<string>;
}

/** Reads corpora/rules/countries.txt (once per checker, from the rule's prepare). */
export function loadCountries(): Countries {
  const path = fileURLToPath(new URL('../../../corpora/rules/countries.txt', import.meta.url));
  const forms = new Map<string, string>();
  const firstWords = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const list = line.split('|').map((f) => f.trim());
    for (const f of list) {
      if (!forms.has(f)) forms.set(f, list[0] as string);
      firstWords.add(firstLower(f));
    }
  }
  return { forms, firstWords };
}

/** "Latin American", "South American": not the United States. */
const REGION_BEFORE_AMERICAN = new Set(['Latin', 'South', 'Central', 'North']);

/** Every country mention, longest form first at each position ("United States" before "United"). */
export function findMentions(countries: Countries, text: string, tokens: readonly Token[]): Mention[] {
  const { forms: map, firstWords: starts } = countries;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i] as Token;
    // only words that begin some country's name are worth the slices below
    if (first.kind !== 'word' || !startsCapital(first.text) || !starts.has(first.lower)) continue;
    for (let j = Math.min(tokens.length, i + MAX_FORM_TOKENS); j > i; j--) {
      const last = tokens[j - 1] as Token;
      if (last.segment !== first.segment) continue;
      const country = map.get(text.slice(first.start, last.end));
      if (!country) continue;
      if (country === UNITED_STATES && first.text.startsWith('America') && REGION_BEFORE_AMERICAN.has(tokens[i - 1]?.text ?? '')) break;
      out.push({ first: i, last: j, country });
      i = j - 1;
      break;
    }
  }
  return out;
}

/**
 * The first character changes when lower-cased; asked of every word, so an ASCII one is compared with
 * A-Z, without the one-character strings.
 */
function startsCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return word.charAt(0) !== word.charAt(0).toLowerCase();
}
