import { createHash } from 'node:crypto';
import { readCacheFile, writeCacheFile } from './cache-files.js';
import { GlossaryIndex, packEntry } from './glossary-index.js';
import { type LazyText, StringTable } from './string-table.js';
import { SHAPE_MASK, StaticTrie } from './trie.js';

/**
 * Bump when the layout of the cache file or the shape of an entry changes, or when the same bytes would load
 * as another glossary (a file now refused, an entry's line found otherwise), so old files are never read.
 */
const CACHE_FORMAT = 18;

export interface Cached {
  index: GlossaryIndex;
  warnings: string[];
  allow: string[];
}

interface Header {
  format: number;
  glossary: string;
  count: number;
  warnings: string[];
  allow: string[];
  /** Byte offset and length of each section, from the first 4-byte boundary after the header line. */
  sections: Record<string, [number, number]>;
}

const INT_SECTIONS = ['trieEdges', 'trieKeyStarts', 'trieHitStarts', 'trieHits', 'trieChildren', 'termsSlots', 'termsKeyStarts', 'termsValueStarts', 'termsValues', 'wordsSlots', 'wordsKeyStarts', 'wordsValueStarts', 'wordsValues', 'regexIds', 'termStarts', 'flags', 'variantBase', 'variantStarts', 'entryOffsets'] as const;
const TEXT_SECTIONS = ['trieKeys', 'termsKeys', 'wordsKeys', 'termChars', 'variantChars'] as const;

export function cacheKey(content: string | Uint8Array, format: string, displayPath: string): string {
  return createHash('sha256').update(`${CACHE_FORMAT}\0${format}\0${displayPath}\0`).update(content).digest('hex').slice(0, 40);
}

/**
 * A loaded, validated glossary is kept keyed by a hash of its content, as one file: a JSON header line,
 * then the index's arrays as raw bytes and each entry as its own JSON text. Reading it back copies no
 * more than the index and parses entries only when a text uses them, so start-up hardly grows with the
 * glossary. The file is kept and checked by cache-files.ts (a folder of this user only, a SHA-256 of
 * the content); a cache that cannot be read or written is simply not used.
 */
export function readCache(key: string): Cached | undefined {
  // the sections a check does not touch are never decoded (glossary/variant alone decodes neither string
  // table nor most entries)
  const file = readCacheFile(`${key}.tlc`);
  if (!file) return undefined;
  try {
    const nl = file.indexOf(10);
    if (nl < 0) return undefined;
    const header = JSON.parse(file.toString('utf8', 0, nl)) as Header;
    if (header.format !== CACHE_FORMAT) return undefined;
    const base = align(nl + 1);
    // every section within the file, checked now: a section read later must not find the file short
    for (const s of Object.values(header.sections)) if (!(s[0] >= 0 && s[1] >= 0 && base + s[0] + s[1] <= file.length)) return undefined;
    const section = (name: string): [number, number] => {
      const s = header.sections[name];
      if (!s) throw new Error(`no section ${name}`);
      return [base + s[0], s[1]];
    };
    const bytes = (name: string): Buffer => {
      const [at, length] = section(name);
      return file.subarray(at, at + length);
    };
    const ints = (name: (typeof INT_SECTIONS)[number]): Int32Array => {
      const b = bytes(name);
      if (b.length % 4 !== 0) throw new Error(`odd section ${name}`);
      // a view when the bytes are aligned (they are: sections start on 4 bytes), else a copy
      if (b.byteOffset % 4 === 0) return new Int32Array(b.buffer, b.byteOffset, b.length / 4);
      return new Int32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
    };
    // UTF-16 code units, read where they are (LazyText, string-table.ts): never decoded as a whole
    const text = (name: (typeof TEXT_SECTIONS)[number]): LazyText => {
      const b = bytes(name);
      if (b.length % 2 !== 0) throw new Error(`odd section ${name}`);
      if (b.byteOffset % 2 === 0) return new Uint16Array(b.buffer, b.byteOffset, b.length / 2);
      return new Uint16Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
    };
    // the two string tables are read when first used (near-miss, acronyms, casing: not glossary/variant)
    const table = (prefix: 'terms' | 'words') => () => new StringTable(ints(`${prefix}Slots`), ints(`${prefix}KeyStarts`), ints(`${prefix}ValueStarts`), ints(`${prefix}Values`), text(`${prefix}Keys`));
    const shapes = bytes('shapes');
    if (shapes.length !== SHAPE_MASK + 1) return undefined;
    const index = new GlossaryIndex(
      header.count,
      new StaticTrie(ints('trieEdges'), text('trieKeys'), ints('trieKeyStarts'), ints('trieHitStarts'), ints('trieHits'), ints('trieChildren')),
      table('terms'),
      table('words'),
      ints('regexIds'),
      ints('termStarts'),
      text('termChars'),
      ints('flags'),
      ints('variantBase'),
      ints('variantStarts'),
      text('variantChars'),
      { bytes: entriesOf(bytes('entries')), offsets: ints('entryOffsets'), glossary: header.glossary },
    );
    index.firstShapes = new Uint8Array(shapes.buffer, shapes.byteOffset, shapes.length);
    return { index, warnings: header.warnings, allow: header.allow };
  } catch {
    return undefined;
  }
}

/** An entry's bytes by its offsets within the entries section. */
const entriesOf = (entries: Buffer) => (start: number, end: number): Buffer => entries.subarray(start, end);

export function writeCache(key: string, value: Cached, glossary: string): void {
  writeCacheFile(`${key}.tlc`, serialize(value, glossary));
}

function serialize({ index, warnings, allow }: Cached, glossary: string): Buffer[] {
  // text as UTF-16 code units, as the index holds it: read back as a view and compared and sliced in
  // place (string-table.ts, LazyText). UTF-8 would be ~3.5 MB less to read at 50,000 entries (~10 ms),
  // but then every start decoded each section it touched as a whole (40-60 ms for all rules).
  const textBytes = (units: Uint16Array): Buffer => Buffer.from(units.buffer, units.byteOffset, units.byteLength);
  const entryTexts: Buffer[] = [];
  const entryOffsets = new Int32Array(index.count + 1);
  let at = 0;
  for (let id = 0; id < index.count; id++) {
    const b = Buffer.from(JSON.stringify(packEntry(index.entry(id))), 'utf8');
    entryTexts.push(b);
    at += b.length;
    entryOffsets[id + 1] = at;
  }
  const { termStarts, termChars, flags, variantBase, variantStarts, variantChars } = index.parts();
  const trie = index.trie.parts();
  const terms = index.terms.parts();
  const words = index.words.parts();
  const bodies: [string, Buffer][] = [
    ['trieEdges', intBytes(trie.edges)],
    ['trieKeyStarts', intBytes(trie.keyStarts)],
    ['trieHitStarts', intBytes(trie.hitStarts)],
    ['trieHits', intBytes(trie.hits)],
    ['trieChildren', intBytes(trie.children)],
    ['termsSlots', intBytes(terms.slots)],
    ['termsKeyStarts', intBytes(terms.keyStarts)],
    ['termsValueStarts', intBytes(terms.valueStarts)],
    ['termsValues', intBytes(terms.values)],
    ['wordsSlots', intBytes(words.slots)],
    ['wordsKeyStarts', intBytes(words.keyStarts)],
    ['wordsValueStarts', intBytes(words.valueStarts)],
    ['wordsValues', intBytes(words.values)],
    ['regexIds', intBytes(index.regexIds)],
    ['termStarts', intBytes(termStarts)],
    ['flags', intBytes(flags)],
    ['variantBase', intBytes(variantBase)],
    ['variantStarts', intBytes(variantStarts)],
    ['entryOffsets', intBytes(entryOffsets)],
    ['trieKeys', textBytes(trie.keys)],
    ['termsKeys', textBytes(terms.keys)],
    ['wordsKeys', textBytes(words.keys)],
    ['termChars', textBytes(termChars)],
    ['variantChars', textBytes(variantChars)],
    ['shapes', Buffer.from(index.shapes())],
    ['entries', Buffer.concat(entryTexts)],
  ];
  const sections: Record<string, [number, number]> = {};
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const [name, body] of bodies) {
    sections[name] = [offset, body.length];
    chunks.push(body);
    const padded = align(body.length);
    if (padded > body.length) chunks.push(Buffer.alloc(padded - body.length));
    offset += padded;
  }
  const header: Header = { format: CACHE_FORMAT, glossary, count: index.count, warnings, allow, sections };
  const head = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const pad = Buffer.alloc(align(head.length) - head.length);
  return [head, pad, ...chunks];
}

function intBytes(a: Int32Array): Buffer {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function align(n: number): number {
  return (n + 3) & ~3;
}
