import type { Token } from '../document/tokens.js';
import { foldName, syllablesOf } from './fold.js';
import { nameData } from './data.js';
import { isEnglishWord } from '../lang/english.js';
import type { NameTerm } from './name-index.js';

/**
 * A word of a name: a word token with the parts joined to it by a hyphen or an apostrophe and no
 * space ("Jong-un", "O'Brien", "al-Sisi"), but not a possessive "'s" ("Starmer's" is "Starmer").
 */
export interface NameWord {
  /** Token indexes: first, and one past the last. */
  readonly first: number;
  readonly end: number;
  /** Offsets in the text. */
  readonly start: number;
  readonly stop: number;
  readonly text: string;
  /** Lower-case Latin letters only ("jongun"). */
  readonly folded: string;
  /** The folded parts ("jong", "un"). */
  readonly syllables: readonly string[];
  /** Written with a capital ("Jong-un", "al-Sisi": a part after the article counts). */
  readonly capital: boolean;
  /** A particle of the data ("al", "von", "bin"), written in lower case. */
  readonly particle: boolean;
  /** Written in capitals throughout ("NATO"). */
  readonly allCaps: boolean;
  /** The original has letters outside ASCII ("Sánchez"). */
  readonly marked: boolean;
  /** The original has letters of another script than Latin ("Эрнан", "Shchedрик"). */
  readonly otherScript: boolean;
}

/** Greek, Cyrillic, Armenian, Hebrew and Arabic letters. */
const OTHER_SCRIPT = /[\u0370-\u06ff]/;
const JOINERS = new Set(['-', '‐', '‑', "'", '’']);

/** The longest word, in UTF-16 units, that is taken for a name word (see nameWords). */
export const MAX_NAME_WORD = 100;

/** The last name word found ends right before token i, is capitalised, and is no English word ("Banco"). */
function afterForeignWord(out: readonly NameWord[], i: number): boolean {
  const prev = out[out.length - 1];
  return prev !== undefined && prev.end === i && prev.capital && !isEnglishWord(prev.folded);
}

/**
 * The name words of tokens[from, to) that are written with a capital or are particles, in order (the
 * other words, most of a text, cost one character test each). Linear in the tokens.
 */
export function nameWords(text: string, tokens: readonly Token[], from = 0, to = tokens.length): NameWord[] {
  const out: NameWord[] = [];
  const { particles, englishParticles, articles } = nameData();
  // a particle here: a particle of the data, and one that is an English word too only after a capitalised word English does not have
  const isParticle = (t: Token, i: number) => particles.has(t.lower) && (!englishParticles.has(t.lower) || afterForeignWord(out, i));
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    let end = i + 1;
    // a joiner, then a word, with no space on either side, continues the word; "'s" at its end does not
    while (end + 1 < to) {
      const j = tokens[end] as Token;
      const w = tokens[end + 1] as Token;
      if (!JOINERS.has(j.text) || j.spaceBefore || w.spaceBefore || w.kind !== 'word' || w.segment !== t.segment) break;
      if (j.text !== '-' && w.lower === 's' && !(end + 2 < to && (tokens[end + 2] as Token).kind === 'word' && !(tokens[end + 2] as Token).spaceBefore)) break;
      end += 2;
    }
    const upper = firstUpper(t.text);
    const capital = upper || (end - i > 2 && articles.has(t.lower) && firstUpper((tokens[i + 2] as Token).text));
    if (!capital && !(end === i + 1 && isParticle(t, i))) {
      i = end;
      continue;
    }
    const start = t.start;
    const stop = (tokens[end - 1] as Token).end;
    // no name is this long (the longest place names run to ~85 letters); the phonetic keys and their
    // one-letter-out forms (phonetic-keys.ts) grow with the square of a word's length, so a word of
    // thousands of letters (a run of data, a hash) would stall a check: it is no name word
    if (stop - start > MAX_NAME_WORD) {
      i = end;
      continue;
    }
    const written = end === i + 1 ? t.text : text.slice(start, stop);
    const syllables = end - i > 1 ? syllablesOf(written) : [isAsciiWord(t.lower) ? t.lower : foldName(written)];
    out.push({
      first: i,
      end,
      start,
      stop,
      text: written,
      folded: syllables.join(''),
      syllables,
      capital,
      particle: !upper && end === i + 1 && isParticle(t, i),
      allCaps: allCaps(written),
      marked: hasNonAscii(written),
      otherScript: OTHER_SCRIPT.test(written),
    });
    i = end;
  }
  return out;
}

/**
 * Written in capitals throughout: `word === word.toUpperCase() && word !== word.toLowerCase()`, two letters or
 * more. Speed: a letter a-z anywhere rules it out (upper-casing would change it), which decides nearly every
 * capitalised word of a text ("Smith") at its second letter, without the two case-mapped copies of each.
 */
function allCaps(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

function firstUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = word.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isAsciiWord(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

/**
 * Runs of name words: capitalised words next to each other, with only spaces between them, and the
 * particles between two of them ("Ursula von der Leyen"). Each run is [first, end) into `words`.
 */
export function nameRuns(tokens: readonly Token[], words: readonly NameWord[]): [number, number][] {
  const runs: [number, number][] = [];
  let k = 0;
  while (k < words.length) {
    if (!(words[k] as NameWord).capital) {
      k++;
      continue;
    }
    let end = k + 1;
    let last = k;
    while (end < words.length) {
      const w = words[end] as NameWord;
      const prev = words[end - 1] as NameWord;
      // only a space between: the next word's first token follows the last token of the previous
      const tok = tokens[w.first] as Token;
      if (w.first !== prev.end || !tok.spaceBefore || tok.segment !== (tokens[prev.first] as Token).segment) break;
      if (w.capital) last = end;
      else if (!w.particle) break;
      end++;
    }
    runs.push([k, last + 1]);
    k = last + 1;
  }
  return runs;
}

/** Categories whose terms are names. */
const NAME_CATEGORIES = new Set(['person', 'place', 'organisation']);

/** A term that is a name: a person, place or organisation, or a plain term whose words are all names. */
export function isNameTerm(term: NameTerm): boolean {
  const c = term.entry.category;
  if (NAME_CATEGORIES.has(c)) return true;
  // an entry of no particular category whose words are all names ("Zelensky" in a list of terms)
  return c === 'term' && term.words.every((w) => w.capital || w.particle) && term.words.some((w) => !isEnglishWord(w.folded));
}

/** Candidates of one run (match.ts): the most confident for each word, the others dropped. */
export function bestOf<T extends { readonly start: number; readonly end: number; readonly confidence: number }>(found: T[]): T[] {
  found.sort((x, y) => y.confidence - x.confidence || y.end - y.start - (x.end - x.start));
  const kept: T[] = [];
  for (const f of found) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept;
}

/** From words[k], the first that is no particle going by `step` (-1, 1), stopping at `limit` (a run starts and ends with a capitalised word). */
export function skipParticles(words: readonly NameWord[], k: number, limit: number, step: number): number {
  while (k !== limit && (words[k] as NameWord).particle) k += step;
  return k;
}
