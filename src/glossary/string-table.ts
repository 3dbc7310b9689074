/**
 * A string given as it is, or made on first use: the glossary cache decodes a text section (keys,
 * terms, variants) only when something reads it (a check with glossary/variant alone reads none but
 * the trie's words), ~20-30 ms of UTF-8 decoding at 50,000 entries.
 */
export type LazyText = string | (() => string);

/** The string of a LazyText, made once and kept in `holder`. */
export function textOf(holder: { text?: string | undefined; source: LazyText }): string {
  return (holder.text ??= typeof holder.source === 'string' ? holder.source : holder.source());
}

/**
 * An immutable hash table from strings to lists of integers, held in two typed arrays and one string
 * (open addressing, FNV-1a hashes, linear probing). It holds no object per key, so a table of 50,000
 * glossary words costs the garbage collector nothing, and it is saved to and read from the glossary
 * cache as it is: reading it is a copy of bytes, not a parse.
 */
export class StringTable {
  private readonly mask: number;
  private readonly keyText: { text?: string; source: LazyText };

  constructor(
    /** One number per slot: the key's number (keys are numbered in insertion order), -1 for an empty slot. */
    private readonly slots: Int32Array,
    /** Key k is keys[keyStarts[k], keyStarts[k + 1]); its values are values[valueStarts[k], valueStarts[k + 1]). */
    private readonly keyStarts: Int32Array,
    private readonly valueStarts: Int32Array,
    private readonly values: Int32Array,
    keys: LazyText,
  ) {
    this.mask = slots.length - 1;
    this.keyText = { source: keys };
  }

  private get keys(): string {
    return textOf(this.keyText);
  }

  /** A table of the given keys and their values (in insertion order). */
  static build(map: ReadonlyMap<string, readonly number[]>): StringTable {
    let size = 8;
    while (size < map.size * 2) size *= 2;
    // a slot holds a key's number only (offsets and lengths are per key, in insertion order): a quarter
    // of the bytes of a slot holding them, in a table with twice as many slots as keys
    const slots = new Int32Array(size).fill(-1);
    let valueCount = 0;
    for (const list of map.values()) valueCount += list.length;
    const values = new Int32Array(valueCount);
    const keyStarts = new Int32Array(map.size + 1);
    const valueStarts = new Int32Array(map.size + 1);
    const keys: string[] = [];
    let keyAt = 0;
    let valueAt = 0;
    let k = 0;
    const mask = size - 1;
    for (const [key, list] of map) {
      let h = hash(key) & mask;
      while ((slots[h] as number) !== -1) h = (h + 1) & mask;
      slots[h] = k;
      keys.push(key);
      keyAt += key.length;
      values.set(list, valueAt);
      valueAt += list.length;
      k++;
      keyStarts[k] = keyAt;
      valueStarts[k] = valueAt;
    }
    return new StringTable(slots, keyStarts, valueStarts, values, keys.join(''));
  }

  /** The slot of a key, or -1. */
  find(key: string): number {
    const { slots, keys, keyStarts, mask } = this;
    const n = key.length;
    let h = hash(key) & mask;
    for (;;) {
      const k = slots[h] as number;
      if (k === -1) return -1;
      const at = keyStarts[k] as number;
      if ((keyStarts[k + 1] as number) - at === n && keys.startsWith(key, at)) return h;
      h = (h + 1) & mask;
    }
  }

  has(key: string): boolean {
    return this.find(key) !== -1;
  }

  /** The values of a key, or undefined. */
  get(key: string): Int32Array | undefined {
    const slot = this.find(key);
    return slot === -1 ? undefined : this.valuesAt(slot);
  }

  /** The values of a slot found with `find`. */
  valuesAt(slot: number): Int32Array {
    const k = this.slots[slot] as number;
    return this.values.subarray(this.valueStarts[k] as number, this.valueStarts[k + 1] as number);
  }

  /** Calls `visit` with each key, in the order of the slots (the table's own order, the same wherever it was built). */
  forEachKey(visit: (key: string) => void): void {
    const { slots, keys, keyStarts } = this;
    for (let h = 0; h < slots.length; h++) {
      const k = slots[h] as number;
      if (k !== -1) visit(keys.slice(keyStarts[k] as number, keyStarts[k + 1] as number));
    }
  }

  /** The parts to save: four integer arrays and the keys. */
  parts(): { slots: Int32Array; keyStarts: Int32Array; valueStarts: Int32Array; values: Int32Array; keys: string } {
    const { slots, keyStarts, valueStarts, values, keys } = this;
    return { slots, keyStarts, valueStarts, values, keys };
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
