import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';
import { LineTable } from './line-table.js';

/** The file as one string, "\n" before and after every word. */
let text: string | undefined;
/** The file's lines by their text (line-table.ts): a look-up is a hash and a probe, with no per-word objects. */
let table: LineTable | undefined;
let lookups = 0;

/**
 * Lookups answered by searching the file's text before the table is built. The text search costs a
 * millisecond or two; building the table is one pass over the 2.6 MB text, hashing each line (reading
 * the file, 24 text searches and the table took ~100 ms, against ~260 ms when the index split and
 * sorted the 274,000 words, and a look-up is a fifth of a binary search's time). A short article asks a
 * handful of times, so it never pays for the table (cold start stays low); a long document asks for
 * hundreds of words and builds it once.
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
  text ??= `\n${readFileSync(wordListPath, 'utf8').replace(/\r/g, '')}\n`;
  if (!table && asks < TEXT_LOOKUPS && ++lookups <= TEXT_LOOKUPS) return text.includes(`\n${lower}\n`);
  table ??= new LineTable(text, LineTable.build(text, 10), 10);
  return table.find(lower) >= 0;
}
