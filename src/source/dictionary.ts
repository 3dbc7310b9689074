import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type nspellType from 'nspell';
import { packageVersion, readCacheFile, writeCacheFile } from '../glossary/cache-files.js';
import { type DerivedKind, derivedName, moduleUrl } from '../glossary/derived-cache.js';
import { isEnglishWord, LineSet } from '../lang/english.js';
import { LineTable, packText, unpackText } from '../lang/line-table.js';
import { langData } from './lang-data.js';
import { affixLookup } from './affix-lookup.js';
import { dicBucket, affixBounds, linesFor, linesByStem, forEachDicLine, standsAlone, type AffixBounds, type DicBucket } from './dic-lines.js';

/** The cache entry of the German stem and noun sets (see `words`). */
const STEMS: DerivedKind = { name: 'source-stems', format: 1, code: [new URL(import.meta.url), moduleUrl('../lang/line-table', import.meta.url)] };

type Speller = ReturnType<typeof nspellType>;
const require = createRequire(import.meta.url);

/** Stems loaded into one speller before it is thrown away and started afresh (bounds its memory). */
const MAX_LOADED_STEMS = 60_000;
/** Answers remembered per language. */
const MAX_MEMO = 50_000;
/** Compound splits are tried for words up to this long (two nested loops over the length). */
const MAX_COMPOUND = 40;
/** Endings of the last part of a compound, and links after the first ("Arbeit-s-suche"). */
const ENDINGS = ['e', 'en', 'n', 's', 'es', 'er', 'ern', 'ns', 'nen', 'in', 'innen'];
const LINKS = ['s', 'es', 'n', 'en', 'er'];

/**
 * The Hunspell dictionary of a source language (dictionary-de, -fr, -es, -ru, -uk with nspell), loaded
 * piecemeal. nspell expands every affix of every stem when it loads a dictionary: 3 s and 50 MB for
 * German, 17 s and 450 MB for French, too much for a check that asks about a few dozen words. So the
 * speller is built from the affix file alone (50 to 400 ms, once per process), and a word is answered
 * by taking affixes off it (affix-lookup.ts; German, Russian, Spanish) or, where the affix file does
 * what that does not model (French, Ukrainian), the .dic lines are indexed by their first three letters
 * and only the stems that could spell the word are added to the speller. Answers are remembered.
 */
class SourceDictionary {
  private speller: Speller;
  private readonly aff: Buffer;
  private index: Map<string, string[]> | undefined;
  /** nspell's answer by taking affixes off (affix-lookup.ts) with `stems` (linesByStem); undefined: not modelled. */
  private readonly lookup: ((word: string) => boolean | undefined) | undefined;
  private readonly stems: Map<string, string> | undefined;
  /** Per index bucket, its lines grouped as load() and flagsOf() read them (dic-lines.ts), made at the bucket's first use. */
  private readonly heads = new Map<string, DicBucket>();
  /** What a line's affixes can do to its stem (dic-lines.ts), from the affix file. */
  private growth: ((flags: string) => AffixBounds) | undefined;
  /** standsAlone of the affix file, once (null: never). */
  private alone: ((flags: readonly string[]) => boolean) | null | undefined;
  private readonly dic: string;
  /**
   * Every stem of the .dic, lower case: enough to tell the parts of a compound; and those written with a
   * capital (German nouns), short ones of which may end a compound ("Aufsichts-rat"). Made from the index
   * at the first compound asked about: only German asks (isWord), and in Russian or Ukrainian, whose .dic
   * is four to six times German's, the two sets were most of the dictionary's load time.
   */
  private lexicon: Lexicon | undefined;
  /** .dic lines added to the speller so far. */
  private loaded = new Set<string>();
  private readonly memo = new Map<string, boolean>();
  private readonly flags = new Map<string, string[]>();

  constructor(
    dir: string,
    /** The dictionary's package ("dictionary-de"): names its stems' cache file. */
    private readonly pkg: string,
  ) {
    const nspell = require('nspell') as typeof nspellType;
    this.aff = readFileSync(dir + 'index.aff');
    this.speller = nspell(this.aff);
    const dic = (this.dic = readFileSync(dir + 'index.dic', 'utf8'));
    // (the stems map is made only when the look-up can use it: else lines are loaded into nspell, by index)
    let stems: Map<string, string> | undefined;
    this.lookup = affixLookup(this.speller, dic, (stem) => stems?.get(stem));
    if (this.lookup) this.stems = stems = linesByStem(dic);
  }

  /** The .dic lines by the folded first three letters of their stem (see load), made at the first use. */
  private indexed(): Map<string, string[]> {
    if (this.index) return this.index;
    const index = (this.index = new Map<string, string[]>());
    const dic = this.dic;
    // Speed: this runs over every line of the .dic (76,000 in German) at the first check with an
    // original, and folding each line's first three letters (a regular expression, and for a letter
    // past ASCII a normalisation) was a fifth of it: the folded key depends on those three letters
    // alone, so it is worked out once per distinct prefix (a few thousand)
    const keys = new Map<string, string>();
    forEachDicLine(dic, (at, end) => {
      const line = dic.slice(at, end);
      const prefix = line.slice(0, 3);
      let key = keys.get(prefix);
      if (key === undefined) keys.set(prefix, (key = foldWord(prefix)));
      const list = index.get(key);
      if (list) list.push(line);
      else index.set(key, [line]);
    });
    return index;
  }

  /** True when the speller accepts the word as written (a capitalised form of a lower-case word counts). */
  has(word: string): boolean {
    const known = this.memo.get(word);
    if (known !== undefined) return known;
    // (undefined: a derivation longer than the look-up follows; then, as without it, the lines that could spell the word are loaded)
    let answer = this.lookup?.(word);
    // a stem as written that needs no affix (most nouns asked in the singular): a word, no lines loaded (dic-lines.ts)
    this.alone ??= standsAlone(this.speller) ?? null;
    if (answer === undefined && !(answer = this.alone !== null && this.alone(this.flagsOf(word)))) {
      this.load(word);
      answer = this.speller.correct(word);
    }
    if (this.memo.size >= MAX_MEMO) this.memo.clear();
    this.memo.set(word, answer);
    return answer;
  }

  /**
   * The affix flags of the .dic lines whose stem is `word` as written ("Putin/S" → ["S"]), empty when
   * it is no stem. Tells a proper noun from a common one where both are capitalised (German): a name
   * takes a genitive "s" at most, a noun has plural and compounding classes too ("Frau/MPm").
   */
  flagsOf(word: string): string[] {
    const known = this.flags.get(word);
    if (known) return known;
    // Speed: a bucket holds up to a few thousand lines, and each new word of a story was compared with all
    // of them: they are grouped by stem once, at the bucket's first question (dic-lines.ts)
    const lines = this.stems?.get(word);
    const out = this.stems ? (lines === undefined ? [] : lines.split('\n')) : (this.bucket(foldWord(word.slice(0, 3))).byStem.get(word) ?? []).slice();
    // the answer is remembered
    if (this.flags.size >= MAX_MEMO) this.flags.clear();
    this.flags.set(word, out);
    return out;
  }

  /**
   * A word of the language, or (German) a compound of two or three stems: "Beetschilder" = "Beet" +
   * "Schild" + "er". The parts are looked up among the stems, with a linking "s" or "n" on the left
   * and an inflection ending on the right: asking the speller about every split would expand a large
   * part of the dictionary.
   */
  isWord(word: string, compounds: boolean): boolean {
    if (this.has(word)) return true;
    if (!compounds || word.length > MAX_COMPOUND || word.length < 7) return false;
    const key = `+${word}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const answer = this.compound(word.toLowerCase(), 0);
    this.memo.set(key, answer);
    return answer;
  }

  private compound(lower: string, depth: number): boolean {
    for (let i = lower.length - 3; i >= 3; i--) {
      const right = lower.slice(i);
      // a part of three letters only when it is a noun ("-rat", "-amt", "-hof"); English loans end compounds too ("-tips")
      const known =
        right.length === 3
          ? this.words().nouns.has(right)
          : this.stem(right, ENDINGS) || (right.length >= 6 && this.has(right.charAt(0).toUpperCase() + right.slice(1))) || isEnglishWord(right);
      if (!known && !(depth === 0 && right.length >= 6 && this.compound(right, 1))) continue;
      const left = lower.slice(0, i);
      // the left part: a stem, with a link ("Arbeits-"), a verb's stem ("Sink-flug": "sinken"), or a compound itself
      if (this.stem(left, LINKS) || this.words().stems.has(`${left}en`) || this.words().stems.has(`${left}n`) || (depth === 0 && left.length >= 6 && this.compound(left, 1))) return true;
    }
    return false;
  }

  private stem(part: string, endings: readonly string[]): boolean {
    const { stems } = this.words();
    if (stems.has(part)) return true;
    return endings.some((e) => part.length - e.length >= 3 && part.endsWith(e) && stems.has(part.slice(0, -e.length)));
  }

  /**
   * The stems and nouns (see `lexicon`), once: read back from the cache folder (cache-files.ts, as
   * english.ts keeps its word set: the lines with a table of their starts, read in place), else made and
   * kept there. Made from scratch they were ~30 ms and ~75,000 set entries of a German check's start.
   */
  private words(): Lexicon {
    if (this.lexicon) return this.lexicon;
    // named by the dictionary package and its version and by the code that makes and packs the sets
    // (derived-cache.ts), so a changed build never reads what an older one wrote
    const name = derivedName(STEMS, `${this.pkg}@${packageVersion(this.pkg)}`);
    const unpacked = name === undefined ? undefined : unpackText(readCacheFile(name) ?? Buffer.alloc(0), 2);
    if (unpacked) {
      const [stems, nouns] = unpacked.tables as [Int32Array, Int32Array];
      return (this.lexicon = { stems: new LineSet(unpacked.text, stems), nouns: new LineSet(unpacked.text, nouns) });
    }
    const { stems, nouns } = this.stemSets();
    // one text, the stems' lines then the nouns', and a table of each part's lines
    const stemLines = [...stems].join('\n');
    const text = `${stemLines}\n${[...nouns].join('\n')}`;
    const split = stemLines.length;
    if (name !== undefined) writeCacheFile(name, packText(text, [LineTable.build(text, 10, 0, split), LineTable.build(text, 10, split + 1, text.length)]));
    return (this.lexicon = { stems, nouns });
  }

  /**
   * The stems and nouns (see `lexicon`), from the index's lines (those of the .dic). Speed:
   * a .dic with a letter past U+00FF is a two-byte string, and so is every slice of it, on which V8's
   * toLowerCase takes its slow, locale-aware path (~1 µs a stem, half of this): the whole text is
   * lower-cased once and each stem's lower case sliced from it, at the same offsets when lower-casing
   * kept every character's length (it does but for "İ"; else stem by stem as before).
   */
  private stemSets(): { stems: Set<string>; nouns: Set<string> } {
    const stems = new Set<string>(), nouns = new Set<string>();
    const dic = this.dic, lowerDic = dic.toLowerCase();
    const aligned = lowerDic.length === dic.length;
    // the lines the index has (see there)
    forEachDicLine(dic, (at, end) => {
      const slash = dic.indexOf('/', at);
      const stop = slash < 0 || slash > end ? end : slash;
      const stem = dic.slice(at, stop).trim();
      const lower = aligned ? lowerDic.slice(at, stop).trim() : stem.toLowerCase();
      stems.add(lower);
      if (stem.charAt(0) !== stem.charAt(0).toLowerCase()) nouns.add(lower);
    });
    return { stems, nouns };
  }

  /** The index bucket `key` grouped as load() and flagsOf() read it (dic-lines.ts), made at its first use. */
  private bucket(key: string): DicBucket {
    let grouped = this.heads.get(key);
    if (grouped === undefined) this.heads.set(key, (grouped = dicBucket(this.indexed().get(key) ?? [], foldWord, (this.growth ??= affixBounds(this.speller)))));
    return grouped;
  }

  /**
   * Adds to the speller the stems that could spell `word`: those of its index bucket whose letters,
   * accents aside, begin the word once up to three final letters are dropped (a suffix rule strips at
   * most a few letters; "Klang" spells "Klänge").
   */
  private load(word: string): void {
    const folded = foldWord(word);
    const key = folded.slice(0, 3);
    const bucket = this.indexed().get(key) ?? [];
    // the lines whose head begins the word and whose affixes can make a word this long (dic-lines.ts)
    const found = linesFor(this.bucket(key), word, folded);
    const lines: string[] = [];
    for (const i of found) {
      const line = bucket[i] as string;
      if (!this.loaded.has(line)) lines.push(line);
    }
    if (lines.length === 0) return;
    if (this.loaded.size + lines.length > MAX_LOADED_STEMS) {
      const nspell = require('nspell') as typeof nspellType;
      this.speller = nspell(this.aff);
      this.loaded = new Set();
      this.memo.clear();
    }
    for (const line of lines) this.loaded.add(line);
    // nspell skips the first line of a .dic (the count)
    this.speller.dictionary(`${lines.length}\n${lines.join('\n')}`);
  }
}

/** Sets of words, or the same read back from the cache (LineSet). */
interface Lexicon {
  stems: { has(word: string): boolean };
  nouns: { has(word: string): boolean };
}

/** Lower case without accents: "Klänge" → "klange", so it is indexed under "kla" with "Klang". */
function foldWord(word: string): string {
  return /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const dictionaries = new Map<string, SourceDictionary | null>();

/** The dictionary of a language, or undefined when none is installed for it. */
export function sourceDictionary(lang: string): SourceDictionary | undefined {
  const cached = dictionaries.get(lang);
  if (cached !== undefined) return cached ?? undefined;
  const pkg = langData(lang)?.dictionary;
  let dict: SourceDictionary | null = null;
  if (pkg) {
    try {
      dict = new SourceDictionary(require.resolve(pkg).replace(/index\.js$/, ''), pkg);
    } catch {
      dict = null;
    }
  }
  dictionaries.set(lang, dict);
  return dict ?? undefined;
}

export type { SourceDictionary };
