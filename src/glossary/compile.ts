import type { Token } from '../document/tokens.js';
import { firstLower, scanTokens, tokenize } from '../document/tokens.js';
import type { Segment } from '../document/document.js';
import { RegexVariants } from './regex-variants.js';
import type { GlossaryEntry } from './types.js';

/** One occurrence in the text of an entry's term or of one of its wrong variants. */
export interface GlossaryMatch {
  start: number;
  end: number;
  entry: GlossaryEntry;
  kind: 'term' | 'variant';
  /** The variant as written in the glossary (absent for term matches). */
  variant?: string;
  literal: boolean;
  /** Plural ending that followed the matched form inside the same word ("s", "es"), kept in the fix. */
  suffix: string;
  /** Index of the first and one past the last token covered. */
  firstToken: number;
  lastToken: number;
}

/** A word of a glossary term: which entry (and its index), where in the term, and the term's tokens. */
export interface TermWord {
  readonly entry: GlossaryEntry;
  readonly id: number;
  readonly position: number;
  /** Tokenized on first use. */
  readonly tokens: readonly Token[];
}

interface PatternToken {
  text: string;
  spaceBefore: boolean;
}

interface Pattern {
  entry: GlossaryEntry;
  kind: 'term' | 'variant';
  variant?: string;
  tokens: PatternToken[];
  caseSensitive: boolean;
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  hits?: Pattern[];
}

/**
 * Patterns not yet in the trie, by their first word: entry index * 1024 + slot (0 for the term,
 * k for the k-th variant). A glossary of 50,000 entries is mostly words a given text never uses, so
 * a branch of the trie is built only when its first word first occurs in a checked text.
 */
type Pending = number[];
const SLOTS = 1024;
/** Term words past this position are not indexed for near misses (terms are rarely that long). */
const POSITIONS = 64;

/**
 * The glossary compiled once into a token trie (literal terms and variants) plus the few regex
 * variants (regex-variants.ts). Matching costs one map lookup per
 * token and trie step, whatever the number of entries.
 */
export class CompiledGlossary {
  private readonly root = new Map<string, TrieNode | Pending>();
  private readonly regexes = new RegexVariants();
  private words?: Map<string, number[]>;
  private readonly termWordCache = new Map<string, TermWord[]>();
  private readonly termTokenCache: (Token[] | undefined)[] = [];
  private termsLower?: Map<string, GlossaryEntry>;

  constructor(readonly entries: readonly GlossaryEntry[]) {
    entries.forEach((entry, id) => {
      this.defer(firstLower(entry.term), id * SLOTS);
      entry.variants.forEach((v, k) => {
        if (v.kind === 'literal') {
          if (k + 1 < SLOTS) this.defer(firstLower(v.text), id * SLOTS + k + 1);
          return;
        }
        this.regexes.add(entry, v);
      });
    });
  }

  private defer(first: string, code: number): void {
    if (first === '') return;
    const slot = this.root.get(first);
    if (slot === undefined) this.root.set(first, [code]);
    else (slot as Pending).push(code);
  }

  /** Lower-cased term → its (first) entry; made on first use, since exact-variant checks never ask. */
  get termsByLower(): ReadonlyMap<string, GlossaryEntry> {
    if (!this.termsLower) {
      this.termsLower = new Map();
      for (const entry of this.entries) {
        const lower = entry.term.toLowerCase();
        if (!this.termsLower.has(lower)) this.termsLower.set(lower, entry);
      }
    }
    return this.termsLower;
  }

  /** The trie branch under a first word, built from its pending patterns on first use. */
  private branch(first: string): TrieNode | undefined {
    const slot = this.root.get(first);
    if (slot === undefined || !Array.isArray(slot)) return slot;
    const node: TrieNode = {};
    for (const code of slot) {
      const id = Math.floor(code / SLOTS);
      const k = code % SLOTS;
      const entry = this.entries[id] as GlossaryEntry;
      if (k === 0) this.insert(node, { entry, kind: 'term', tokens: patternTokens(entry.term), caseSensitive: entry.caseSensitive });
      else {
        const v = entry.variants[k - 1];
        if (v) this.insert(node, { entry, kind: 'variant', variant: v.text, tokens: patternTokens(v.text), caseSensitive: entry.caseSensitive });
      }
    }
    this.root.set(first, node);
    return node;
  }

  /** Inserts a pattern below the branch node of its first word. */
  private insert(branch: TrieNode, p: Pattern): void {
    let node = branch;
    for (let k = 1; k < p.tokens.length; k++) {
      const key = (p.tokens[k] as PatternToken).text.toLowerCase();
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = {}));
      node = child;
    }
    (node.hits ??= []).push(p);
  }

  /** The tokens of an entry's term, made once. */
  termTokens(id: number): Token[] {
    let t = this.termTokenCache[id];
    if (!t) {
      const term = (this.entries[id] as GlossaryEntry).term;
      this.termTokenCache[id] = t = tokenize(term, [{ start: 0, end: term.length }]);
    }
    return t;
  }

  /** Every term and variant occurrence, overlapping ones included; callers resolve overlaps. */
  match(text: string, tokens: readonly Token[], segments: readonly Segment[]): GlossaryMatch[] {
    const out: GlossaryMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as Token;
      if (first.kind === 'word' && first.lower.length > 3 && first.lower.endsWith('s')) {
        for (const suffix of ['s', 'es']) {
          const stem = this.branch(first.lower.slice(0, -suffix.length));
          if (stem?.hits) this.emit(out, stem.hits, tokens, i, i, suffix);
        }
      }
      let node = this.branch(first.lower);
      if (node?.hits) this.emit(out, node.hits, tokens, i, i, '');
      for (let j = i + 1; j < tokens.length && node?.next; j++) {
        const tok = tokens[j] as Token;
        if (tok.segment !== first.segment) break;
        if (tok.kind === 'word' && tok.lower.length > 3 && tok.lower.endsWith('s')) {
          for (const suffix of ['s', 'es']) {
            const stem = node.next.get(tok.lower.slice(0, -suffix.length));
            if (stem?.hits) this.emit(out, stem.hits, tokens, i, j, suffix);
          }
        }
        node = node.next.get(tok.lower);
        if (node?.hits) this.emit(out, node.hits, tokens, i, j, '');
      }
    }
    this.regexes.match(text, tokens, segments, out);
    return out;
  }

  private emit(out: GlossaryMatch[], hits: Pattern[], tokens: readonly Token[], i: number, j: number, suffix: string): void {
    for (const p of hits) {
      if (!fits(p, tokens, i, suffix)) continue;
      const m: GlossaryMatch = {
        start: (tokens[i] as Token).start,
        end: (tokens[j] as Token).end,
        entry: p.entry,
        kind: p.kind,
        literal: true,
        suffix,
        firstToken: i,
        lastToken: j + 1,
      };
      if (p.variant !== undefined) m.variant = p.variant;
      out.push(m);
    }
  }

  /**
   * The entries whose term contains this lower-cased word, with its position in the term (for
   * near-miss and acronym candidates). The index holds packed numbers, not objects: it spans every
   * term of the glossary, while only the words of the checked text are ever looked up.
   */
  termWordsOf(word: string): readonly TermWord[] | undefined {
    let refs = this.termWordCache.get(word);
    if (refs) return refs;
    const codes = this.wordIndex().get(word);
    if (!codes) return undefined;
    const glossary = this;
    refs = codes.map((code) => {
      const id = Math.floor(code / POSITIONS);
      return {
        entry: this.entries[id] as GlossaryEntry,
        id,
        position: code % POSITIONS,
        get tokens() {
          return glossary.termTokens(id);
        },
      };
    });
    this.termWordCache.set(word, refs);
    return refs;
  }

  /** Some glossary term contains this lower-cased word. */
  hasTermWord(word: string): boolean {
    return this.wordIndex().has(word);
  }

  private wordIndex(): Map<string, number[]> {
    if (this.words) return this.words;
    const index = new Map<string, number[]>();
    this.entries.forEach((entry, id) => {
      const term = entry.term;
      let position = 0;
      scanTokens(term, 0, term.length, (start, end) => {
        if (position >= POSITIONS) return false;
        const word = term.slice(start, end).toLowerCase();
        const list = index.get(word);
        if (list) list.push(id * POSITIONS + position);
        else index.set(word, [id * POSITIONS + position]);
        position++;
      });
    });
    return (this.words = index);
  }
}

/** A pattern's tokens with their spacing, straight from the scanner: branches are built often. */
function patternTokens(s: string): PatternToken[] {
  const out: PatternToken[] = [];
  let prevEnd = -1;
  scanTokens(s, 0, s.length, (start, end) => {
    out.push({ text: s.slice(start, end), spaceBefore: out.length > 0 && prevEnd !== start });
    prevEnd = end;
  });
  return out;
}

/** Exact case when the entry asks for it, and the same spacing between tokens as the pattern. */
function fits(p: Pattern, tokens: readonly Token[], i: number, suffix: string): boolean {
  const n = p.tokens.length;
  for (let k = 0; k < n; k++) {
    const tok = tokens[i + k] as Token;
    const pt = p.tokens[k] as PatternToken;
    if (k > 0 && tok.spaceBefore !== pt.spaceBefore) return false;
    if (p.caseSensitive) {
      const expected = k === n - 1 ? pt.text + suffix : pt.text;
      if (k === n - 1 && suffix !== '' ? !tok.text.startsWith(pt.text) : tok.text !== expected) return false;
    }
  }
  return true;
}
