/**
 * Text held as UTF-16 code units: a string (an index built in memory) or a view of the glossary cache's
 * bytes (cache.ts writes text sections as UTF-16). The lookups compare and slice the units where they
 * are, so a cached index never decodes a whole section into a string: at 50,000 entries those are four
 * strings of ~0.9 million characters (two-byte strings as soon as one name has a letter beyond Latin-1),
 * 40-60 ms of every all-rules start, for the few hundred keys and terms a 5 KB text looks at.
 */
export type LazyText = string | Uint16Array;

/** The code units of a LazyText, made once and kept in `holder` (a copy only for a string). */
export function unitsOf(holder: { units?: Uint16Array | undefined; source: LazyText }): Uint16Array {
  let units = holder.units;
  if (!units) {
    const source = holder.source;
    if (typeof source === 'string') {
      units = new Uint16Array(source.length);
      for (let i = 0; i < source.length; i++) units[i] = source.charCodeAt(i);
    } else units = source;
    holder.units = units;
  }
  return units;
}

/** The whole string of a LazyText (for the rare reader of all of it: saving, visiting every key), made once. */
export function textOf(holder: { text?: string | undefined; source: LazyText }): string {
  const { source } = holder;
  return (holder.text ??= typeof source === 'string' ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf16le'));
}

/** The same memory as a Buffer, for slicing (made once and kept in `holder`). */
export function bufferOf(holder: { buffer?: Buffer | undefined; units?: Uint16Array | undefined; source: LazyText }): Buffer {
  if (!holder.buffer) {
    const units = unitsOf(holder);
    holder.buffer = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
  }
  return holder.buffer;
}

/** units[start, end) as a string, from bufferOf() of its holder (~100 ns: a native decode, where String.fromCharCode over a view takes ~160). */
export function sliceUnits(buffer: Buffer, start: number, end: number): string {
  return buffer.toString('utf16le', 2 * start, 2 * end);
}

/** Whether units[at, at + length) are the first `length` units of `word`. */
export function unitsStartWith(units: Uint16Array, at: number, word: string, length: number): boolean {
  for (let i = 0; i < length; i++) if (units[at + i] !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * An immutable hash table from strings to lists of integers, held in two typed arrays and one string
 * (open addressing, FNV-1a hashes, linear probing). It holds no object per key, so a table of 50,000
 * glossary words costs the garbage collector nothing, and it is saved to and read from the glossary
 * cache as it is: reading it is a copy of bytes, not a parse.
 */
export class StringTable {
  private readonly mask: number;
  private readonly keyText: { text?: string; units?: Uint16Array; source: LazyText };

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

  private get keys(): Uint16Array {
    return unitsOf(this.keyText);
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
      if ((keyStarts[k + 1] as number) - at === n && unitsStartWith(keys, at, key, n)) return h;
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
    const { slots, keyStarts } = this;
    const keys = textOf(this.keyText);
    for (let h = 0; h < slots.length; h++) {
      const k = slots[h] as number;
      if (k !== -1) visit(keys.slice(keyStarts[k] as number, keyStarts[k + 1] as number));
    }
  }

  /** The parts to save: four integer arrays and the keys. */
  parts(): { slots: Int32Array; keyStarts: Int32Array; valueStarts: Int32Array; values: Int32Array; keys: Uint16Array } {
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
