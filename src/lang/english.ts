import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type nspellType from 'nspell';
import { packageVersion, readCacheFile, writeCacheFile } from '../glossary/cache-files.js';
import { type DerivedKind, derivedName, moduleUrl } from '../glossary/derived-cache.js';
import { LineTable, packText, type Units, unpackText } from './line-table.js';
import { ownString } from './own-string.js';

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

function dictionaryDir(pkg: string): string {
  return require.resolve(pkg).replace(/index\.js$/, '');
}

function build(pkg = 'dictionary-en'): Speller {
  const nspell = require('nspell') as typeof nspellType;
  const dir = dictionaryDir(pkg);
  return nspell({ aff: readFileSync(dir + 'index.aff'), dic: readFileSync(dir + 'index.dic') });
}

/** True when the word, lower-cased, is an English dictionary word ("Berry" counts, as "berry"). */
export function isEnglishWord(word: string): boolean {
  let answer = englishAnswers.get(word);
  if (answer === undefined) {
    answer = knownWords().has(word.toLowerCase());
    if (englishAnswers.size >= ENGLISH_ANSWERS) englishAnswers.clear();
    // (a word of 13 letters or more, cut from a text, is a view that would keep the whole text: own-string.ts)
    englishAnswers.set(ownString(word), answer);
  }
  return answer;
}

// Speed: isEnglishWord is asked of the same words again and again (by ~30 callers: every capitalised word
// of a text by the name matcher, each sentence's words by artefact/foreign-sentence, ...), and a token's
// text is one string per distinct text of a part (tokens.ts), whose hash V8 keeps with it: a Map read is
// cheaper than lower-casing the word (a new string when it has a capital) and hashing and probing it in the
// word set. The set never changes in a process, so the answers are its answers. Bounded: cleared when full.
const englishAnswers = new Map<string, boolean>();
const ENGLISH_ANSWERS = 65_536;

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
 * built once from the speller and kept in the cache folder with its table of line starts (line-table.ts),
 * where reading it takes a few ms instead of the ~150 ms of building the speller.
 */
const WORDS: DerivedKind = { name: 'english-words', format: 5, code: [new URL(import.meta.url), moduleUrl('./line-table', import.meta.url)] };
const BRITISH_WORDS: DerivedKind = { name: 'british-words', format: 1, code: WORDS.code };
let britishWords: WordSet | undefined;

function knownWords(): WordSet {
  return (lowerWords ??= wordSet('dictionary-en', WORDS, english));
}

/**
 * True when the Hunspell en-GB dictionary (dictionary-en-gb) has the word as written ("marvellous", "colour",
 * "paediatric"): British spelling, which the en-US dictionary above lacks. Asked by spelling rules only
 * (word-forms.ts); names and the other rules read the en-US set. Made on first use, from the cache as above.
 */
export function isBritishWord(word: string): boolean {
  return (britishWords ??= wordSet('dictionary-en-gb', BRITISH_WORDS, () => build('dictionary-en-gb'))).has(word);
}

/** The forms a dictionary package accepts as written, from the cache folder or else made from its speller (and kept there). */
function wordSet(pkg: string, kind: DerivedKind, speller: () => Speller): WordSet {
  // named by the dictionary's version and by the code that makes and packs the set (derived-cache.ts)
  const name = derivedName(kind, `${pkg}@${packageVersion(pkg)}`);
  const cached = name === undefined ? undefined : readCacheFile(name);
  const unpacked = cached && unpackText(cached, 1);
  if (unpacked) return new LineSet(unpacked.text, unpacked.tables[0]);
  const sp = speller();
  const words = Object.keys((sp as unknown as { data: Record<string, unknown> }).data).filter((w) => sp.correct(w));
  const text = words.join('\n');
  const set = new LineSet(text);
  // a read-only or full disk, or an unsafe cache folder, only costs speed
  if (name !== undefined) writeCacheFile(name, packText(text, [set.starts]));
  return set;
}

interface WordSet {
  has(word: string): boolean;
}

/**
 * The lines of a text as a set, as `new Set(text.split('\n'))` answers, without a string per line: a
 * LineTable (line-table.ts) of whole lines, built here or read back with the text from the cache.
 */
export class LineSet implements WordSet {
  private readonly table: LineTable;
  constructor(
    readonly text: string | Units,
    starts?: Int32Array,
  ) {
    // a text read in place comes with its table (index-cache.ts keeps them together): an empty one would find nothing, silently
    if (starts === undefined && typeof text !== 'string') throw new Error('LineSet: text read in place needs its table of line starts');
    this.table = new LineTable(text, starts ?? LineTable.build(text as string, 10), 10);
  }

  get starts(): Int32Array {
    return this.table.starts;
  }

  has(word: string): boolean {
    return this.table.find(word) >= 0;
  }
}

