import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type nspellType from 'nspell';
import { packageVersion, readCacheFile, writeCacheFile } from '../glossary/cache-files.js';
import { wordHash } from '../glossary/trie.js';

type Speller = ReturnType<typeof nspellType>;
let speller: Speller | undefined;
let lowerWords: WordSet | undefined;
const require = createRequire(import.meta.url);

/**
 * The Hunspell en-US dictionary (dictionary-en, via nspell). Building it takes ~150 ms, so it is
 * made on first use: a check whose rules never ask pays nothing.
 */
export function english(): Speller {
  if (!speller) speller = build();
  return speller;
}

function dictionaryDir(): string {
  return require.resolve('dictionary-en').replace(/index\.js$/, '');
}

function build(): Speller {
  const nspell = require('nspell') as typeof nspellType;
  const dir = dictionaryDir();
  return nspell({ aff: readFileSync(dir + 'index.aff'), dic: readFileSync(dir + 'index.dic') });
}

/** True when the word, lower-cased, is an English dictionary word ("Berry" counts, as "berry"). */
export function isEnglishWord(word: string): boolean {
  return knownWords().has(word.toLowerCase());
}

/** True when the dictionary lists the word with its capital ("Harry", "White", "Jordan": also names), not only in lower case ("President"). */
export function isCapitalisedEntry(word: string): boolean {
  return word !== word.toLowerCase() && knownWords().has(word);
}

/**
 * What the speller's `correct` says, from the cached word set where the casing allows: a lower-case
 * word must be in the set as it is; a capitalised one may also be a lower-case word at a sentence start.
 */
export function spells(word: string): boolean {
  const words = knownWords();
  const lower = word.toLowerCase();
  if (word === lower) return words.has(word);
  if (word === word.charAt(0).toUpperCase() + lower.slice(1)) return words.has(word) || words.has(lower);
  // other casings of a word of letters ("NATO", "McDonald"): what nspell's correct() does (the word as
  // written, then in sentence case if it is all capitals, then in lower case), asked of the same set,
  // without building the speller (~150 ms, once per process, for one such word). The dictionary has no
  // KEEPCASE or FORBIDDENWORD flag, and its compound rules and ONLYINCOMPOUND forms are digits only
  // (tests/lang/spells.test.ts holds this against the speller).
  if (LETTERS.test(word)) return words.has(word) || (word.toUpperCase() === word && words.has(word.charAt(0) + word.slice(1).toLowerCase())) || words.has(lower);
  return english().correct(word);
}

const LETTERS = /^\p{L}+$/u;

/**
 * Every form the dictionary accepts as written. nspell expands all affixes into its word table when it
 * loads, so `correct(w)` for a lower-case or capitalised word is membership in that table: the set is
 * built once from the speller and kept in the cache folder, where reading it takes ~25 ms instead of
 * the ~150 ms of building the speller.
 */
function knownWords(): WordSet {
  if (lowerWords) return lowerWords;
  const version = packageVersion('dictionary-en');
  const name = `english-words-${version}-3.tlc`;
  const cached = readCacheFile(name);
  if (cached) return (lowerWords = new LineSet(cached.toString('utf8')));
  const sp = english();
  const words = Object.keys((sp as unknown as { data: Record<string, unknown> }).data).filter((w) => sp.correct(w));
  lowerWords = new Set(words);
  // a read-only or full disk, or an unsafe cache folder, only costs speed
  writeCacheFile(name, [Buffer.from(words.join('\n'), 'utf8')]);
  return lowerWords;
}

interface WordSet {
  has(word: string): boolean;
}

/**
 * The lines of a text as a set, as `new Set(text.split('\n'))` answers, without a string per line: an
 * open-addressed table of line starts by an FNV-1a hash of the line. Making the Set of the ~120,000 words
 * of the cached file took 25-150 ms of every check that asks (with the load); this about a third of that.
 */
export class LineSet implements WordSet {
  private readonly starts: Int32Array;
  private readonly mask: number;
  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let size = 1024;
    while (size < lines * 2) size *= 2;
    // a line's start + 1 (0: an empty slot)
    this.starts = new Int32Array(size);
    this.mask = size - 1;
    let start = 0;
    let h = FNV_OFFSET;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 10;
      if (c !== 10) {
        h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      // a repeated line is entered twice: harmless to has()
      let j = h & this.mask;
      while (this.starts[j] !== 0) j = (j + 1) & this.mask;
      this.starts[j] = start + 1;
      start = i + 1;
      h = FNV_OFFSET;
    }
  }

  has(word: string): boolean {
    if (word.includes('\n')) return false;
    const h = wordHash(word, word.length);
    const { text, starts } = this;
    for (let j = h & this.mask; starts[j] !== 0; j = (j + 1) & this.mask) {
      const at = (starts[j] as number) - 1;
      const end = at + word.length;
      if ((end === text.length || text.charCodeAt(end) === 10) && text.startsWith(word, at)) return true;
    }
    return false;
  }
}

/** FNV-1a, as wordHash (glossary/trie.ts) computes it, here one character at a time while scanning. */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
