import { scanTokens } from '../document/tokens.js';
import { type LazyText, textOf, unitsOf, unitsStartWith } from './string-table.js';

/** A term or variant to put in the trie: its code (see glossary-index.ts, SLOTS) and text. */
export interface TriePattern {
  code: number;
  text: string;
}

/**
 * A token trie of a glossary's terms and literal variants, held in typed arrays and one string: no
 * object per node or pattern, so a large glossary costs the garbage collector nothing, and the trie
 * is saved in the glossary cache as it is (reading it back is a copy of bytes, not a build).
 *
 * Node 0 is the root. An edge (parent node, lower-cased word) leads to a child node; edges live in an
 * open-addressing hash table. Each node lists its hits, pairs of (code, spacing): spacing has bit k - 1
 * set when token k of the pattern has white space before it, or is -1 for a pattern of more than 32
 * tokens (the caller reads its spacing from the text).
 */
export class StaticTrie {
  private readonly mask: number;
  private readonly keyText: { text?: string; units?: Uint16Array; source: LazyText };

  constructor(
    /**
     * Two numbers per slot: parent (-1 for an empty slot) and child. Nodes are numbered in the order
     * their edges were made, so node n's word (the key of the edge into it) is keys[keyStarts[n],
     * keyStarts[n + 1]): a slot needs no key offset or length of its own, which keeps the table, the
     * largest part of a glossary's cache file, at half the size it had with four numbers per slot.
     */
    private readonly edges: Int32Array,
    keys: LazyText,
    private readonly keyStarts: Int32Array,
    /** Node n's hits are hits[2 * hitStarts[n], 2 * hitStarts[n + 1]). */
    private readonly hitStarts: Int32Array,
    private readonly hits: Int32Array,
    /** Number of children of each node. */
    private readonly children: Int32Array,
  ) {
    this.mask = edges.length / 2 - 1;
    this.keyText = { source: keys };
  }

  private get keys(): Uint16Array {
    return unitsOf(this.keyText);
  }

  static build(patterns: Iterable<TriePattern>): StaticTrie {
    const edgeOf = new Map<string, number>();
    const edgeList: { parent: number; key: string; child: number }[] = [];
    const nodeHits: number[][] = [[]];
    const children: number[] = [0];
    for (const { code, text } of patterns) {
      let node = 0;
      let spaces = 0;
      let k = 0;
      let prevEnd = -1;
      scanTokens(text, 0, text.length, (start, end) => {
        if (k > 0 && prevEnd !== start && k <= 31) spaces |= 1 << (k - 1);
        const key = text.slice(start, end).toLowerCase();
        const id = `${node}\u0001${key}`;
        let child = edgeOf.get(id);
        if (child === undefined) {
          child = nodeHits.length;
          nodeHits.push([]);
          children.push(0);
          children[node] = (children[node] as number) + 1;
          edgeOf.set(id, child);
          edgeList.push({ parent: node, key, child });
        }
        node = child;
        prevEnd = end;
        k++;
      });
      if (k === 0) continue;
      (nodeHits[node] as number[]).push(code, k > 32 ? -1 : spaces);
    }
    let size = 8;
    while (size < edgeList.length * 2) size *= 2;
    const edges = new Int32Array(size * 2).fill(-1);
    const mask = size - 1;
    const keyParts: string[] = [];
    // edge k leads to node k + 1 (made in this order above): its key starts at keyStarts[k + 1]
    const keyStarts = new Int32Array(nodeHits.length + 1);
    let keyAt = 0;
    for (const { parent, key, child } of edgeList) {
      let h = mix(wordHash(key, key.length), parent) & mask;
      while ((edges[h * 2] as number) !== -1) h = (h + 1) & mask;
      edges[h * 2] = parent;
      edges[h * 2 + 1] = child;
      keyStarts[child] = keyAt;
      keyParts.push(key);
      keyAt += key.length;
      keyStarts[child + 1] = keyAt;
    }
    const hitStarts = new Int32Array(nodeHits.length + 1);
    let total = 0;
    nodeHits.forEach((h, n) => {
      hitStarts[n] = total / 2;
      total += h.length;
    });
    hitStarts[nodeHits.length] = total / 2;
    const hits = new Int32Array(total);
    let at = 0;
    for (const h of nodeHits) {
      hits.set(h, at);
      at += h.length;
    }
    return new StaticTrie(edges, keyParts.join(''), keyStarts, hitStarts, hits, Int32Array.from(children));
  }

  /** The child of `parent` under the first `length` units of the lower-cased `word`, or -1. */
  child(parent: number, word: string, length: number): number {
    return this.childHashed(parent, wordHash(word, length), word, length);
  }

  /** `child`, given `wordHash(word, length)` (computed once per token for every trie it is looked up in). */
  childHashed(parent: number, hash: number, word: string, length: number): number {
    const { edges, keys, keyStarts, mask } = this;
    let h = mix(hash, parent) & mask;
    for (;;) {
      const p = edges[h * 2] as number;
      if (p === -1) return -1;
      if (p === parent) {
        const child = edges[h * 2 + 1] as number;
        const at = keyStarts[child] as number;
        if ((keyStarts[child + 1] as number) - at === length && unitsStartWith(keys, at, word, length)) return child;
      }
      h = (h + 1) & mask;
    }
  }

  hasChildren(node: number): boolean {
    return (this.children[node] as number) > 0;
  }

  /** Node n's hits, as indexes into `hitAt`: from hitStart(n) to hitStart(n + 1). */
  hitStart(node: number): number {
    return this.hitStarts[node] as number;
  }

  /** Code and spacing of hit h. */
  hitCode(h: number): number {
    return this.hits[2 * h] as number;
  }

  hitSpacing(h: number): number {
    return this.hits[2 * h + 1] as number;
  }

  /** Calls `visit` with the string holding each first word, its start and its length (slicing nothing). */
  forEachFirstKey(visit: (keys: string, at: number, length: number) => void): void {
    const { edges, keyStarts } = this;
    const keys = textOf(this.keyText);
    for (let h = 0; h < edges.length; h += 2) {
      if (edges[h] !== 0) continue;
      const child = edges[h + 1] as number;
      visit(keys, keyStarts[child] as number, (keyStarts[child + 1] as number) - (keyStarts[child] as number));
    }
  }

  /** The parts to save. */
  parts(): { edges: Int32Array; keys: Uint16Array; keyStarts: Int32Array; hitStarts: Int32Array; hits: Int32Array; children: Int32Array } {
    const { edges, keys, keyStarts, hitStarts, hits, children } = this;
    return { edges, keys, keyStarts, hitStarts, hits, children };
  }
}

/** FNV-1a over the first `length` UTF-16 units of `word`. */
export function wordHash(word: string, length: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a's 32-bit offset basis and prime (wordHash; line-table.ts hashes a field while it scans). */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** An edge's slot hash: the word's hash mixed with its parent node. */
function mix(hash: number, parent: number): number {
  return Math.imul(hash ^ parent, 0x9e3779b1) >>> 0;
}

/**
 * Per token of a text: the hash of its lower-cased form, and of that form without its last one and
 * two units (plural stems). Each token's three come out of one pass over it, made the first time a
 * trie asks (most tokens fail every glossary's shape test first), and are shared by every compiled
 * glossary matching the same tokens.
 */
export class TokenHashes {
  private readonly hashes: Int32Array;
  private readonly done: Uint8Array;

  // no reference to the tokens: they are the key of the WeakMap that holds this, and a value that points
  // back at its key makes every garbage collection slower (ephemeron cycles)
  constructor(
    count: number,
    /** Per token: `shapeAt` of its lower-cased form, and of its two plural stems (-1 when it is no plural). */
    readonly shapes: Int32Array,
  ) {
    this.hashes = new Int32Array(count * 3);
    this.done = new Uint8Array(count);
  }

  /** Hash of token k's lower-cased form `w` less its last `cut` units (0, 1 or 2). */
  of(k: number, w: string, cut: 0 | 1 | 2): number {
    if (this.done[k] === 0) {
      const len = w.length;
      // wordHash of every prefix the cut asks for, in one pass
      let h = FNV_OFFSET;
      for (let i = 0; i < len; i++) {
        if (i === len - 2) this.hashes[k * 3 + 2] = h;
        else if (i === len - 1) this.hashes[k * 3 + 1] = h;
        h = Math.imul(h ^ w.charCodeAt(i), FNV_PRIME);
      }
      this.hashes[k * 3] = h;
      this.done[k] = 1;
    }
    return this.hashes[k * 3 + cut] as number;
  }
}

interface HashedToken {
  lower: string;
  kind: string;
}

const hashesOf = new WeakMap<readonly HashedToken[], TokenHashes>();

/** The hashes and shapes of a text's tokens, made once for all the glossaries that match them. */
export function tokenHashes(tokens: readonly HashedToken[]): TokenHashes {
  let t = hashesOf.get(tokens);
  if (!t) {
    const shapes = new Int32Array(tokens.length * 3);
    for (let k = 0; k < tokens.length; k++) {
      const { lower, kind } = tokens[k] as HashedToken;
      const n = lower.length;
      shapes[3 * k] = shapeAt(lower, 0, n);
      // a word of more than three letters ending in "s" may be a term's plural ("Starmers")
      const plural = kind === 'word' && n > 3 && lower.charCodeAt(n - 1) === 115;
      shapes[3 * k + 1] = plural ? shapeAt(lower, 0, n - 1) : -1;
      shapes[3 * k + 2] = plural && lower.charCodeAt(n - 2) === 101 ? shapeAt(lower, 0, n - 2) : -1;
    }
    hashesOf.set(tokens, (t = new TokenHashes(tokens.length, shapes)));
  }
  return t;
}

/**
 * A cell in 2^18 for the `length` units of `text` from `at`: their first, second and last units and
 * their length, hashed. A glossary marks the cells of its first words; a word whose cell is unmarked
 * starts no term, which rules out all but a few percent of words before any lookup, even with 50,000
 * first words.
 */
export function shapeAt(text: string, at: number, length: number): number {
  const h = ((text.charCodeAt(at) * 31 + (length > 1 ? text.charCodeAt(at + 1) : 0)) * 31 + text.charCodeAt(at + length - 1)) * 37 + length;
  return h & SHAPE_MASK;
}

export const SHAPE_MASK = (1 << 18) - 1;
