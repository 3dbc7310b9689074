import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

/**
 * The 274,000 words of the `word-list` package (MIT; lower-case English words, rare and British forms
 * included: "ambience", "enquired", "oncological", "shorn", "allium"), read on first use. Hunspell's
 * en-US dictionary lacks many of them; a word found here is rare, not misspelt. Used by
 * spelling/non-word only, so that other rules keep the stricter notion of an everyday English word.
 */
export function isListedWord(lower: string): boolean {
  if (!words) words = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(lower);
}
