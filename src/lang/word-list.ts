import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** The file as one string, "\n" before and after every word. */
let text: string | undefined;
/** The words sorted, one string, with each word's offset: a binary search needs no per-word objects. */
let sorted: { joined: string; offsets: Int32Array } | undefined;
let lookups = 0;

/**
 * Lookups answered by searching the file's text before the sorted index is built. The text search
 * costs a millisecond or two; building the index (splitting and sorting 274,000 words) about 100 ms.
 * A short article asks a handful of times, so it never pays for the index (cold start stays low); a
 * long document asks for hundreds of words and builds it once.
 */
const TEXT_LOOKUPS = 24;

/**
 * Whether a lower-case word is in the `word-list` package (MIT; 274,000 lower-case English words,
 * rare and British forms included: "ambience", "enquired", "oncological", "shorn", "allium"),
 * read on first use. Hunspell's en-US dictionary lacks many of them; a word found here is rare, not
 * misspelt. Used by spelling/non-word only, so other rules keep the stricter notion of an everyday
 * English word. Kept as strings, not a Set of 274,000 entries (some 20 MB of heap).
 */
export function isListedWord(lower: string): boolean {
  if (lower.length === 0 || lower.includes('\n')) return false;
  text ??= `\n${readFileSync(wordListPath, 'utf8').replace(/\r/g, '')}\n`;
  if (!sorted && ++lookups <= TEXT_LOOKUPS) return text.includes(`\n${lower}\n`);
  sorted ??= index(text);
  const { joined, offsets } = sorted;
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const word = joined.slice(offsets[mid] as number, (offsets[mid + 1] as number) - 1);
    if (word === lower) return true;
    if (word < lower) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function index(all: string): { joined: string; offsets: Int32Array } {
  const words = all.split('\n').filter((w) => w.length > 0);
  words.sort();
  const offsets = new Int32Array(words.length + 1);
  let at = 0;
  words.forEach((w, k) => {
    offsets[k] = at;
    at += w.length + 1;
  });
  offsets[words.length] = at;
  return { joined: `${words.join('\n')}\n`, offsets };
}
