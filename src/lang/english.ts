import { createRequire } from 'node:module';
import type nspellType from 'nspell';

type Speller = ReturnType<typeof nspellType>;
let speller: Speller | undefined;

/**
 * The Hunspell en-US dictionary (dictionary-en, via nspell). Building it takes ~100 ms, so it is
 * made on first use: a check whose rules never ask pays nothing.
 */
export function english(): Speller {
  if (!speller) speller = build();
  return speller;
}

function build(): Speller {
  const require = createRequire(import.meta.url);
  const { readFileSync } = require('node:fs') as typeof import('node:fs');
  const nspell = require('nspell') as typeof nspellType;
  const dir = require.resolve('dictionary-en').replace(/index\.js$/, '');
  return nspell({ aff: readFileSync(dir + 'index.aff'), dic: readFileSync(dir + 'index.dic') });
}

/** True for a lower-case English dictionary word (so proper nouns such as "Berry" do not count). */
export function isEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  return english().correct(lower);
}
