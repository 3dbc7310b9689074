import type { Token } from '../document/tokens.js';
import { scanTokens, tokenize } from '../document/tokens.js';
import type { Segment } from '../document/document.js';
import { RegexVariants } from './regex-variants.js';
import { GlossaryIndex, POSITIONS, SLOTS } from './glossary-index.js';
import type { Glossary, GlossaryEntry } from './types.js';

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

/**
 * What the trie keeps of a term or variant, as two numbers in its node's `hits` (no object each: a
 * large text builds most branches of a large glossary): its code, global entry id * SLOTS + slot (0
 * for the term, k for the k-th variant), and its spacing, bit k - 1 set when token k has white space
 * before it. Spacing -1 sends `fits` to the pattern's `Extra`: a case-sensitive entry, or more than
 * 32 tokens.
 */
interface Extra {
  /** Spacing of every token (index 0 unused). */
  spaces: boolean[];
  /** The tokens as written, for case-sensitive entries. */
  texts: string[] | undefined;
}

/** A trie node: one child inline (most nodes have no more), a map when there are several. */
interface TrieNode {
  /** Pairs of (code, spacing); see `Extra`. */
  hits: number[] | undefined;
  key: string | undefined;
  child: TrieNode | undefined;
  next: Map<string, TrieNode> | undefined;
}

const newNode = (): TrieNode => ({ hits: undefined, key: undefined, child: undefined, next: undefined });

const LOOKUPS_BEFORE_MAP = 50_000;

/** Index into `shapes`: ten bits of the first UTF-16 unit, five of the length. */
function shape(first: number, length: number): number {
  return ((first & 1023) << 5) | (length > 31 ? 31 : length);
}

function childOf(node: TrieNode, key: string): TrieNode | undefined {
  return node.key === key ? node.child : node.next?.get(key);
}

/** The child under the first `length` units of `word` (a plural's stem), slicing only to look in a map. */
function stemChildOf(node: TrieNode, word: string, length: number): TrieNode | undefined {
  const key = node.key;
  if (key !== undefined) return key.length === length && word.startsWith(key) ? node.child : undefined;
  return node.next?.get(word.slice(0, length));
}

/** One glossary's index and the id of its first entry among all compiled entries. */
interface Part {
  base: number;
  index: GlossaryIndex;
}

/** What near-miss and other rules ask of terms: is there one, and whose is it. */
export interface TermLookup {
  has(lowerTerm: string): boolean;
  get(lowerTerm: string): GlossaryEntry | undefined;
}

/** Indexes of entry lists compiled before (the bundled rule packs, the test helpers). */
const indexes = new WeakMap<readonly GlossaryEntry[], GlossaryIndex>();

/**
 * The glossaries compiled into a token trie (literal terms and variants) plus the few regex variants
 * (regex-variants.ts). Matching costs one map lookup per token and trie step, whatever the number of
 * entries. A glossary of 50,000 entries is mostly words a given text never uses, so a branch of the
 * trie is built only when its first word first occurs in a checked text, from the glossary's index
 * (glossary-index.ts): until then the entries behind it need not even be parsed.
 */
export class CompiledGlossary {
  private readonly parts: Part[] = [];
  /** Number of entries, over all glossaries: ids run from 0 to size - 1. */
  readonly size: number;
  /** Built branches (a word that starts none is looked up in the indexes each time: no memory grows with the text). */
  private readonly branches = new Map<string, TrieNode>();
  private firstWords?: Map<string, TrieNode | null>;
  /** Spacing and texts of the patterns two numbers cannot describe, by code. */
  private readonly extras = new Map<number, Extra>();
  private lookups = 0;
  private readonly regexes = new RegexVariants();
  /** Which (first letter, length) pairs some first word has: most words are ruled out without a lookup. */
  private readonly shapes = new Uint8Array(1 << 15);
  private readonly termTokenCache: (Token[] | undefined)[] = [];
  private all?: GlossaryEntry[];
  readonly termsByLower: TermLookup;

  /** From entries, or from glossaries loaded by translint (whose cached index is used as it is). */
  constructor(source: readonly GlossaryEntry[] | readonly Glossary[]) {
    let base = 0;
    const lists = source.length > 0 && 'term' in (source[0] as object) ? [indexOfEntries(source as readonly GlossaryEntry[])] : (source as readonly Glossary[]).map(indexOf);
    for (const index of lists) {
      this.parts.push({ base, index });
      base += index.count;
      for (const id of index.regexIds) {
        const entry = index.entry(id);
        for (const v of entry.variants) if (v.kind === 'regex') this.regexes.add(entry, v);
      }
    }
    this.size = base;
    for (const { index } of this.parts) index.first.forEachShape((c, n) => (this.shapes[shape(c, n)] = 1));
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

  /** The trie branch under a first word, built from the glossaries' indexes on first use. */
  private branch(first: string): TrieNode | undefined {
    let built: TrieNode | null | undefined;
    if (this.firstWords) {
      // one lookup: absent means the word starts nothing, null that its branch is not built yet
      built = this.firstWords.get(first);
      if (built === undefined) return undefined;
    } else {
      if (++this.lookups > LOOKUPS_BEFORE_MAP) this.firstWords = this.allFirstWords();
      let known = false;
      for (const { index } of this.parts) if ((known = index.first.find(first) !== -1)) break;
      if (!known) return undefined;
      built = this.branches.get(first);
    }
    if (built) return built;
    const node = newNode();
    for (const { base, index } of this.parts) {
      const slot = index.first.find(first);
      if (slot === -1) continue;
      for (const code of index.first.valuesAt(slot)) {
        const id = Math.floor(code / SLOTS);
        const k = code % SLOTS;
        const text = k === 0 ? index.term(id) : index.variantText(id, k - 1);
        insert(node, (base + id) * SLOTS + k, text, index.caseSensitive(id), this.extras);
      }
    }
    if (this.firstWords) this.firstWords.set(first, node);
    else this.branches.set(first, node);
    return node;
  }

  /**
   * Every first word of every glossary, with its branch if built. A long text looks up millions of
   * words, most of them starting no term: one JS Map lookup is several times cheaper than hashing in JS
   * and probing each glossary's table. A short text never pays for making it.
   */
  private allFirstWords(): Map<string, TrieNode | null> {
    const map = new Map<string, TrieNode | null>();
    for (const { index } of this.parts) index.first.forEachKey((key) => map.set(key, this.branches.get(key) ?? null));
    this.branches.clear();
    return map;
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
    const out: GlossaryMatch[] = [];
    const shapes = this.shapes;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i] as Token;
      const lower = first.lower;
      const c0 = lower.charCodeAt(0);
      const n = lower.length;
      if (first.kind === 'word' && n > 3 && lower.endsWith('s')) {
        for (const suffix of ['s', 'es']) {
          if (shapes[shape(c0, n - suffix.length)] === 0) continue;
          const stem = this.branch(lower.slice(0, -suffix.length));
          if (stem?.hits) this.emit(out, stem.hits, tokens, i, i, suffix);
        }
      }
      if (shapes[shape(c0, n)] === 0) continue;
      let node = this.branch(lower);
      if (node?.hits) this.emit(out, node.hits, tokens, i, i, '');
      for (let j = i + 1; j < tokens.length && node && (node.key !== undefined || node.next); j++) {
        const tok = tokens[j] as Token;
        if (tok.segment !== first.segment) break;
        if (tok.kind === 'word' && tok.lower.length > 3 && tok.lower.endsWith('s')) {
          for (const suffix of ['s', 'es']) {
            const stem = stemChildOf(node, tok.lower, tok.lower.length - suffix.length);
            if (stem?.hits) this.emit(out, stem.hits, tokens, i, j, suffix);
          }
        }
        node = childOf(node, tok.lower);
        if (node?.hits) this.emit(out, node.hits, tokens, i, j, '');
      }
    }
    this.regexes.match(text, tokens, segments, out);
    return out;
  }

  private emit(out: GlossaryMatch[], hits: number[], tokens: readonly Token[], i: number, j: number, suffix: string): void {
    for (let h = 0; h < hits.length; h += 2) {
      const code = hits[h] as number;
      const spaces = hits[h + 1] as number;
      if (spaces === -1 ? !fitsExtra(this.extras.get(code) as Extra, tokens, i, j, suffix) : !fitsSpaces(spaces, tokens, i, j)) continue;
      const id = Math.floor(code / SLOTS);
      const k = code % SLOTS;
      let variant: string | undefined;
      if (k > 0) {
        const p = this.partOf(id);
        variant = p.index.variantText(id - p.base, k - 1);
      }
      const m = new LiteralMatch(this, id, (tokens[i] as Token).start, (tokens[j] as Token).end, variant, suffix, i, j + 1);
      out.push(m);
    }
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

  /** Some glossary term contains this lower-cased word. */
  hasTermWord(word: string): boolean {
    for (const p of this.parts) if (p.index.words.has(word)) return true;
    return false;
  }
}

/**
 * A match of a literal term or variant. Its entry is parsed from the glossary cache only when a rule
 * asks for it: most matches in a long text are correct terms, which the exact-variant rule only counts.
 */
class LiteralMatch implements GlossaryMatch {
  readonly kind: 'term' | 'variant';
  readonly literal = true;

  constructor(
    private readonly glossary: CompiledGlossary,
    private readonly id: number,
    readonly start: number,
    readonly end: number,
    readonly variant: string | undefined,
    readonly suffix: string,
    readonly firstToken: number,
    readonly lastToken: number,
  ) {
    this.kind = variant === undefined ? 'term' : 'variant';
  }

  get entry(): GlossaryEntry {
    return this.glossary.entry(this.id);
  }
}

/** A TermWord that parses its entry and tokenizes its term only when asked (one of many per text). */
class TermRef implements TermWord {
  constructor(
    private readonly glossary: CompiledGlossary,
    readonly id: number,
    readonly position: number,
  ) {}

  get entry(): GlossaryEntry {
    return this.glossary.entry(this.id);
  }

  get tokens(): readonly Token[] {
    return this.glossary.termTokens(this.id);
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

/**
 * Inserts a term or variant (code: see `Extra`) below the branch node of its first word; its spacing
 * and texts go to `extras` when two numbers cannot hold them.
 */
function insert(branch: TrieNode, code: number, text: string, caseSensitive: boolean, extras: Map<number, Extra>): void {
  const texts: string[] = [];
  const spaceList: boolean[] = [false];
  let spaces = 0;
  let length = 0;
  let node = branch;
  let prevEnd = -1;
  scanTokens(text, 0, text.length, (start, end) => {
    const k = length++;
    const word = text.slice(start, end);
    if (caseSensitive) texts.push(word);
    if (k > 0) {
      const space = prevEnd !== start;
      spaceList.push(space);
      if (space && k <= 31) spaces |= 1 << (k - 1);
      const key = word.toLowerCase();
      let child = childOf(node, key);
      if (!child) {
        child = newNode();
        if (node.key === undefined && !node.next) {
          node.key = key;
          node.child = child;
        } else {
          if (!node.next) {
            node.next = new Map([[node.key as string, node.child as TrieNode]]);
            node.key = undefined;
            node.child = undefined;
          }
          node.next.set(key, child);
        }
      }
      node = child;
    }
    prevEnd = end;
  });
  if (caseSensitive || length > 32) {
    extras.set(code, { spaces: spaceList, texts: caseSensitive ? texts : undefined });
    spaces = -1;
  }
  // arrays of their exact length: an array grown by push keeps room for 16 more (most nodes hold one pattern)
  node.hits = node.hits ? [...node.hits, code, spaces] : [code, spaces];
}

/** Tokens i + 1 to j have white space before them as the spacing bits say. */
function fitsSpaces(spaces: number, tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = 1; k <= j - i; k++) if ((tokens[i + k] as Token).spaceBefore !== ((spaces & (1 << (k - 1))) !== 0)) return false;
  return true;
}

/** Exact case when the entry asks for it, and the same spacing between tokens as the pattern. */
function fitsExtra(extra: Extra, tokens: readonly Token[], i: number, j: number, suffix: string): boolean {
  const n = j - i + 1;
  for (let k = 1; k < n; k++) if ((tokens[i + k] as Token).spaceBefore !== extra.spaces[k]) return false;
  const texts = extra.texts;
  if (texts) {
    for (let k = 0; k < n; k++) {
      const tok = tokens[i + k] as Token;
      const expected = texts[k] as string;
      if (k === n - 1 && suffix !== '' ? !tok.text.startsWith(expected) : tok.text !== expected) return false;
    }
  }
  return true;
}
