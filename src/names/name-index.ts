import { tokenize } from '../document/tokens.js';
import type { CompiledGlossary } from '../glossary/compile.js';
import type { GlossaryEntry } from '../glossary/types.js';
import { isEnglishWord } from '../lang/english.js';
import { canon, spellings, type Spellings } from './conventions.js';
import { foldName } from './fold.js';
import { pinyinSyllables } from './data.js';
import { BuiltPostings, type KeyedSpellings, type PostingsLookup, postingsKey, readPostings, writePostings } from './index-cache.js';
import { joinsKey, loadAfter, loadJoins, type JoinSpellings } from './join-cache.js';
import { JoinBits, joinBitsName } from './join-bits.js';
import { namesWord, namesWordFacts } from './english-name-words.js';
import { indexKeys, keysOf, phoneticKeys } from './phonetic-keys.js';
import { compareWords, type ComparedWord } from './similarity.js';
import { Compared } from './compared.js';
import { MAX_POSTINGS, PostingWords, type PostingWord } from './posting-words.js';
import { nameWords, type NameWord } from './words.js';
import { ownString } from '../lang/own-string.js';

/** A glossary term that is a name, split into name words, with what comparing needs of each. */
export interface NameTerm {
  readonly id: number;
  readonly term: string;
  readonly words: readonly NameWord[];
  /** Per word: its spellings under every convention and phonetic keys. */
  readonly compared: readonly ComparedWord[];
  readonly entry: GlossaryEntry;
  /** isNameTerm(this), kept here by memo.ts on first use. */
  isName?: boolean | undefined;
  /** fixedSpelling(this), romanisedName(this) and vowelsFree(this), kept here by spells.ts on first use. */
  fixedSpelling?: boolean | undefined;
  romanisedName?: boolean | undefined;
  vowelsFree?: boolean | undefined;
  /** Words t and t + 1 read as one, by t (see NameIndex.comparedJoined), made on first use. */
  joined?: ComparedWord[] | undefined;
}

const TERM_CACHE_LIMIT = 20_000;

/**
 * The names of one compiled glossary by phonetic key: every word of a term that is not an ordinary English
 * word (or is one a name needs: english-name-words.ts), under the Double Metaphone keys of its canonical
 * spelling (phonetic-keys.ts), built once per glossary. A checked word is looked up by the keys of each of
 * its spellings: a few map reads per capitalised word, whatever the glossary's size.
 */
export class NameIndex {
  /** Phonetic key → the distinct lower-cased term words with it (the glossary says which terms hold them). */
  private readonly postings: PostingsLookup;
  /** Terms made so far, by id (an array: read for every candidate of every capitalised word, where a Map cost more). */
  private terms: (NameTerm | null | undefined)[] = [];
  private termCount = 0;
  private readonly words = new Map<string, ComparedWord>();
  private readonly candidateIds = new Map<string, readonly number[]>();
  private readonly postingWords: PostingWords;
  private searches = 0;
  /** The postings' cache key (the joins' file is named after it: join-cache.ts). */
  private readonly key: string;
  /** Joins spelled so far, the joins' cache file once read (null: none), see comparedJoined, and their spellings' filter. */
  private joinsSpelled = 0;
  private joins: JoinSpellings | null | undefined;
  readonly joinBits: JoinBits;

  constructor(private readonly glossary: CompiledGlossary) {
    // built for every glossary a checker loads, so kept lean: from the glossary's table of distinct
    // term words (a 50,000-entry glossary of people has a few thousand), not from its terms; and kept
    // in the cache folder, keyed by those words (index-cache.ts)
    const words: string[] = [];
    glossary.forEachTermWord((word) => void words.push(word));
    const key = (this.key = postingsKey(words, namesWordFacts(glossary, words)));
    this.joinBits = new JoinBits(() => joinBitsName(key, glossary));
    const cached = readPostings(key);
    if (cached) {
      this.postings = cached;
      this.postingWords = new PostingWords(cached, glossary);
      return;
    }
    const postings = new Map<string, string[]>();
    const spelled = new Map<string, KeyedSpellings>();
    for (const word of words) {
      const folded = foldName(word);
      // what candidates() and term() compare each term word by, kept with the postings (index-cache.ts): of the
      // words left out of the postings too ("University", "National": term() compares every word of a term)
      if (folded !== '' && !spelled.has(folded)) {
        const s = spellings([folded]);
        spelled.set(folded, { ...s, keys: keysOf(s.all) });
      }
      if (word.length < 2 || folded.length < 2 || (isEnglishWord(word) && !namesWord(glossary, word))) continue;
      for (const k of indexKeys(phoneticKeys(canon(folded)), folded)) {
        const list = postings.get(k);
        if (!list) postings.set(k, [word]);
        else if (list.length <= MAX_POSTINGS && !list.includes(word)) list.push(word);
      }
    }
    const built = new BuiltPostings(postings, spelled);
    this.postings = built;
    this.postingWords = new PostingWords(built, glossary);
    writePostings(key, built);
  }

  /**
   * The terms with a word whose phonetic key is one edit or less from a key of one of the word's
   * spellings (both sides are indexed under their keys with a letter left out: "Vugledar" FKLTR and
   * "Vuhledar" FLTR meet at FLTR) and that compares as alike (similarity.ts), made once per distinct word.
   */
  candidates(word: Pick<NameWord, 'syllables' | 'folded'>): readonly number[] {
    const key = word.syllables.length === 1 ? word.folded : word.syllables.join('-');
    let ids = this.candidateIds.get(key);
    if (!ids) {
      // only the term words that compare as alike: most words a key shares are not (one comparison
      // each, once per distinct word, instead of an alignment per occurrence)
      const found: number[] = [];
      const search = ++this.searches;
      const stamp = this.nextFound();
      const cw = this.compared(word);
      for (const k of indexKeys(cw.keys, word.folded)) {
        // (the key's words with their records, see posting-words.ts: none for a key with more than MAX_POSTINGS)
        const list = this.postingWords.under(k);
        for (let j = 0; j < list.length; j++) {
          // each term word once, and its terms only when it compares as alike
          const p = list[j] as PostingWord;
          if (p.tried === search) continue;
          p.tried = search;
          const ids = p.ids;
          if (ids.length === 0 || ids.length > MAX_POSTINGS) continue;
          if (compareWords(cw, (p.compared ??= this.comparedFolded(p.folded))).kind === 'none') continue;
          for (let i = 0; i < ids.length; i++) this.addFound(ids[i] as number, stamp, found);
        }
      }
      // a hyphenated name is also looked up by its parts, which the glossary indexes as words of their own
      // ("Svatove-Kremlin" finds "Svatove-Kreminna" by "svatove"), and a word of pinyin syllables by them
      // ("Qingde" finds "Lai Ching-te" by "qing"); whether the whole is alike is for the alignment to say
      const parts = word.syllables.length > 1 ? word.syllables : pinyinSyllables(word.folded);
      if (parts) this.partCandidates(parts, found, stamp);
      ids = found;
      if (this.candidateIds.size >= TERM_CACHE_LIMIT) this.candidateIds.clear();
      this.candidateIds.set(ownString(key), ids);
    }
    return ids;
  }

  /** Adds to `found` the terms with a word alike a part of a hyphenated word (4 letters or more). */
  private partCandidates(syllables: readonly string[], found: number[], stamp: number): void {
    for (const part of syllables) {
      if (part.length < 4) continue;
      const cp = this.comparedFolded(part);
      for (const k of cp.keys) {
        for (const w of this.postings.get(k) ?? []) {
          const p = this.postingWords.word(w);
          const m = compareWords(cp, (p.compared ??= this.comparedFolded(p.folded)));
          if (m.kind === 'none' || m.weak) continue;
          for (let i = 0; i < p.ids.length; i++) this.addFound(p.ids[i] as number, stamp, found);
        }
      }
    }
  }

  /**
   * The ids a candidates() search has found, in the order first found (what a Set of them gave): per term id
   * the stamp of the search that last found it (from 1; afresh after 2^31 - 1). Speed: a Set and its copy per
   * search (4,600 searches, 47,000 ids added at 1m/10k) were hashing and garbage; one array of stamps is neither.
   */
  private foundIn = new Int32Array(0);
  private foundStamp = 0;

  private nextFound(): number {
    if (this.foundStamp === 0x7fffffff) this.foundStamp = this.foundIn.fill(0)[0] as number;
    return ++this.foundStamp;
  }

  private addFound(id: number, stamp: number, found: number[]): void {
    if (id >= this.foundIn.length) {
      const grown = new Int32Array(Math.max(id + 1, this.foundIn.length * 2, 1024));
      grown.set(this.foundIn);
      this.foundIn = grown;
    }
    if (this.foundIn[id] === stamp) return;
    this.foundIn[id] = stamp;
    found.push(id);
  }

  /** A name word with its spellings and their phonetic keys, made once per distinct spelling. */
  compared(w: Pick<NameWord, 'syllables' | 'folded'>): ComparedWord {
    if (w.syllables.length === 1) return this.comparedFolded(w.folded);
    const key = w.syllables.join('-');
    let c = this.words.get(key);
    if (!c) {
      c = new Compared(w.folded, spellings(w.syllables));
      this.keep(key, c);
    }
    return c;
  }

  /** compared() of a word of one syllable (its folded letters are its key), without a word object to make. */
  comparedFolded(folded: string): ComparedWord {
    let c = this.words.get(folded);
    if (!c) {
      c = new Compared(folded, this.postings.spellings(folded) ?? spellings([folded]));
      this.keep(folded, c);
    }
    return c;
  }

  private keep(key: string, c: ComparedWord): void {
    if (this.words.size >= TERM_CACHE_LIMIT) this.words.clear();
    this.words.set(ownString(key), c);
  }

  /**
   * Term words t and t + 1 read as one word ("Jong" "Un" as "Jong-un", as align.ts reads them), made once
   * per term: an alignment tries every pair of a candidate's words, and joining them anew each time (a new
   * key, a map look-up) cost more than comparing them.
   */
  comparedJoined(term: NameTerm, t: number): ComparedWord {
    // kept on the term (made once per index, see term()), not in a WeakMap read at every alignment
    const list = (term.joined ??= []);
    let c = list[t];
    if (!c) {
      const a = term.words[t] as NameWord;
      const b = term.words[t + 1] as NameWord;
      // what compared() makes of the join, its spellings read from the joins' cache file when kept there
      const syllables = [...a.syllables, ...b.syllables];
      const key = syllables.join('-');
      c = this.words.get(key);
      if (!c) {
        c = new Compared(a.folded + b.folded, this.keptJoin(key) ?? spellings(syllables));
        this.keep(key, c);
      }
      list[t] = c;
    }
    return c;
  }

  /** The spellings of a join from the joins' cache file (join-cache.ts), read once this process has spelled loadAfter() joins itself (made when missing). */
  private keptJoin(key: string): Spellings | undefined {
    if (this.joins === undefined) {
      if (++this.joinsSpelled <= loadAfter(this.glossary.size)) return undefined;
      this.joins = loadJoins(joinsKey(this.key), () => this.allJoins(), spellings) ?? null;
      if (this.joins) this.joinBits.make(this.allJoins(), (syllables) => this.joins?.get(syllables.join('-')) ?? spellings(syllables));
    }
    return this.joins?.get(key);
  }

  /** The syllables of every join comparedJoined may ask for: two words of a term that are not particles, read as one. */
  private *allJoins(): Iterable<readonly string[]> {
    for (let id = 0; id < this.glossary.size; id++) {
      const words = termWords(this.glossary.term(id));
      for (let t = 0; t + 1 < words.length; t++) {
        const a = words[t] as NameWord;
        const b = words[t + 1] as NameWord;
        if (!a.particle && !b.particle) yield [...a.syllables, ...b.syllables];
      }
    }
  }

  /** Term `id` as a name (null when it has no name word), made on first use. */
  term(id: number): NameTerm | null {
    let t = this.terms[id];
    if (t === undefined) {
      const term = this.glossary.term(id);
      const words = termWords(term);
      // (every field set, so that all terms share one shape)
      t = words.length === 0 ? null : { id, term, words, compared: words.map((w) => this.compared(w)), entry: this.glossary.entry(id), isName: undefined, fixedSpelling: undefined, romanisedName: undefined, joined: undefined };
      if (this.termCount >= TERM_CACHE_LIMIT) {
        this.terms = [];
        this.termCount = 0;
      }
      this.terms[id] = t;
      this.termCount++;
    }
    return t;
  }
}


/** The name words of a term (capitalised words and particles). */
const termWords = (term: string): NameWord[] => nameWords(term, tokenize(term, [{ start: 0, end: term.length }]));

const shared = new WeakMap<CompiledGlossary, NameIndex>();

/**
 * The NameIndex of a compiled glossary, made on first use and shared by the rules that read it
 * (glossary/near-miss, source/glossary-name): one index, and one set of its memos, per checker's glossary.
 */
export function nameIndexOf(glossary: CompiledGlossary): NameIndex {
  let index = shared.get(glossary);
  if (!index) shared.set(glossary, (index = new NameIndex(glossary)));
  return index;
}
