import { createHash } from 'node:crypto';
import { type BigIntStats, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCacheFile, writeCacheFile } from './cache-files.js';

/**
 * A glossary's cache key without reading the glossary: the key (cache.ts, cacheKey: a hash of the
 * file's bytes) is kept in the cache folder with the file's identity and times (device, inode, size,
 * modification and change time in nanoseconds), and reused while stat() says the same. At 50,000
 * entries that spares reading and hashing 3 MB at every start (~25 ms). Any write to the file changes
 * its change time, which no user tool can set back; a file is remembered only once its times are more
 * than RACY_NS in the past, so that a second write within a file system's time granularity (a second
 * on some) cannot leave the times as they were (git's "racily clean" rule). Anything that does not
 * match, the cache off, or a memo that cannot be read: the file is read and hashed as before.
 */
const RACY_NS = 2_000_000_000n;
const MEMO_VERSION = 1;

export type FileStat = BigIntStats;

/** The file's stat (nanosecond times), or undefined when it cannot be taken. */
export function statOf(path: string): FileStat | undefined {
  try {
    return statSync(path, { bigint: true });
  } catch {
    return undefined;
  }
}

/** The cache key remembered for this file in this state, if any. */
export function keyByStat(path: string, format: string, displayPath: string, st: FileStat): string | undefined {
  const bytes = readCacheFile(memoName(path, format, displayPath));
  if (!bytes) return undefined;
  try {
    const memo = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    return memo.v === MEMO_VERSION && memo.id === identity(st) && typeof memo.key === 'string' && /^[0-9a-f]{40}$/.test(memo.key) ? memo.key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Remembers `key` for the file as stat() found it before it was read (`before`), when it is still so
 * after the read (so the key is that of the bytes read) and its times are not too recent.
 */
export function rememberKey(path: string, format: string, displayPath: string, before: FileStat, key: string): void {
  const after = statOf(path);
  if (!after || identity(after) !== identity(before)) return;
  const latest = after.mtimeNs > after.ctimeNs ? after.mtimeNs : after.ctimeNs;
  if (BigInt(Date.now()) * 1_000_000n - latest < RACY_NS) return;
  writeCacheFile(memoName(path, format, displayPath), [Buffer.from(JSON.stringify({ v: MEMO_VERSION, id: identity(after), key }), 'utf8')]);
}

function identity(st: FileStat): string {
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
}

function memoName(path: string, format: string, displayPath: string): string {
  return `glossary-stat-${createHash('sha256').update(`${format}\0${displayPath}\0${resolve(path)}`).digest('hex').slice(0, 40)}.tlc`;
}
