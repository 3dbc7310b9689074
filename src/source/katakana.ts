import { createRequire } from 'node:module';
import type * as Wanakana from 'wanakana';
import type { CompiledGlossary } from '../glossary/compile.js';
import type { Span } from './aligned.js';
import { fold } from './name-key.js';
import { readLangFile } from './lang-data.js';

const require = createRequire(import.meta.url);
let wanakana: typeof Wanakana | undefined;

/** wanakana's `toRomaji`, loaded on first use (only a Japanese original needs it), from its CommonJS build. */
function toRomaji(kana: string): string {
  wanakana ??= require('wanakana') as typeof Wanakana;
  return wanakana.toRomaji(kana);
}

interface ReadingData {
  romaji: [string, string][];
  english: [string, string][];
  consonants: string;
  initialVowel: string;
  finalA: { romaji: string; english: string };
}

let data: { romaji: [RegExp, string][]; english: [RegExp, string][]; consonants: Set<string>; initialVowel: RegExp; finalRomaji: RegExp; finalEnglish: RegExp } | undefined;

/** corpora/lang/katakana-reading.json, its patterns compiled, once. */
function reading(): NonNullable<typeof data> {
  if (!data) {
    const d = readLangFile<ReadingData>('katakana-reading.json');
    const compile = (list: [string, string][]) => list.map(([p, r]): [RegExp, string] => [new RegExp(p, 'g'), r]);
    data = {
      romaji: compile(d.romaji),
      english: compile(d.english),
      consonants: new Set(d.consonants),
      initialVowel: new RegExp(d.initialVowel),
      finalRomaji: new RegExp(d.finalA.romaji),
      finalEnglish: new RegExp(d.finalA.english),
    };
  }
  return data;
}

/** A key's consonants with its marks: `_` first for a word that starts with a vowel, `A` last for one that ends in a. */
function marked(rewritten: string, endsInA: boolean, d: NonNullable<typeof data>): string {
  const core = consonantsOf(rewritten, d.consonants);
  return core === '' ? '' : (d.initialVowel.test(rewritten) ? '_' : '') + core + (endsInA ? 'A' : '');
}

/** The consonants of a key, without its vowel marks: how much it says. */
export function strength(key: string): number {
  let n = 0;
  for (const c of key) if (c !== '_' && c !== 'A') n++;
  return n;
}

/** The letters of `s` that are consonants of the key, a run of one letter once (the vowels between dropped). */
function consonantsOf(s: string, consonants: Set<string>): string {
  let out = '';
  let last = '';
  for (const c of s) {
    if (!consonants.has(c) || c === last) continue;
    out += c;
    last = c;
  }
  return out;
}

/** The reading key of a katakana word ("ロコモア" → "rkm"), through its romaji (wanakana). */
export function katakanaKey(kana: string): string {
  const d = reading();
  let s = toRomaji(kana).toLowerCase();
  for (const [re, to] of d.romaji) s = s.replace(re, to);
  return marked(s, d.finalRomaji.test(s), d);
}

/** The reading key of an English spelling as katakana would write it ("Locomore" → "rkm", "Starry" → "str"). */
export function englishReadingKey(word: string): string {
  const d = reading();
  const folded = fold(word).replace(/[^a-z]/g, '');
  let s = folded;
  for (const [re, to] of d.english) s = s.replace(re, to);
  return marked(s, d.finalEnglish.test(folded), d);
}

/** A katakana name of an original: its offsets and its words (split at the middle dot, the double hyphen or a space). */
export interface KatakanaName extends Span {
  text: string;
  /** The reading keys of its words, in order. */
  keys: string[];
}

/** Katakana runs read per span, at most: a span is a sentence or two. */
const MAX_RUNS = 64;
/** Characters of one run read, at most: a name is a few words; a longer run is cut. */
const MAX_RUN = 40;
const RUN = /[\p{Script=Katakana}ー][\p{Script=Katakana}ー・＝゠ 　]*/gu;

/**
 * The katakana runs of an original's span: Japanese writes foreign names (and loanwords) in katakana, a
 * name's words joined by a middle dot ("ジュリア・ヴォス"), often none ("バスボンド", Bath Bond).
 */
export function katakanaNames(text: string, span: Span): KatakanaName[] {
  const out: KatakanaName[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(RUN)) {
    if (out.length >= MAX_RUNS) break;
    // cut before trimming: a trailing-separator pattern tried at each separator of a long run is quadratic in it
    const run = m[0].slice(0, MAX_RUN).replace(/[・＝゠ 　]+$/, '');
    const keys = run.split(/[・＝゠ 　]+/).map(katakanaKey).filter((k) => k !== '');
    if (keys.length === 0) continue;
    const start = span.start + (m.index as number);
    out.push({ start, end: start + run.length, text: run, keys });
  }
  return out;
}

/** The words of a term katakana would write: its capitalised words of two letters or more. */
export function termParts(term: string): string[] {
  return term.split(/[\s\-‐–]+/).filter((w) => w.length >= 2 && /^\p{Lu}/u.test(w));
}

/** The reading key of a term's words that katakana would write, joined. */
export function termReadingKey(term: string): string {
  return joinKeys(termParts(term).map(englishReadingKey));
}

/** Keys of words joined, a letter ending one word and starting the next once ("Bath Bond"). */
export function joinKeys(keys: readonly string[]): string {
  return keys.join('').replace(/(.)\1+/g, '$1');
}

/** Keys shorter than this say too little (two consonants: most short names share them). */
export const MIN_KEY = 3;

/** A surname is read alone only with this many consonants (short ones are shared by too many names). */
export const MIN_SURNAME_KEY = 4;

/** Terms by reading key: the whole term's, and a person's surname read alone (`part`, its index among the term's parts). */
export type ReadingTerms = Map<string, { id: number; part?: number }[]>;

/**
 * The glossary's capitalised terms by reading key (termReadingKey), and, for a person of two words or more, the
 * last word's key alone: Japanese names a person by the surname after the first mention (ゼレンスキー大統領).
 * A look-up per katakana run then, not a comparison with every term. The rule makes it once per checker, on
 * the first Japanese original.
 */
export function termsByReading(glossary: CompiledGlossary): ReadingTerms {
  const map: ReadingTerms = new Map();
  const add = (key: string, ref: { id: number; part?: number }) => {
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };
  // a glossary of people repeats its given names and surnames: each distinct word is read once
  const keys = new Map<string, string>();
  const keyOf = (w: string) => keys.get(w) ?? (keys.set(w, englishReadingKey(w)).get(w) as string);
  for (let id = 0; id < glossary.size; id++) {
    const parts = termParts(glossary.term(id));
    const key = joinKeys(parts.map(keyOf));
    if (strength(key) >= MIN_KEY) add(key, { id });
    if (parts.length < 2) continue;
    const last = keyOf(parts[parts.length - 1] as string);
    // (the entry, parsed on first use, read only for a surname long enough to be looked up alone)
    if (strength(last) >= MIN_SURNAME_KEY && last !== key && glossary.entry(id).category === 'person') add(last, { id, part: parts.length - 1 });
  }
  return map;
}
