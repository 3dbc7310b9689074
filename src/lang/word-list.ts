import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { packageVersion, readCacheFile, writeCacheFile } from '../glossary/cache-files.js';
import { type DerivedKind, derivedName, moduleUrl } from '../glossary/derived-cache.js';
import { LineTable, packText, unpackText } from './line-table.js';

/** The file as one string, "\n" before and after every word. */
let text: string | undefined;
/** The file's lines by their text (line-table.ts): a look-up is a hash and a probe, with no per-word objects. */
let table: LineTable | undefined;
let lookups = 0;
/** The cache folder was asked for the table (once a process). */
let triedCache = false;

/**
 * Lookups answered by searching the file's text before the table is built. The text search costs a
 * millisecond or two; building the table is one pass over the 2.6 MB text, hashing each line (reading
 * the file, 24 text searches and the table took ~100 ms, against ~260 ms when the index split and
 * sorted the 274,000 words, and a look-up is a fifth of a binary search's time). A short article asks a
 * handful of times, so it never pays for the table (cold start stays low); a long document asks for
 * hundreds of words and builds it once. (Where the table is kept in the cache folder, it is read at the first
 * question instead: see isListedWord.)
 */
const TEXT_LOOKUPS = 24;

/**
 * Whether a lower-case word is in the `word-list` package (MIT; 274,000 lower-case English words,
 * rare and British forms included: "ambience", "enquired", "oncological", "shorn", "allium"),
 * read on first use. Hunspell's en-US dictionary lacks many of them; a word found here is rare, not
 * misspelt. Used by spelling/non-word only, so other rules keep the stricter notion of an everyday
 * English word. Kept as strings, not a Set of 274,000 entries (some 20 MB of heap).
 *
 * `asks` is how many words the caller is about to look up, when it knows: as many as TEXT_LOOKUPS
 * build the table at once, instead of first searching the text that many times (a 1 MB text asked
 * about ~30 words per part: 24 searches of the 2.6 MB text, ~30 ms, then the table anyway).
 */
export function isListedWord(lower: string, asks = 0): boolean {
  if (lower.length === 0 || lower.includes('\n')) return false;
  // a table kept in the cache folder is read at the first question: reading it back (~5 ms) costs less
  // than reading the file for the first text search (~15 ms), and each search after that ~3 ms (judge.ts
  // asks of one-word runs at a sentence start: at 1m/10k the 24 searches were ~70 ms of CPU)
  if (!table && !triedCache) {
    triedCache = true;
    table = cachedTable();
  }
  if (!table && asks < TEXT_LOOKUPS && ++lookups <= TEXT_LOOKUPS) return (text ??= fileText()).includes(`\n${lower}\n`);
  table ??= wordTable();
  return table.find(lower) >= 0;
}

function fileText(): string {
  return `\n${readFileSync(wordListPath, 'utf8').replace(/\r/g, '')}\n`;
}

/** The list's text and its table of lines, kept in the cache folder with the table as line-table.ts packs it. */
const TABLE: DerivedKind = { name: 'word-list', format: 1, code: [new URL(import.meta.url), moduleUrl('./line-table', import.meta.url)] };

/**
 * The table of the list's lines, read from the cache folder when kept there (named by the package's
 * version and the code that builds and packs it, derived-cache.ts), else built from the file and kept.
 * Speed: building it hashes each line of the 2.6 MB text, ~65 ms of every process that checks a long
 * text (1m/10k, all rules: of ~2.5 s); reading the packed text and table back takes a few ms. The same
 * answers: the table is the one build() makes, over the same text (read in place, as the English word
 * set is: english.ts).
 */
function wordTable(): LineTable {
  const kept = cachedTable();
  if (kept) return kept;
  const name = tableName();
  const t = (text ??= fileText());
  const starts = LineTable.build(t, 10);
  if (name !== undefined) writeCacheFile(name, packText(t, [starts]));
  return new LineTable(t, starts, 10);
}

/** The table as kept in the cache folder, or undefined when it is not (no cache folder, not built yet, damaged). */
function cachedTable(): LineTable | undefined {
  const name = tableName();
  const cached = name === undefined ? undefined : readCacheFile(name);
  const unpacked = cached && unpackText(cached, 1);
  return unpacked ? new LineTable(unpacked.text, unpacked.tables[0] as Int32Array, 10) : undefined;
}

function tableName(): string | undefined {
  return derivedName(TABLE, `word-list@${packageVersion('word-list')}`);
}
