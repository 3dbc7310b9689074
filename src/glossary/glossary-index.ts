import { scanTokens } from '../document/tokens.js';
import { bufferOf, type LazyText, sliceUnits, StringTable, unitsOf } from './string-table.js';
import { SHAPE_MASK, shapeAt, StaticTrie, type TriePattern } from './trie.js';
import type { GlossaryEntry } from './types.js';

/**
 * First-word codes pack an entry and a slot: entry * SLOTS + 0 for the term, + k for its k-th variant
 * (literal variants past SLOTS - 1 are not matched: no real entry has a thousand).
 */
export const SLOTS = 1024;
/** Term-word codes pack an entry and the word's position in the term: entry * POSITIONS + position. */
export const POSITIONS = 64;
/** Codes are 32-bit integers. */
const MAX_ENTRIES = Math.floor(2 ** 31 / SLOTS);

/** Where the entries of a cached glossary are: one JSON text per entry, parsed when first asked for. */
export interface StoredEntries {
  /** Bytes [start, end) of the entries' text (read from the cache file when asked for: see cache.ts). */
  bytes(start: number, end: number): Buffer;
  /** Byte offsets into the entries' text: entry i is bytes(offsets[i], offsets[i + 1]). */
  offsets: Int32Array;
  /** The glossary path every entry names. */
  glossary: string;
}

/**
 * What matching needs to know of a glossary, without its entries: a token trie of every term and
 * literal variant, every term lower-cased, every word of every term, and the entries with
 * regular-expression variants. It is built once from the entries and stored in the glossary cache, so
 * a run that checks one article against 50,000 entries reads a few arrays and parses only the entries
 * whose words occur in the article.
 */
export class GlossaryIndex {
  private readonly cache: (GlossaryEntry | undefined)[];
  private all?: GlossaryEntry[];
  /**
   * The glossary cache key of the file this index was loaded from (cache.ts `cacheKey`: a hash of its
   * bytes, format and name), which data derived from its terms is cached under (derived-cache.ts);
   * undefined for an index built from entries in memory.
   */
  key?: string;
  /** Which (first letter, length) shapes the trie's first words have (trie.ts shapeAt): kept in the glossary cache. */
  firstShapes?: Uint8Array;
  private readonly termSource: { buffer?: Buffer; units?: Uint16Array; source: LazyText };
  private readonly variantSource: { buffer?: Buffer; units?: Uint16Array; source: LazyText };
  /** Terms made by term(), by id: the name matching asks for the same terms again and again. */
  private termTexts: (string | undefined)[] | undefined;

  /** Lower-cased term → entries. */
  get terms(): StringTable {
    const t = this.termsTable;
    return typeof t === 'function' ? (this.termsTable = t()) : t;
  }

  /** Lower-cased word of a term → codes (see POSITIONS). */
  get words(): StringTable {
    const t = this.wordsTable;
    return typeof t === 'function' ? (this.wordsTable = t()) : t;
  }

  private get termChars(): Uint16Array {
    return unitsOf(this.termSource);
  }

  private get variantChars(): Uint16Array {
    return unitsOf(this.variantSource);
  }

  constructor(
    readonly count: number,
    /** Every term and literal variant, by its lower-cased tokens (codes: see SLOTS). */
    readonly trie: StaticTrie,
    /** Lower-cased term → entries (or how to read the table when first asked for: see cache.ts). */
    private termsTable: StringTable | (() => StringTable),
    /** Lower-cased word of a term → codes (see POSITIONS); the same. */
    private wordsTable: StringTable | (() => StringTable),
    /** Entries that have a regular-expression variant. */
    readonly regexIds: Int32Array,
    /** Terms, concatenated: term i is termChars.slice(termStarts[i], termStarts[i + 1]). */
    private readonly termStarts: Int32Array,
    termChars: LazyText,
    /** Per entry: 1 when it is case-sensitive. */
    private readonly flags: Int32Array,
    /** Variant texts, concatenated: variant k of entry i is number variantBase[i] + k in variantStarts. */
    private readonly variantBase: Int32Array,
    private readonly variantStarts: Int32Array,
    variantChars: LazyText,
    private readonly stored: StoredEntries | readonly GlossaryEntry[],
  ) {
    this.termSource = { source: termChars };
    this.variantSource = { source: variantChars };
    this.cache = Array.isArray(stored) ? (stored as GlossaryEntry[]) : new Array<GlossaryEntry | undefined>(count);
    if (Array.isArray(stored)) this.all = stored as GlossaryEntry[];
  }

  static fromEntries(entries: readonly GlossaryEntry[]): GlossaryIndex {
    if (entries.length >= MAX_ENTRIES) throw new RangeError(`a glossary of ${entries.length} entries is more than translint can index (${MAX_ENTRIES - 1})`);
    const patterns: TriePattern[] = [];
    const terms = new Map<string, number[]>();
    const words = new Map<string, number[]>();
    const regexIds: number[] = [];
    const termStarts = new Int32Array(entries.length + 1);
    const flags = new Int32Array(entries.length);
    const variantBase = new Int32Array(entries.length + 1);
    const variantStarts: number[] = [0];
    const variantTexts: string[] = [];
    let chars = 0;
    let variantChars = 0;
    entries.forEach((entry, id) => {
      if (entry.caseSensitive) flags[id] = 1;
      for (const v of entry.variants) {
        variantTexts.push(v.text);
        variantStarts.push((variantChars += v.text.length));
      }
      variantBase[id + 1] = variantTexts.length;
      const term = entry.term;
      patterns.push({ code: id * SLOTS, text: term });
      let regex = false;
      entry.variants.forEach((v, k) => {
        if (v.kind === 'literal') {
          if (k + 1 < SLOTS) patterns.push({ code: id * SLOTS + k + 1, text: v.text });
        } else regex = true;
      });
      if (regex) regexIds.push(id);
      add(terms, term.toLowerCase(), id);
      let position = 0;
      scanTokens(term, 0, term.length, (start, end) => {
        if (position >= POSITIONS) return false;
        add(words, term.slice(start, end).toLowerCase(), id * POSITIONS + position++);
      });
      chars += term.length;
      termStarts[id + 1] = chars;
    });
    return new GlossaryIndex(
      entries.length,
      StaticTrie.build(patterns),
      StringTable.build(terms),
      StringTable.build(words),
      Int32Array.from(regexIds),
      termStarts,
      entries.map((e) => e.term).join(''),
      flags,
      variantBase,
      Int32Array.from(variantStarts),
      variantTexts.join(''),
      entries,
    );
  }

  /** Entry `id`, parsed on first use when the index was read from the cache. */
  entry(id: number): GlossaryEntry {
    let e = this.cache[id];
    if (e === undefined) {
      const { bytes, offsets, glossary } = this.stored as StoredEntries;
      e = unpackEntry(JSON.parse(bytes(offsets[id] as number, offsets[id + 1] as number).toString('utf8')) as Record<string, unknown>, glossary);
      this.cache[id] = e;
    }
    return e;
  }

  /** The term of entry `id`, without parsing the entry. */
  term(id: number): string {
    const texts = (this.termTexts ??= new Array<string | undefined>(this.count));
    return (texts[id] ??= sliceUnits(bufferOf(this.termSource), this.termStarts[id] as number, this.termStarts[id + 1] as number));
  }

  /** Entry `id` asks for exact case. */
  caseSensitive(id: number): boolean {
    return this.flags[id] === 1;
  }

  /** The text of variant `k` of entry `id` (for a regular expression, as written), without parsing the entry. */
  variantText(id: number, k: number): string {
    const n = (this.variantBase[id] as number) + k;
    return sliceUnits(bufferOf(this.variantSource), this.variantStarts[n] as number, this.variantStarts[n + 1] as number);
  }

  /** firstShapes, made from the trie's first words when the cache did not hold it (a visit of every edge slot). */
  shapes(): Uint8Array {
    if (!this.firstShapes) {
      const shapes = new Uint8Array(SHAPE_MASK + 1);
      this.trie.forEachFirstKey((keys, at, length) => (shapes[shapeAt(keys, at, length)] = 1));
      this.firstShapes = shapes;
    }
    return this.firstShapes;
  }

  /** Every entry (all parsed). */
  entries(): GlossaryEntry[] {
    if (!this.all) {
      const all: GlossaryEntry[] = [];
      for (let id = 0; id < this.count; id++) all.push(this.entry(id));
      this.all = all;
    }
    return this.all;
  }

  /** What the cache stores besides the entries. */
  parts(): { termStarts: Int32Array; termChars: Uint16Array; flags: Int32Array; variantBase: Int32Array; variantStarts: Int32Array; variantChars: Uint16Array } {
    const { termStarts, termChars, flags, variantBase, variantStarts, variantChars } = this;
    return { termStarts, termChars, flags, variantBase, variantStarts, variantChars };
  }
}

function add(map: Map<string, number[]>, key: string, code: number): void {
  if (key === '') return;
  const list = map.get(key);
  if (list) list.push(code);
  else map.set(key, [code]);
}

const DEFAULTS = { category: 'term', caseSensitive: false, fix: 'auto' } as const;

/** An entry as stored: without its defaults and glossary name, literal variants as plain strings. */
export function packEntry(e: GlossaryEntry): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (k === 'glossary' || DEFAULTS[k as keyof typeof DEFAULTS] === v) continue;
    out[k] = k === 'variants' ? (v as GlossaryEntry['variants']).map((x) => (x.kind === 'literal' ? x.text : x)) : v;
  }
  return out;
}

function unpackEntry(e: Record<string, unknown>, glossary: string): GlossaryEntry {
  if (e.category === undefined) e.category = DEFAULTS.category;
  if (e.caseSensitive === undefined) e.caseSensitive = DEFAULTS.caseSensitive;
  if (e.fix === undefined) e.fix = DEFAULTS.fix;
  e.glossary = glossary;
  const variants = (e.variants as unknown[] | undefined) ?? [];
  for (let i = 0; i < variants.length; i++) {
    const v = variants[i];
    if (typeof v === 'string') variants[i] = { kind: 'literal', text: v };
  }
  e.variants = variants;
  return e as unknown as GlossaryEntry;
}
