import { FNV_OFFSET, FNV_PRIME, wordHash } from '../glossary/trie.js';

/**
 * The lines of a text found by their first field (up to a tab, or the whole line), without a string
 * or a Map entry per line: an open-addressed table of line starts by an FNV-1a hash of the field
 * (trie.ts's wordHash, one character at a time while scanning). Cache files keep the table with the
 * text (`packText`), so reading them back is a decode and a view, not a scan: the name index's
 * postings (36,000 lines at 50,000 entries) and the English word set (124,000 lines) were each a
 * Map or table built anew at every start (~20-40 ms each).
 */
/**
 * A cache file's text as it lies in the file's bytes (unpackText): one byte per character when every
 * character fits in Latin-1, else UTF-16 code units. find() compares keys against it in place and
 * lineRest() decodes only the line asked for: decoding the whole text (the English word set's 1.2 million
 * characters, the postings') was ~20-40 ms of every all-rules start, for the few hundred lines a short
 * text looks up.
 */
export type Units = Uint8Array | Uint16Array;

export class LineTable {
  private readonly mask: number;

  constructor(
    readonly text: string | Units,
    /** A line's start + 1 per slot (0: an empty slot); the length a power of two. */
    readonly starts: Int32Array,
    /** What ends a line's first field: 9 (a tab) or 10 (the line itself). */
    private readonly sep: 9 | 10,
  ) {
    this.mask = starts.length - 1;
  }

  /**
   * The table of the lines that start in text[from, to) (each ends with a line feed, or at `to`), by
   * their first field. A repeated field is entered twice: find() gives the first line with it.
   */
  static build(text: string, sep: 9 | 10, from = 0, to = text.length): Int32Array {
    let lines = 1;
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) lines++;
    let size = 1024;
    while (size < lines * 2) size *= 2;
    const starts = new Int32Array(size);
    const mask = size - 1;
    let start = from;
    let h = FNV_OFFSET;
    let inField = true;
    for (let i = from; i <= to; i++) {
      const c = i < to ? text.charCodeAt(i) : 10;
      if (c !== 10) {
        if (c === sep) inField = false;
        else if (inField) h = Math.imul(h ^ c, FNV_PRIME);
        continue;
      }
      let j = h & mask;
      while (starts[j] !== 0) j = (j + 1) & mask;
      starts[j] = start + 1;
      start = i + 1;
      h = FNV_OFFSET;
      inField = true;
    }
    return starts;
  }

  /** Where the rest of the line whose first field is `key` starts (after its tab; its end for a whole line), or -1. */
  find(key: string): number {
    if (key.includes('\n') || (this.sep === 9 && key.includes('\t'))) return -1;
    const { text } = this;
    return typeof text === 'string' ? this.findIn(text, key) : this.findInUnits(text, key);
  }

  /** The rest of the line from `at` (a place find() gave), without its line feed. */
  lineRest(at: number): string {
    const { text } = this;
    if (typeof text === 'string') {
      const end = text.indexOf('\n', at);
      return text.slice(at, end < 0 ? text.length : end);
    }
    let end = at;
    while (end < text.length && text[end] !== 10) end++;
    const bytes = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
    return text instanceof Uint8Array ? bytes.toString('latin1', at, end) : bytes.toString('utf16le', 2 * at, 2 * end);
  }

  private findIn(text: string, key: string): number {
    const h = wordHash(key, key.length);
    const { starts, sep } = this;
    // at most one pass over the table, whatever it holds
    for (let j = h & this.mask, n = 0; n < starts.length && starts[j] !== 0; j = (j + 1) & this.mask, n++) {
      const at = (starts[j] as number) - 1;
      const end = at + key.length;
      // a slot of a foreign or damaged file may point anywhere: only a line's start is a line
      if (at < 0 || end > text.length || (at > 0 && text.charCodeAt(at - 1) !== 10) || !text.startsWith(key, at)) continue;
      const next = end === text.length ? 10 : text.charCodeAt(end);
      if (next === sep || (sep === 10 && end === text.length)) return sep === 9 ? end + 1 : end;
    }
    return -1;
  }

  /** findIn() over the code units of a text read from a cache file (the same steps). */
  private findInUnits(text: Units, key: string): number {
    const h = wordHash(key, key.length);
    const { starts, sep } = this;
    const n = key.length;
    for (let j = h & this.mask, k = 0; k < starts.length && starts[j] !== 0; j = (j + 1) & this.mask, k++) {
      const at = (starts[j] as number) - 1;
      const end = at + n;
      if (at < 0 || end > text.length || (at > 0 && text[at - 1] !== 10)) continue;
      let same = true;
      for (let i = 0; i < n; i++) {
        if (text[at + i] !== key.charCodeAt(i)) {
          same = false;
          break;
        }
      }
      if (!same) continue;
      const next = end === text.length ? 10 : text[end];
      if (next === sep || (sep === 10 && end === text.length)) return sep === 9 ? end + 1 : end;
    }
    return -1;
  }
}

/**
 * The layout of packText's files and the hash their tables are made with: change it when either changes,
 * so that a file written by older code is rebuilt instead of read with tables that find nothing.
 */
const PACK_FORMAT = 0x544c5403;
/** The same layout with the text in UTF-16 (some character beyond Latin-1); PACK_FORMAT's is in Latin-1. */
const PACK_FORMAT_UTF16 = PACK_FORMAT + 0x100;

/**
 * A text and its tables as a cache file's pieces: a prefix of 4-byte numbers (PACK_FORMAT, the text's
 * byte length, how many tables, each table's length), the text in Latin-1 when every character fits,
 * else in UTF-16 (either is read back as code units where it lies, and carries any string as it is, a
 * lone surrogate included), padding to 4 bytes, the tables.
 */
export function packText(text: string, tables: readonly Int32Array[]): Buffer[] {
  const utf16 = BEYOND_LATIN1.test(text);
  const body = Buffer.from(text, utf16 ? 'utf16le' : 'latin1');
  const prefix = Int32Array.from([utf16 ? PACK_FORMAT_UTF16 : PACK_FORMAT, body.length, tables.length, ...tables.map((t) => t.length)]);
  const pad = Buffer.alloc((4 - (body.length % 4)) % 4);
  return [Buffer.from(prefix.buffer), body, pad, ...tables.map((t) => Buffer.from(t.buffer, t.byteOffset, t.byteLength))];
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/** The text and tables packText wrote, or undefined when the bytes are not that. */
export function unpackText(bytes: Buffer, tables: number): { text: Units; tables: Int32Array[] } | undefined {
  if (bytes.length < 12) return undefined;
  // typed-array views need 4-byte alignment (a file read whole has it; a copy otherwise)
  if (bytes.byteOffset % 4 !== 0) bytes = Buffer.from(bytes);
  const ints = (at: number, n: number): Int32Array => new Int32Array(bytes.buffer, bytes.byteOffset + at, n);
  const [format, textBytes, count] = ints(0, 3) as unknown as [number, number, number];
  if ((format !== PACK_FORMAT && format !== PACK_FORMAT_UTF16) || count !== tables || textBytes < 0 || bytes.length < 12 + 4 * count) return undefined;
  if (format === PACK_FORMAT_UTF16 && textBytes % 2 !== 0) return undefined;
  const lengths = ints(12, count);
  const textAt = 12 + 4 * count;
  let at = textAt + textBytes + ((4 - (textBytes % 4)) % 4);
  const out: Int32Array[] = [];
  for (const n of lengths) {
    // a table's length is a power of two, and it fits in the file
    if (n < 1 || (n & (n - 1)) !== 0 || at + 4 * n > bytes.length) return undefined;
    out.push(ints(at, n));
    at += 4 * n;
  }
  if (at !== bytes.length) return undefined;
  // the slots are not checked one by one (262,144 of them for the word set: ~15 ms in a cold process):
  // find() passes over a slot that does not point into the text
  const start = bytes.byteOffset + textAt;
  return { text: format === PACK_FORMAT ? new Uint8Array(bytes.buffer, start, textBytes) : new Uint16Array(bytes.buffer, start, textBytes / 2), tables: out };
}

/** A text unpackText gave, as a string (for tests and the rare reader of all of it). */
export function unitsText(units: Units): string {
  const bytes = Buffer.from(units.buffer, units.byteOffset, units.byteLength);
  return units instanceof Uint8Array ? bytes.toString('latin1') : bytes.toString('utf16le');
}
