import type { Token } from '../document/tokens.js';
import { scanTokens, tokenize } from '../document/tokens.js';
import type { Segment } from '../document/document.js';
import { RegexVariants } from './regex-variants.js';
import { GlossaryIndex, POSITIONS, SLOTS } from './glossary-index.js';
import { tokenHashes, type TokenHashes } from './trie.js';
import type { Glossary, GlossaryEntry } from './types.js';
import { LiteralMatch, TermRef, type GlossaryMatch, type TermLookup, type TermWord } from './matches.js';

export type { GlossaryMatch, TermLookup, TermWord } from './matches.js';

/**
 * Matches made at one place for one form, at most (the first in glossary order). A form shared by
 * thousands of entries ("a" given as the wrong form of each: a glossary mistake, which the loader warns
 * about) made a match per entry at each occurrence: 800 such entries on 1,200 "a"s took 15 s and 900 MB,
 * 12,500 ran out of memory. Rules read at most a few matches at a place.
 */
const MAX_HITS = 32;

/** One glossary's index and the id of its first entry among all compiled entries. */
interface Part {
  base: number;
  index: GlossaryIndex;
  /** Which (first letter, length) pairs its first words have: most words are ruled out without a lookup. */
  shapes: Uint8Array;
  /** The tokens of the case-sensitive and very long patterns that matched, by code. */
  texts: Map<number, { words: string[]; spaces: boolean[] }>;
}

/** Indexes of entry lists compiled before (the bundled rule packs, the test helpers). */
const indexes = new WeakMap<readonly GlossaryEntry[], GlossaryIndex>();

/**
 * The glossaries' token tries (literal terms and variants, see trie.ts, built with the index and kept
 * in the glossary cache) plus the few regex variants (regex-variants.ts). Matching costs one lookup per
 * token and trie step, whatever the number of entries, and creates nothing but the matches; an entry is
 * parsed from the cache only when a rule asks for it.
 */
export class CompiledGlossary {
  private readonly parts: Part[] = [];
  /** Number of entries, over all glossaries: ids run from 0 to size - 1. */
  readonly size: number;
  private readonly regexes = new RegexVariants();
  private readonly termTokenCache: (Token[] | undefined)[] = [];
  private all?: GlossaryEntry[];
  readonly termsByLower: TermLookup;

  /** From entries, or from glossaries loaded by translint (whose cached index is used as it is). */
  constructor(source: readonly GlossaryEntry[] | readonly Glossary[]) {
    let base = 0;
    const lists = source.length > 0 && 'term' in (source[0] as object) ? [indexOfEntries(source as readonly GlossaryEntry[])] : (source as readonly Glossary[]).map(indexOf);
    for (const index of lists) {
      this.parts.push({ base, index, shapes: index.shapes(), texts: new Map() });
      base += index.count;
      for (const id of index.regexIds) {
        const entry = index.entry(id);
        for (const v of entry.variants) if (v.kind === 'regex') this.regexes.add(entry, v);
      }
    }
    this.size = base;
    const self = this;
    this.termsByLower = {
      has: (lower) => self.parts.some((p) => p.index.terms.has(lower)),
      get(lower) {
        for (const { base: b, index } of self.parts) {
          const ids = index.terms.get(lower);
          if (ids) return self.entry(b + (ids[0] as number));
        }
        return undefined;
      },
    };
  }

  /** Every entry, in order (all parsed: matching never needs this). */
  get entries(): readonly GlossaryEntry[] {
    if (!this.all) this.all = this.parts.length === 1 ? (this.parts[0] as Part).index.entries() : this.parts.flatMap((p) => p.index.entries());
    return this.all;
  }

  /** Entry `id` (0 to size - 1). */
  entry(id: number): GlossaryEntry {
    const p = this.partOf(id);
    return p.index.entry(id - p.base);
  }

  /** The term of entry `id`, without parsing the rest of the entry. */
  term(id: number): string {
    const p = this.partOf(id);
    return p.index.term(id - p.base);
  }

  private partOf(id: number): Part {
    const parts = this.parts;
    for (let k = parts.length - 1; k > 0; k--) if (id >= (parts[k] as Part).base) return parts[k] as Part;
    return parts[0] as Part;
  }

  /** The tokens of an entry's term, made once. */
  termTokens(id: number): Token[] {
    let t = this.termTokenCache[id];
    if (!t) {
      const term = this.term(id);
      this.termTokenCache[id] = t = tokenize(term, [{ start: 0, end: term.length }]);
    }
    return t;
  }

  /** Every term and variant occurrence, overlapping ones included; callers resolve overlaps. */
  match(text: string, tokens: readonly Token[], segments: readonly Segment[]): GlossaryMatch[] {
    let out: GlossaryMatch[] = [];
    const hashes = tokenHashes(tokens);
    for (const part of this.parts) this.matchPart(part, tokens, hashes, out);
    // in token order, as one trie of all glossaries would give them (the sort is stable: glossary order
    // stays within a span)
    if (this.parts.length > 1) out = out.sort((a, b) => a.firstToken - b.firstToken || a.lastToken - b.lastToken || rank(a.suffix) - rank(b.suffix));
    this.regexes.match(text, tokens, segments, out);
    return out;
  }

  private matchPart(part: Part, tokens: readonly Token[], hashes: TokenHashes, out: GlossaryMatch[]): void {
    const { shapes } = part;
    const trie = part.index.trie;
    const tokenShapes = hashes.shapes;
    for (let i = 0; i < tokens.length; i++) {
      const s1 = tokenShapes[3 * i + 1] as number;
      if (s1 >= 0) {
        const lower = (tokens[i] as Token).lower;
        if (shapes[s1] === 1) {
          const stem = trie.childHashed(0, hashes.of(i, lower, 1), lower, lower.length - 1);
          if (stem !== -1) this.emit(part, stem, out, tokens, i, i, 's');
        }
        if (shapes[tokenShapes[3 * i + 2] as number] === 1) {
          const stem = trie.childHashed(0, hashes.of(i, lower, 2), lower, lower.length - 2);
          if (stem !== -1) this.emit(part, stem, out, tokens, i, i, 'es');
        }
      }
      if (shapes[tokenShapes[3 * i] as number] === 0) continue;
      const first = tokens[i] as Token;
      const lower = first.lower;
      const n = lower.length;
      let node = trie.childHashed(0, hashes.of(i, lower, 0), lower, n);
      if (node === -1) continue;
      this.emit(part, node, out, tokens, i, i, '');
      for (let j = i + 1; j < tokens.length && trie.hasChildren(node); j++) {
        const tok = tokens[j] as Token;
        if (tok.segment !== first.segment) break;
        const word = tok.lower;
        const m = word.length;
        if (tok.kind === 'word' && m > 3 && word.endsWith('s')) {
          const s1 = trie.childHashed(node, hashes.of(j, word, 1), word, m - 1);
          if (s1 !== -1) this.emit(part, s1, out, tokens, i, j, 's');
          // "es" only where the word ends in it: "islanders" is no plural of "Islande"
          const s2 = word.charCodeAt(m - 2) === 101 ? trie.childHashed(node, hashes.of(j, word, 2), word, m - 2) : -1;
          if (s2 !== -1) this.emit(part, s2, out, tokens, i, j, 'es');
        }
        node = trie.childHashed(node, hashes.of(j, word, 0), word, m);
        if (node === -1) break;
        this.emit(part, node, out, tokens, i, j, '');
      }
    }
  }

  /** The node's patterns that fit tokens i to j (spacing, and case for case-sensitive entries), MAX_HITS at most. */
  private emit(part: Part, node: number, out: GlossaryMatch[], tokens: readonly Token[], i: number, j: number, suffix: string): void {
    const { trie } = part.index;
    const end = trie.hitStart(node + 1);
    let emitted = 0;
    for (let h = trie.hitStart(node); h < end && emitted < MAX_HITS; h++) {
      const code = trie.hitCode(h);
      const local = Math.floor(code / SLOTS);
      const k = code % SLOTS;
      const spaces = trie.hitSpacing(h);
      const cased = part.index.caseSensitive(local);
      if (spaces === -1 || cased) {
        if (!this.fitsText(part, code, tokens, i, j, suffix, cased)) continue;
      } else if (!fitsSpaces(spaces, tokens, i, j)) continue;
      const variant = k === 0 ? undefined : part.index.variantText(local, k - 1);
      out.push(new LiteralMatch(this, part.base + local, (tokens[i] as Token).start, (tokens[j] as Token).end, variant, suffix, i, j + 1));
      emitted++;
    }
  }

  /** Spacing (and case) checked against the pattern's own tokens, made once per pattern. */
  private fitsText(part: Part, code: number, tokens: readonly Token[], i: number, j: number, suffix: string, cased: boolean): boolean {
    let t = part.texts.get(code);
    if (!t) {
      const local = Math.floor(code / SLOTS);
      const k = code % SLOTS;
      const text = k === 0 ? part.index.term(local) : part.index.variantText(local, k - 1);
      const words: string[] = [];
      const spaces: boolean[] = [];
      let prevEnd = -1;
      scanTokens(text, 0, text.length, (start, e) => {
        spaces.push(words.length > 0 && prevEnd !== start);
        words.push(text.slice(start, e));
        prevEnd = e;
      });
      part.texts.set(code, (t = { words, spaces }));
    }
    const n = j - i + 1;
    for (let k = 1; k < n; k++) if ((tokens[i + k] as Token).spaceBefore !== t.spaces[k]) return false;
    if (cased) {
      for (let k = 0; k < n; k++) {
        const tok = tokens[i + k] as Token;
        const expected = t.words[k] as string;
        if (k === n - 1 && suffix !== '' ? !tok.text.startsWith(expected) : tok.text !== expected) return false;
      }
    }
    return true;
  }

  /**
   * The entries whose term contains this lower-cased word, with its position in the term (for
   * near-miss and acronym candidates). The index holds packed numbers, not objects: it spans every
   * term of the glossary, while only the words of the checked text are ever looked up. Not kept:
   * callers that ask often keep what they need (near-miss keeps its candidates per word).
   */
  termWordsOf(word: string): readonly TermWord[] | undefined {
    let refs: TermWord[] | undefined;
    for (const { base, index } of this.parts) {
      const codes = index.words.get(word);
      if (!codes) continue;
      refs ??= [];
      for (const code of codes) refs.push(new TermRef(this, base + Math.floor(code / POSITIONS), code % POSITIONS));
    }
    return refs;
  }

  /**
   * The ids of termWordsOf(word), in the same order (a term with the word twice is there twice), as
   * numbers: the name index asks this of every word its phonetic keys reach, and a common word ("john")
   * is in thousands of terms of a large glossary, an object each that it would only count and drop.
   */
  termIdsOf(word: string, max = Infinity): Int32Array | undefined {
    // the name rules want a word's terms only when it has a few (`max`): a word of thousands of terms ("new",
    // "university" in a glossary of 50,000) is counted, not copied out to be dropped
    if (max !== Infinity && this.termCountOf(word) > max) return undefined;
    let ids: Int32Array | undefined;
    for (const { base, index } of this.parts) {
      const codes = index.words.get(word);
      if (!codes) continue;
      const part = new Int32Array(codes.length);
      for (let i = 0; i < codes.length; i++) part[i] = base + Math.floor((codes[i] as number) / POSITIONS);
      if (!ids) ids = part;
      else {
        const both = new Int32Array(ids.length + part.length);
        both.set(ids);
        both.set(part, ids.length);
        ids = both;
      }
    }
    return ids;
  }

  /** How many (term, place) occurrences the lower-cased `word` has in the terms: termIdsOf(word).length, without the list. */
  termCountOf(word: string): number {
    let n = 0;
    for (const { index } of this.parts) n += index.words.get(word)?.length ?? 0;
    return n;
  }

  /** Calls `visit` with each lower-cased word of the terms (once per glossary that has it), from the word table. */
  forEachTermWord(visit: (word: string) => void): void {
    for (const { index } of this.parts) index.words.forEachKey(visit);
  }

  /** Calls `visit` with each glossary's first entry id, entry count and cache key (GlossaryIndex.key), in order. */
  forEachPart(visit: (base: number, count: number, key: string | undefined) => void): void {
    for (const { base, index } of this.parts) visit(base, index.count, index.key);
  }

  /** Some glossary term contains this lower-cased word. */
  hasTermWord(word: string): boolean {
    for (const p of this.parts) if (p.index.words.has(word)) return true;
    return false;
  }
}

/** The index of a glossary: the one loaded from the cache, else one built from its entries (once). */
function indexOf(g: Glossary): GlossaryIndex {
  return g.index ?? indexOfEntries(g.entries);
}

function indexOfEntries(entries: readonly GlossaryEntry[]): GlossaryIndex {
  let index = indexes.get(entries);
  if (!index || index.count !== entries.length) indexes.set(entries, (index = GlossaryIndex.fromEntries(entries)));
  return index;
}

/** Tokens i + 1 to j have white space before them as the spacing bits say. */
function fitsSpaces(spaces: number, tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = 1; k <= j - i; k++) if ((tokens[i + k] as Token).spaceBefore !== ((spaces & (1 << (k - 1))) !== 0)) return false;
  return true;
}

/** Order of matches that share their tokens: plural stems first, as the trie walk finds them. */
function rank(suffix: string): number {
  return suffix === 's' ? 0 : suffix === 'es' ? 1 : 2;
}
