import { createHash } from 'node:crypto';
import type { CompiledGlossary } from '../glossary/compile.js';
import { readCacheFile, writeCacheFile } from '../glossary/cache-files.js';
import { wordHash } from '../glossary/trie.js';
import { packText, unpackText } from '../lang/line-table.js';
import type { Spellings } from './conventions.js';
import { modulesVersion } from './index-cache.js';
import type { ComparedWord } from './similarity.js';

/**
 * Which spellings the joins of a glossary have (two words of a term read as one, "Jong" "Un" as
 * "jongun": align.ts), as a Bloom filter kept in the cache folder beside the joins' file (join-cache.ts).
 *
 * Speed: align.ts pairs every written word of a window with every join of each candidate term, and a
 * join pairs only with a word that has a spelling in common with it (its folded letters, or one of its
 * spellings: memo.ts, shareSpelling). At 1m/10k that was ~360,000 such tests and, to make them, the
 * spellings of ~10,000 joins read from the joins' file or spelled (~15% of the name matcher's CPU),
 * though almost no written word has a spelling of any join. A written word none of whose spellings
 * (nor its letters) is in the filter shares a spelling with no join of the glossary: it is not paired
 * with any, and no join is made for it. A word the filter lets through is tested as before.
 *
 * The filter holds the folded letters and every spelling of every join of every term of the glossary,
 * three bits each of 2^23 (1 MB). Format 1 had two bits each of 2^22: at 50,000 entries (~275,000
 * strings) 12% of its bits were set and a written word with a few spellings was let through ~7% of the
 * time (3 of the 41 asked in the bench's 5 KB article: ~350 joins spelled for nothing, ~20 ms of a cold
 * check); now ~10% of the bits are set and a false "maybe" is ~0.1% per string. It
 * is named after the postings' key (the names data and the code that spells) and the cache keys of the
 * glossary's files (their contents), so it answers for these joins only; with a file that has no cache
 * key, or no cache folder, there is none and every word is tested. It is made when the joins' file is
 * read (a large text: see join-cache.ts, loadAfter), and read by later processes at their first join.
 */
const FORMAT = 2;
const BITS = 1 << 23;
const MASK = BITS - 1;

/** The filter's file name for this glossary, or undefined when a file of the glossary has no cache key. */
export function joinBitsName(postingsKey: string, glossary: CompiledGlossary): string | undefined {
  const h = createHash('sha256').update(`${FORMAT}\0${postingsKey}\0${splitting()}`);
  let keyed = true;
  glossary.forEachPart((base, count, key) => {
    if (key === undefined) keyed = false;
    h.update(`\0${base}\0${count}\0${key}`);
  });
  return keyed ? `name-joinbits-${h.digest('hex').slice(0, 40)}.tlc` : undefined;
}

/**
 * A hash of the code that splits a term into words (which joins a term has), beside the modules the
 * postings' key covers (index-cache.ts, codeVersion): a filter missing a join would answer wrongly.
 */
function splitting(): string {
  return modulesVersion(import.meta.url, ['./words', '../document/tokens', './join-bits']);
}

export class JoinBits {
  /** The filter (undefined: not read yet; null: none kept). */
  private bits: Int32Array | null | undefined;
  /** The filter's file name, worked out at the first join asked about (it hashes code: no start-up cost when none is). */
  private named: { name: string | undefined } | undefined;
  constructor(private readonly nameOf: () => string | undefined) {}

  private get name(): string | undefined {
    return (this.named ??= { name: this.nameOf() }).name;
  }

  /** False when no join of the glossary can share a spelling with `w` (see above); true when it may, or when there is no filter. */
  may(w: ComparedWord): boolean {
    if (w.joinable !== undefined) return w.joinable;
    if (this.bits === undefined) this.bits = this.read();
    const bits = this.bits;
    if (!bits) return true;
    let hit = has(bits, w.folded);
    for (let i = 0; i < w.spellings.length && !hit; i++) hit = has(bits, w.spellings[i] as string);
    w.joinable = hit;
    return hit;
  }

  /** Makes the filter when there is none, from every join's syllables and spellings (once the joins' file is read). */
  make(all: Iterable<readonly string[]>, spell: (syllables: readonly string[]) => Spellings): void {
    if (!this.name || (this.bits ??= this.read())) return;
    const bits = new Int32Array(BITS >>> 5);
    for (const syllables of all) {
      add(bits, syllables.join(''));
      for (const s of spell(syllables).all) add(bits, s);
    }
    writeCacheFile(this.name, packText('', [bits]));
    // used only once kept, so that every process answers from the same filter
    this.bits = this.read();
  }

  private read(): Int32Array | null {
    const bytes = this.name ? readCacheFile(this.name) : undefined;
    const unpacked = bytes && unpackText(bytes, 1);
    const bits = unpacked ? (unpacked.tables[0] as Int32Array) : undefined;
    return bits && bits.length === BITS >>> 5 ? bits : null;
  }
}

/** The k-th bit (k < HASHES) of a string whose FNV-1a hash (the one spellingHashes uses) is h: h and two multiples of it, mixed down. */
const HASHES = 3;
function at(h: number, k: number): number {
  const x = k === 0 ? h : Math.imul(h ^ (h >>> 15), k === 1 ? 0x9e3779b1 : 0x85ebca6b);
  return (k === 0 ? x : x ^ (x >>> 13)) & MASK;
}

function add(bits: Int32Array, s: string): void {
  const h = wordHash(s, s.length);
  for (let k = 0; k < HASHES; k++) {
    const i = at(h, k);
    bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
  }
}

function has(bits: Int32Array, s: string): boolean {
  const h = wordHash(s, s.length);
  for (let k = 0; k < HASHES; k++) {
    const i = at(h, k);
    if (((bits[i >>> 5] as number) & (1 << (i & 31))) === 0) return false;
  }
  return true;
}
