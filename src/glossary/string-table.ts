/**
 * An immutable hash table from strings to lists of integers, held in two typed arrays and one string
 * (open addressing, FNV-1a hashes, linear probing). It holds no object per key, so a table of 50,000
 * glossary words costs the garbage collector nothing, and it is saved to and read from the glossary
 * cache as it is: reading it is a copy of bytes, not a parse.
 */
export class StringTable {
  /** Four numbers per slot: key start in `keys` (-1 for an empty slot), key length, value start, value count. */
  private readonly mask: number;

  constructor(
    private readonly slots: Int32Array,
    private readonly values: Int32Array,
    private readonly keys: string,
  ) {
    this.mask = slots.length / 4 - 1;
  }

  /** A table of the given keys and their values (in insertion order). */
  static build(map: ReadonlyMap<string, readonly number[]>): StringTable {
    let size = 8;
    while (size < map.size * 2) size *= 2;
    const slots = new Int32Array(size * 4).fill(-1);
    let valueCount = 0;
    for (const list of map.values()) valueCount += list.length;
    const values = new Int32Array(valueCount);
    const keys: string[] = [];
    let keyAt = 0;
    let valueAt = 0;
    const mask = size - 1;
    for (const [key, list] of map) {
      let h = hash(key) & mask;
      while ((slots[h * 4] as number) !== -1) h = (h + 1) & mask;
      slots[h * 4] = keyAt;
      slots[h * 4 + 1] = key.length;
      slots[h * 4 + 2] = valueAt;
      slots[h * 4 + 3] = list.length;
      keys.push(key);
      keyAt += key.length;
      values.set(list, valueAt);
      valueAt += list.length;
    }
    return new StringTable(slots, values, keys.join(''));
  }

  /** The slot of a key, or -1. */
  find(key: string): number {
    const { slots, keys, mask } = this;
    const n = key.length;
    let h = hash(key) & mask;
    for (;;) {
      const at = slots[h * 4] as number;
      if (at === -1) return -1;
      if (slots[h * 4 + 1] === n && keys.startsWith(key, at)) return h;
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
    const start = this.slots[slot * 4 + 2] as number;
    return this.values.subarray(start, start + (this.slots[slot * 4 + 3] as number));
  }

  /** The parts to save: two integer arrays and the keys. */
  parts(): { slots: Int32Array; values: Int32Array; keys: string } {
    return { slots: this.slots, values: this.values, keys: this.keys };
  }
}

/** FNV-1a over UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
