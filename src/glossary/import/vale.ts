import { basename } from 'node:path';
import { toEntry } from '../entry.js';
import { GlossaryError } from '../errors.js';
import type { Imported } from './index.js';

/** Which Vale vocabulary list a file is, by its name: `accept.txt` or `reject.txt`. */
export function valeList(path: string): 'accept' | 'reject' | undefined {
  const name = basename(path).toLowerCase();
  return name === 'accept.txt' ? 'accept' : name === 'reject.txt' ? 'reject' : undefined;
}

/** A line that is a plain word or phrase, not a regular expression. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .'’&-]*$/u;
/** A line whose only syntax is a bracket of one letter in two cases (`[Oo]bservability`), as Vale vocabularies often write. */
const CASE_PAIRS = /\[(\p{Lu})(\p{Ll})\]|\[(\p{Ll})(\p{Lu})\]/gu;

/**
 * A Vale vocabulary (`styles/config/vocabularies/<Name>/accept.txt` or `reject.txt`): one entry a
 * line, `#` comments and blank lines skipped. Accepted words are never flagged (the glossary's
 * `allow` list; a `[Oo]bservability` bracket of two cases is read as the word); rejected ones are
 * entries flagged with no replacement (`fix: warn`), as Vale's `Vale.Avoid` does, each line a
 * case-sensitive regular expression as in Vale. An accepted line with other regular-expression syntax
 * cannot be an allow entry: it is left out with a warning naming its line.
 */
export function importVale(text: string, file: string, list: 'accept' | 'reject'): Imported {
  const allow: string[] = [];
  const entries: Imported['entries'] = [];
  const warnings: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = i + 1;
    const value = raw.trim();
    if (value === '' || value.startsWith('#')) return;
    if (list === 'accept') {
      const word = value.replace(CASE_PAIRS, (_, a: string | undefined, __, c: string | undefined) => (a ?? c ?? '').toLowerCase());
      if (PLAIN.test(word)) allow.push(word);
      else warnings.push(`${file}:${line}: "${value}" is a regular expression: Vale accepts it, translint's allow list takes words only; left out`);
      return;
    }
    try {
      new RegExp(value, 'u');
    } catch (e) {
      throw new GlossaryError(file, line, `invalid regular expression "${value}": ${(e as Error).message}`);
    }
    const entry = toEntry({ term: value, variants: [`/${value.replace(/\//g, '\\/')}/`], caseSensitive: true, fix: 'warn', note: `rejected by the Vale vocabulary ${basename(file)}` }, { file, line });
    // the "term" is the rejected pattern: a match of it is the wrong form, not the term itself
    entry.avoid = true;
    entries.push(entry);
  });
  return { entries, allow, warnings };
}
