import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion, readCacheFile, writeCacheFile } from '../glossary/cache-files.js';
import type { Spellings } from './conventions.js';
import { nameDataVersion } from './data.js';
import { parseSpellingFields, spellingFields } from './spellings-line.js';
import { LineTable, packText, unpackText } from '../lang/line-table.js';

/**
 * The phonetic postings of a NameIndex (name-index.ts), kept in the cache folder (cache-files.ts: per
 * user, checked, trimmed to its size bound least recently used first). Building them folds every term
 * word of the glossary and computes the Double Metaphone keys of its canonical spelling: ~100 ms for a
 * 50,000-entry glossary and ~145 ms with the bundled one on the first check of every process; reading
 * them back is one JSON.parse.
 *
 * The file's name is a SHA-256 of everything the postings are made from: the glossary's distinct term
 * words in the order the index visits them (so the postings' order, which decides the order candidates
 * are tried in, is the same), the name data (corpora/names, see nameDataVersion), and the versions of
 * the English dictionary (which words are left out) and of double-metaphone, and the text of the
 * modules that make them (CODE: folding, conventions, the index, the English word test), so that a
 * changed build never reads postings an older one wrote. A change to any of them is a new file.
 *
 * The file is text, a line per key: the key, then its words, separated by tabs. Reading it back as one
 * JSON.parse cost 70-170 ms at 50,000 entries (29,000 keys, 1 MB), about what building took; a check
 * looks up a few hundred keys, so a line is split on first use, found through a table of line starts by
 * key kept in the file after the text (line-table.ts: no Map of 36,000 keys to build at every start).
 *
 * After the postings and an empty line, the file holds the spellings (conventions.ts) of every term
 * word, indexed or not (format 6; format 5 held the indexed words only, and the English words of terms,
 * "University", "National", ~110 of the ~170 words spelled by a check of a 5 KB article with 50,000
 * entries, were spelled at every start), a line each: the folded word, how many of its spellings are acceptable ones, how many spellings
 * and keys there are, its spellings, per spelling the conventions that wrote it, then the Double Metaphone
 * keys of them all (NameIndex.compared's keys). A check compares its words with a few thousand term words
 * (~2,000 at 5 KB with 50,000 entries, ~18,000 at 1 MB with 10,000) and making a word's spellings takes
 * ~30 us, its keys ~10 Double Metaphone runs more; reading them back ~1 us.
 */
const FORMAT = 6;
/** The modules the postings (and the joins' file named after their key, join-cache.ts) are made and read by, beside this one (.ts under tsx, .js when built). */
const CODE = ['./fold', './conventions', './name-index', './english-name-words', './phonetic-keys', './data', './join-cache', './spellings-line', '../lang/english', '../lang/line-table'];


export type Postings = Map<string, string[]>;
/** A word's spellings with the Double Metaphone keys of all of them (what NameIndex.compared makes of it). */
export type KeyedSpellings = Spellings & { readonly keys: readonly string[] };
/** The postings as the index reads them, with the spellings of the words they hold. */
export interface PostingsLookup {
  get(key: string): readonly string[] | undefined;
  /** What spellings([word]) gives, with the spellings' keys, when it was kept. */
  spellings(word: string): KeyedSpellings | undefined;
}

/** Postings as built, with the spellings of their words (the index's own words need them anyway). */
export class BuiltPostings implements PostingsLookup {
  constructor(
    readonly postings: Postings,
    readonly spelled: Map<string, KeyedSpellings>,
  ) {}
  get(key: string): readonly string[] | undefined {
    return this.postings.get(key);
  }
  spellings(word: string): KeyedSpellings | undefined {
    return this.spelled.get(word);
  }
}

/** The cache file's name for these term words, and what else decides which are indexed (`facts`, see english-name-words.ts). */
export function postingsKey(words: readonly string[], facts = ''): string {
  const h = createHash('sha256').update(`${FORMAT}\0${nameDataVersion()}\0${packageVersion('dictionary-en')}\0${packageVersion('double-metaphone')}\0${codeVersion()}\0`);
  h.update(words.join('\n')).update(`\0${facts}`);
  return `name-index-${h.digest('hex').slice(0, 40)}.tlc`;
}

export function readPostings(key: string): PostingsLookup | undefined {
  const bytes = readCacheFile(key);
  const unpacked = bytes && unpackText(bytes, 2);
  if (!unpacked) return undefined;
  const [keys, spelled] = unpacked.tables as [Int32Array, Int32Array];
  return new CachedPostings(new LineTable(unpacked.text, keys, 9), new LineTable(unpacked.text, spelled, 9));
}

export function writePostings(key: string, built: BuiltPostings): void {
  let text = '';
  // tabs and line breaks separate: a key, word or spelling with one (none has: they are words) is not cached
  const bad = (w: string): boolean => w === '' || w.includes('\t') || w.includes('\n');
  for (const [k, words] of built.postings) {
    if (bad(k) || words.some(bad)) return;
    text += `${k}\t${words.join('\t')}\n`;
  }
  text += '\n';
  for (const [word, s] of built.spelled) {
    const fields = bad(word) ? undefined : spellingFields(s, s.keys);
    if (fields === undefined) return;
    text += `${word}\t${fields}\n`;
  }
  // the postings' lines, then after the empty line the spellings' lines, each found by its first field
  // (each region without its last line feed; an empty region has an empty table)
  const blank = text.startsWith('\n') ? 0 : text.indexOf('\n\n') + 1;
  const table = (from: number, to: number): Int32Array => (from < to ? LineTable.build(text, 9, from, to) : new Int32Array(1024));
  writeCacheFile(key, packText(text, [table(0, blank - 1), table(blank + 1, text.length - 1)]));
}

/** Postings read from the cache file's text: a key's line is split into its words on first use. */
class CachedPostings implements PostingsLookup {
  private readonly parsed = new Map<string, readonly string[]>();
  constructor(
    /** The postings' lines by key. */
    private readonly at: LineTable,
    /** The spellings' lines by word. */
    private readonly spelledAt: LineTable,
  ) {}

  get(key: string): readonly string[] | undefined {
    let words = this.parsed.get(key);
    if (words === undefined) {
      const at = this.at.find(key);
      if (at < 0) return undefined;
      words = this.at.lineRest(at).split('\t');
      this.parsed.set(key, words);
    }
    return words;
  }

  spellings(word: string): KeyedSpellings | undefined {
    const at = this.spelledAt.find(word);
    if (at < 0) return undefined;
    const read = parseSpellingFields(this.spelledAt.lineRest(at).split('\t'));
    return read && { ...read.spellings, keys: read.keys };
  }
}

const versions = new Map<string, string>();

/**
 * A SHA-256 of the text of `modules` (paths without extension, relative to the module `from`), read once
 * per process (a few KB). In the CLI's bundle (dist/bundle, src/cli/bundle.mjs) they may not be files of
 * their own: then every file of `from`'s folder is hashed instead (~600 KB, a few ms), so a rebuilt
 * bundle never reads what an older one wrote.
 */
export function modulesVersion(from: string, modules: readonly string[]): string {
  const id = `${from}\0${modules.join('\0')}`;
  let version = versions.get(id);
  if (version === undefined) {
    const here = fileURLToPath(from);
    const dir = dirname(here);
    const ext = extname(here);
    const h = createHash('sha256');
    try {
      for (const m of modules) h.update(readFileSync(join(dir, m + ext)));
    } catch {
      for (const f of readdirSync(dir).sort()) if (f.endsWith(ext)) h.update(f).update(readFileSync(join(dir, f)));
    }
    versions.set(id, (version = h.digest('hex')));
  }
  return version;
}

/** The CODE modules' version (modulesVersion): what decides the postings. */
export function codeVersion(): string {
  return modulesVersion(import.meta.url, CODE);
}
