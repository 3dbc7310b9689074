import { createHash } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { cacheDir, readCacheFile, writeCacheFile } from '../glossary/cache-files.js';
import { LineTable, packText, unpackText } from '../lang/line-table.js';
import type { Spellings } from './conventions.js';
import { parseSpellingFields, spellingFields } from './spellings-line.js';

/**
 * The spellings (conventions.ts) of two words of a glossary term read as one ("Jong" "Un" as "Jong-un"),
 * kept in the cache folder beside the name index's postings (index-cache.ts).
 *
 * Speed: align.ts pairs a written word with two term words read as one, so every candidate term of two
 * words or more needs the spellings of its word pairs (~23 conventions each, ~25 us): at 1 MB with
 * 10,000 entries that was ~9,800 joins, ~15% of the name matcher's CPU, though only a few tens of them
 * ever pair with a written word. They are a function of the join's syllables alone, so they are spelled
 * once per glossary, for every term, and read back by later processes (~1 us each). A process reads the
 * file only after it has spelled loadAfter() joins itself: reading it costs ~15 ms at 10,000 entries and
 * ~40-80 ms at 50,000 (6 MB: checked, decoded), which a short text would not win back (a 5 KB article
 * with 50,000 entries needs ~470 joins, ~12 ms of spelling); a 1 MB text needs ~9,000. With no cache
 * folder they are spelled as needed.
 *
 * The file's lines: the join's syllables joined by "-", then its spellings as spellings-line.ts writes them; found
 * through a table of line starts by the first field (line-table.ts). The name is a SHA-256 of this
 * format and of the postings' key, which covers the name data and the code that spells (index-cache.ts).
 * A join the file lacks (a term of another glossary with the same words) is spelled as it comes.
 */
const FORMAT = 2;
/** Joins a process spells itself before it reads (or builds) the file of a glossary of `entries` entries: the file grows with the glossary. */
export function loadAfter(entries: number): number {
  return Math.max(1024, Math.floor(entries / 16));
}

export interface JoinSpellings {
  /** spellings(syllables) of the join whose syllables joined by "-" are `key`, when kept. */
  get(key: string): Spellings | undefined;
}

/** The cache file's name for the index whose postings are kept under `postingsKey`. */
export function joinsKey(postingsKey: string): string {
  return `name-joins-${createHash('sha256').update(`${FORMAT}\0${postingsKey}`).digest('hex').slice(0, 40)}.tlc`;
}

/**
 * The joins kept under `name`; when there is no such file and the cache folder is in use, the file is
 * made from `all` (each join's syllables, spelled by `spell`) and its contents returned. Undefined with
 * no cache folder.
 */
export function loadJoins(name: string, all: () => Iterable<readonly string[]>, spell: (syllables: readonly string[]) => Spellings): JoinSpellings | undefined {
  const read = readJoins(name);
  const dir = cacheDir();
  // built only where it can be kept: in a folder this process cannot write (or a cache limit under the
  // file's size), every process would spell every join of the glossary and throw them away
  if (read || !dir || !writable(dir) || buildFailed.has(name)) return read;
  const built = new Map<string, Spellings>();
  for (const syllables of all()) {
    const key = syllables.join('-');
    if (!built.has(key)) built.set(key, spell(syllables));
  }
  writeJoins(name, built);
  // the packed file read back (~5 MB at 50,000 entries), not the Map (~34 MB) for the index's lifetime
  const kept = readJoins(name);
  if (!kept) buildFailed.add(name);
  return kept;
}

/** Files this process built and could not read back (not written, or trimmed away): not built again. */
const buildFailed = new Set<string>();

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function readJoins(name: string): JoinSpellings | undefined {
  const bytes = readCacheFile(name);
  const unpacked = bytes && unpackText(bytes, 1);
  if (!unpacked) return undefined;
  return new CachedJoins(new LineTable(unpacked.text, unpacked.tables[0] as Int32Array, 9));
}

export function writeJoins(name: string, joins: ReadonlyMap<string, Spellings>): void {
  let text = '';
  for (const [key, s] of joins) {
    // a join that a line cannot hold (none: they are letters) is left out, and spelled when asked
    const fields = key === '' || /[\t\n]/.test(key) ? undefined : spellingFields(s);
    if (fields !== undefined) text += `${key}\t${fields}\n`;
  }
  writeCacheFile(name, packText(text, [text === '' ? new Int32Array(1024) : LineTable.build(text, 9, 0, text.length - 1)]));
}

class CachedJoins implements JoinSpellings {
  constructor(private readonly at: LineTable) {}

  get(key: string): Spellings | undefined {
    const at = this.at.find(key);
    // the line decoded alone (line-table.ts reads the file's text in place)
    return at < 0 ? undefined : parseSpellingFields(this.at.lineRest(at).split('\t'))?.spellings;
  }
}
