import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCacheFile, writeCacheFile } from '../glossary/cache-files.js';
import { nameDataVersion } from './data.js';

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
 */
const FORMAT = 1;
/** The modules the postings are made by, beside this one (.ts under tsx, .js when built). */
const CODE = ['./fold', './conventions', './name-index', '../lang/english'];

const require = createRequire(import.meta.url);

export type Postings = Map<string, string[]>;

/** The cache file's name for these term words. */
export function postingsKey(words: readonly string[]): string {
  const h = createHash('sha256').update(`${FORMAT}\0${nameDataVersion()}\0${packageVersion('dictionary-en')}\0${packageVersion('double-metaphone')}\0${codeVersion()}\0`);
  h.update(words.join('\n'));
  return `name-index-${h.digest('hex').slice(0, 40)}.tlc`;
}

export function readPostings(key: string): Postings | undefined {
  const bytes = readCacheFile(key);
  if (!bytes) return undefined;
  try {
    return new Map(JSON.parse(bytes.toString('utf8')) as [string, string[]][]);
  } catch {
    return undefined;
  }
}

export function writePostings(key: string, postings: Postings): void {
  writeCacheFile(key, [Buffer.from(JSON.stringify([...postings]), 'utf8')]);
}

let code: string | undefined;

/** A SHA-256 of the text of the CODE modules (read once per process, a few KB). */
export function codeVersion(): string {
  if (code === undefined) {
    const here = fileURLToPath(import.meta.url);
    const ext = extname(here);
    const h = createHash('sha256');
    for (const m of CODE) {
      try {
        h.update(readFileSync(join(dirname(here), m + ext)));
      } catch {
        h.update(m);
      }
    }
    code = h.digest('hex');
  }
  return code;
}

const versions = new Map<string, string>();

function packageVersion(name: string): string {
  let v = versions.get(name);
  if (v === undefined) {
    // the package.json next to the package's main file (dictionary-en does not export its package.json)
    const main = require.resolve(name);
    try {
      v = `${(JSON.parse(readFileSync(join(dirname(main), 'package.json'), 'utf8')) as { version: string }).version}`;
    } catch {
      v = main;
    }
    versions.set(name, v);
  }
  return v;
}
