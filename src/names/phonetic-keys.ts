import { doubleMetaphone } from 'double-metaphone';
import { canon } from './conventions.js';

// The phonetic keys the name index (name-index.ts) files term words under and looks written words up by.

/** The distinct Double Metaphone keys of the spellings, in order. */
export function keysOf(spellings: readonly string[]): string[] {
  const keys: string[] = [];
  for (const s of spellings) for (const k of phoneticKeys(s)) if (!keys.includes(k)) keys.push(k);
  return keys;
}

/** Keys and, for keys of four letters or more, the keys with one letter left out. */
export function lookupKeys(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    if (k.length >= 2 && !out.includes(k)) out.push(k);
    if (k.length < 4) continue;
    for (let i = 0; i < k.length; i++) {
      const d = k.slice(0, i) + k.slice(i + 1);
      if (!out.includes(d)) out.push(d);
    }
  }
  return out;
}

/**
 * The keys a word is filed under and looked up by: lookupKeys, and for a word whose canonical form's every key
 * is shorter than two letters, which lookupKeys leaves out (Double Metaphone writes a name of vowels, h, w and y as one letter or
 * none: "Huawei" H, "Iowa" A), its first three letters after a mark no key holds: "Huawey" then finds Huawei.
 */
export function indexKeys(keys: readonly string[], folded: string): string[] {
  const out = lookupKeys(keys);
  // (a word of two consonants or more besides h, w and y has a key of two letters: asked of the rest only)
  if (folded.length < 4 || CONSONANTS.test(folded)) return out;
  const canonical = canon(folded);
  if (canonical.length >= 4 && !phoneticKeys(canonical).some((k) => k.length >= 2)) out.push(SHORT + canonical.slice(0, 3));
  return out;
}
const SHORT = '~';
const CONSONANTS = /[^aeiouhwy].*[^aeiouhwy]/;

/** The distinct Double Metaphone keys of a spelling (primary and secondary). */
export function phoneticKeys(spelling: string): string[] {
  const [a, b] = doubleMetaphone(spelling);
  return a === b || b === '' ? [a] : a === '' ? [b] : [a, b];
}
