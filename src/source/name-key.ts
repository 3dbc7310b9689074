import { cyrillicTable, nameKeyPairs } from './lang-data.js';
import { ownString } from '../lang/own-string.js';

type Table = Map<string, [string, string][]>;
const tables = new Map<string, Table>();

function tableFor(lang: string): Table {
  let t = tables.get(lang);
  if (t) return t;
  t = new Map();
  for (const pair of nameKeyPairs(lang)) {
    const list = t.get(pair[0].charAt(0)) ?? [];
    list.push(pair);
    t.set(pair[0].charAt(0), list);
  }
  for (const list of t.values()) list.sort((a, b) => b[0].length - a[0].length);
  tables.set(lang, t);
  return t;
}

const folded = new Map<string, string>();
const LETTER_FOLDS: Record<string, string> = { ı: 'i', ł: 'l', đ: 'd' };
/** Folded words remembered, at most (the same words recur in every sentence and check). */
const MAX_FOLDED = 50_000;

/**
 * Lower case, without accents except those a language's key table spells out (German ä, ö, ü). An ASCII
 * word only needs lower-casing; others (normalising is the costly part) are remembered.
 */
export function fold(word: string): string {
  // Speed: an ASCII word is lower-cased by hand. A word of an original that has any character past
  // U+00FF (a typographic quote or dash is enough) is a slice of a two-byte string, and V8's
  // toLowerCase takes its slow, locale-aware path on those (about a microsecond a word: most of the
  // time of making a pair's word set). In ASCII only A-Z change, so: no capital, the word itself; a
  // capital first only, that letter lowered and the rest as it is; otherwise toLowerCase.
  let capitals = 0, first = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) return foldOther(word);
    if (c >= 65 && c <= 90) {
      capitals++;
      if (i === 0) first = true;
    }
  }
  if (capitals === 0) return word;
  if (capitals === 1 && first) return String.fromCharCode(word.charCodeAt(0) + 32) + word.slice(1);
  return word.toLowerCase();
}

function foldOther(word: string): string {
  let out = folded.get(word);
  if (out === undefined) {
    // letters Unicode gives no decomposition of are folded by hand: Turkish dotless ı, Polish ł, đ
    out = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ıłđ]/g, (c) => LETTER_FOLDS[c] as string);
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(ownString(word), out);
  }
  return out;
}

/**
 * A name's key: how it sounds, spelled in capitals, by the language's table in
 * corpora/lang/name-keys.json ("Selenskyj" in German and "Zelensky" in English both give SELENSKI).
 * Runs of one key letter collapse and anything but letters is dropped. Linear in the name.
 */
export function nameKey(word: string, lang: string): string {
  const table = tableFor(lang);
  const lower = word.toLowerCase();
  let out = '';
  // the last key letter written, kept apart: `out.endsWith` on a string built by += flattens it each
  // time, which made a word of 80,000 letters take 38 s
  let last = '';
  for (let i = 0; i < lower.length; ) {
    const ch = lower.charAt(i);
    const hit = table.get(ch)?.find(([spelling]) => lower.startsWith(spelling, i));
    let piece: string;
    if (hit) {
      piece = hit[1];
      i += hit[0].length;
    } else {
      const c = lower.charCodeAt(i);
      piece = c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : c < 128 ? '' : fold(ch).toUpperCase().replace(/[^A-Z]/g, '');
      i++;
    }
    for (const k of piece) {
      if (k === last) continue;
      out += k;
      last = k;
    }
  }
  return out;
}

/** A Cyrillic word in Latin letters as English news writes it (corpora/lang/cyrillic.json). */
export function romaniseCyrillic(word: string, lang: 'ru' | 'uk'): string {
  const table = cyrillicTable(lang);
  if (!table) return word;
  const lower = word.toLowerCase();
  let out = '';
  let i = 0;
  const first = table.initial[lower.charAt(0)];
  if (first !== undefined) {
    out += first;
    i = 1;
  }
  let end = lower.length;
  let tail = '';
  for (const [ending, latin] of Object.entries(table.final)) {
    if (lower.length > ending.length + 1 && lower.endsWith(ending)) {
      end = lower.length - ending.length;
      tail = latin;
      break;
    }
  }
  for (; i < end; i++) {
    const ch = lower.charAt(i);
    out += table.letters[ch] ?? ch;
  }
  out += tail;
  return word.charAt(0) === lower.charAt(0) ? out : out.charAt(0).toUpperCase() + out.slice(1);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for every Latin spelling of a Cyrillic word that English texts use (corpora/lang/cyrillic.json
 * `variants`: "Сергей" is Sergey or Sergei, "Алексей" Aleksei or Alexei, "Зеленський" Zelensky or
 * Zelenskyy), tested against a folded word; a nominative ending may follow (`tails`: "Нади" → "Nadya"; with `tails` false, none). Pairs of letters before single ones, left to right; one
 * group per letter, so the pattern is linear in the word and matching it does not backtrack far.
 * Undefined for a language without variants.
 */
export function romanisationPattern(words: readonly string[], lang: 'ru' | 'uk', tails = true): RegExp | undefined {
  const table = cyrillicTable(lang);
  const variants = table?.variants;
  if (!variants) return undefined;
  const tail = tails && table.tails?.length ? `(?:${table.tails.map(escape).join('|')})?` : '';
  const one = (word: string) => {
    const lower = word.toLowerCase();
    let out = '';
    for (let i = 0; i < lower.length; ) {
      const pair = variants[lower.slice(i, i + 2)];
      const alts = pair ?? variants[lower.charAt(i)] ?? [fold(lower.charAt(i))];
      out += `(?:${alts.map(escape).join('|')})`;
      i += pair ? 2 : 1;
    }
    return out;
  };
  return new RegExp(`^(?:${words.map(one).join('|')})${tail}$`);
}
