import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GlossaryEntry } from './types.js';

/** Bump when the shape of a loaded entry changes, so old cache files are never read. */
const CACHE_FORMAT = 1;

interface Cached {
  entries: GlossaryEntry[];
  warnings: string[];
}

function cacheDir(): string | undefined {
  if (process.env.TRANSLINT_CACHE === '0') return undefined;
  return process.env.TRANSLINT_CACHE_DIR ?? join(tmpdir(), 'translint-cache');
}

export function cacheKey(text: string, format: string, displayPath: string): string {
  return createHash('sha256').update(`${CACHE_FORMAT}\0${format}\0${displayPath}\0`).update(text).digest('hex').slice(0, 40);
}

/**
 * Loaded, validated glossaries are kept as JSON keyed by a hash of their content: reading a large YAML
 * glossary takes far longer than JSON.parse. A cache that cannot be read or written is simply not used.
 */
export function readCache(key: string): Cached | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as Cached;
  } catch {
    return undefined;
  }
}

export function writeCache(key: string, value: Cached): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(dir, `${key}.json`));
  } catch {
    /* a read-only or full disk only costs speed */
  }
}
