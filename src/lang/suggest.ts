import stringSimilarity from 'string-similarity';
import { editDistance } from './edit-distance.js';
import { spells } from './english.js';

export interface Correction {
  text: string;
  /** Ranking score, roughly 0..1.2. */
  score: number;
  distance: number;
}

/**
 * Suffix repairs for nonce forms: the right word often keeps the stem and swaps the ending
 * ("loathous" → "loathsome", "deportated" → "deported"), which Hunspell's letter edits miss.
 */
const SUFFIX_REPAIRS: [string, string[]][] = [
  ['ous', ['some', 'ful', 'ious', 'eous', 'ive', 'ed']],
  ['ful', ['some', 'ous']],
  ['some', ['ous', 'ful']],
  ['ated', ['ed']],
  ['ating', ['ing']],
  ['ation', ['ion', 'ment']],
  ['ment', ['ion', 'ation']],
  ['ity', ['ness']],
  ['ness', ['ity']],
  ['able', ['ible']],
  ['ible', ['able']],
  ['ance', ['ence']],
  ['ence', ['ance']],
  ['ant', ['ent']],
  ['ent', ['ant']],
  ['ical', ['ic']],
  ['ic', ['ical']],
  ['ly', ['ally', 'ily']],
  ['er', ['or']],
  ['or', ['er']],
];

/** Rough word class from the ending, so a nonce adjective is mended to an adjective, not to a plural. */
function wordClass(w: string): string {
  if (/(ous|some|ful|ive|able|ible|ical|less|ish|ary|ory)$/.test(w)) return 'adjective';
  if (/ly$/.test(w)) return 'adverb';
  if (/ing$/.test(w)) return 'ing';
  if (/ed$/.test(w)) return 'past';
  if (/(tion|sion|ment|ness|ity|ance|ence|ism)$/.test(w)) return 'noun';
  if (/[^s]s$/.test(w)) return 'plural';
  return 'other';
}

function sorted(w: string): string {
  return [...w].sort().join('');
}

export function commonPrefix(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k;
}

/**
 * Ranked corrections for a lower-case non-word: dictionary words one edit away, plus suffix and
 * doubled-letter repairs, scored by string similarity, edit distance, shared beginning and whether the
 * word class is kept. Best first. Hunspell's own suggest() is not used: it takes ~60 ms a word and ranks
 * "loathers" above "loathsome".
 */
export function corrections(word: string, max = 3): Correction[] {
  if (word.length > MAX_WORD_LENGTH) return [];
  let c = memo.get(word);
  if (!c) {
    if (memo.size > MEMO_LIMIT) memo.clear();
    memo.set(word, (c = rank(word)));
  }
  return c.slice(0, max);
}

/**
 * The longest word corrections are looked for. The en-US dictionary's longest word has 24 letters, and
 * an edit or repair below changes a word's length by at most 3, so no longer word has a candidate; the
 * bound also keeps the work per word fixed (about 54·n candidates of length n, and n² doublings).
 * tests/lang/suggest.test.ts checks it against the dictionary.
 */
export const MAX_WORD_LENGTH = 30;
const MEMO_LIMIT = 5_000;
const memo = new Map<string, Correction[]>();
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function rank(word: string): Correction[] {
  const pool = new Map<string, number>(); // candidate → bonus
  const add = (c: string, bonus: number) => {
    if (c === word || c.length < 2 || pool.has(c) && (pool.get(c) as number) >= bonus) return;
    if (spells(c)) pool.set(c, bonus);
  };
  const { edits, repairs } = candidates(word);
  for (const c of edits) add(c, 0);
  for (const c of repairs) add(c, 0.12);

  const cls = wordClass(word);
  const out: Correction[] = [];
  for (const [text, bonus] of pool) {
    const distance = editDistance(word, text, 6);
    if (distance > 4) continue;
    const similarity = stringSimilarity.compareTwoStrings(word, text);
    const prefix = Math.min(commonPrefix(word, text), 6) / 6;
    const other = wordClass(text);
    const classBonus = cls === 'other' ? 0 : other === cls ? 0.15 : -0.1;
    // the same letters in another order: a slip of the fingers ("recieve"), not another word
    const anagram = distance <= 2 && sorted(text) === sorted(word) ? 0.2 : 0;
    const score = similarity + 0.15 * prefix - 0.08 * distance + bonus + classBonus + anagram;
    out.push({ text, score: Math.round(score * 1000) / 1000, distance });
  }
  out.sort((a, b) => b.score - a.score || a.distance - b.distance || a.text.localeCompare(b.text));
  return out;
}

/** The strings a correction is looked for among: letter edits, and suffix and doubled-letter repairs (a bonus). */
export function candidates(word: string): { edits: Set<string>; repairs: string[] } {
  return { edits: edits(word), repairs: repairs(word) };
}

/** Every string one deletion, transposition, substitution or insertion away. */
function edits(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + (b[1] as string) + (b[0] as string) + b.slice(2));
    for (const l of LETTERS) {
      if (b) out.add(a + l + b.slice(1));
      out.add(a + l + b);
    }
  }
  return out;
}

function repairs(word: string): string[] {
  const out: string[] = [];
  for (const [from, tos] of SUFFIX_REPAIRS) {
    if (!word.endsWith(from) || word.length - from.length < 3) continue;
    const stem = word.slice(0, -from.length);
    for (const to of tos) {
      out.push(stem + to);
      // the stem may have lost or gained a final e or doubled consonant along the way
      if (stem.endsWith('e')) out.push(stem.slice(0, -1) + to);
      else out.push(stem + 'e' + to);
    }
  }
  // a letter doubled or undoubled, once or twice ("collonaded" → "colonnaded")
  const once = doublings(word);
  for (const v of once) out.push(v);
  for (const v of once) for (const w of doublings(v)) out.push(w);
  return out;
}

function doublings(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    if (word[i] === word[i - 1]) out.push(word.slice(0, i) + word.slice(i + 1));
    else if (/[bcdfglmnprstz]/.test(word[i] as string)) out.push(word.slice(0, i + 1) + word.slice(i));
  }
  return out;
}
