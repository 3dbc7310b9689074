import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * The lists of @cspell/dict-software-terms (MIT; cspell's software vocabulary, kept by its maintainers
 * with monthly releases) that its own configuration turns on by default. "softwareTerms" ships gzipped.
 */
const LISTS = [
  'softwareTerms.txt.gz',
  'coding-compound-terms.txt',
  'computing-acronyms.txt',
  'software-tools.txt',
  'webServices.txt',
];

let words: Set<string> | undefined;

/**
 * Whether a lower-case word is written so in software ("stdout", "gzipped", "semver", "params"), or
 * is an entry of another case written in lower case ("ANSI", "POSIX", "UUID": "ansi colours", "posix
 * paths", "a uuid"), as cspell itself, matching case-insensitively by default, accepts them. Entries
 * with cspell's compound marks ("Pre+", "Post*") are no words. A few thousand words read once on first
 * use. Used by spelling/non-word in any document.
 */
export function isSoftwareTerm(lower: string): boolean {
  return (words ??= load()).has(lower);
}

function load(): Set<string> {
  // (the package exports only its cspell configuration; its lists are the files beside it)
  const dir = join(dirname(createRequire(import.meta.url).resolve('@cspell/dict-software-terms/cspell-ext.json')), 'dict');
  const out = new Set<string>();
  for (const name of LISTS) {
    const path = join(dir, name);
    const raw = name.endsWith('.gz') ? gunzipSync(readFileSync(path)).toString('utf8') : readFileSync(path, 'utf8');
    for (const line of raw.split(/\r?\n/)) {
      const w = line.trim();
      if (/^\p{L}+$/u.test(w)) out.add(w.toLowerCase());
    }
  }
  return out;
}
