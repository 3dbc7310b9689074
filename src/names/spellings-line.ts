import type { Spellings } from './conventions.js';

/**
 * A word's spellings (conventions.ts) and, for a term word, the Double Metaphone keys of them, as the
 * fields of a cache line after its first (index-cache.ts, join-cache.ts): how many spellings are
 * acceptable ones, how many spellings and keys there are, the spellings, per spelling the conventions
 * that wrote it, then the keys. Undefined for a spelling or key with a tab or line break (none has: they
 * are letters), which the line could not hold.
 */
export function spellingFields(s: Spellings, keys: readonly string[] = []): string | undefined {
  if (s.all.some(separated) || keys.some(separated)) return undefined;
  const fields = `${s.same.length}\t${s.all.length}\t${keys.length}\t${s.all.join('\t')}\t${s.conventions.join('\t')}`;
  return keys.length > 0 ? `${fields}\t${keys.join('\t')}` : fields;
}

/**
 * What spellingFields wrote, split at tabs; undefined for fields that do not read as written (a damaged
 * file that kept its checksum, another layout): the word is then spelled afresh.
 */
export function parseSpellingFields(fields: readonly string[]): { spellings: Spellings; keys: string[] } | undefined {
  const same = Number(fields[0]);
  const n = Number(fields[1]);
  const k = Number(fields[2]);
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(same) || same < 0 || same > n || !Number.isInteger(k) || k < 0 || fields.length !== 3 + 2 * n + k) return undefined;
  const all = fields.slice(3, 3 + n);
  const conventions = fields.slice(3 + n, 3 + 2 * n).map(Number);
  if (all.some((a) => a === '') || conventions.some((c) => !Number.isInteger(c))) return undefined;
  return { spellings: { same: all.slice(0, same), all, conventions }, keys: fields.slice(3 + 2 * n) };
}

const separated = (a: string): boolean => a.includes('\t') || a.includes('\n');
