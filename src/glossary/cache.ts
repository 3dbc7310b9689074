import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GlossaryEntry } from './types.js';

/** Bump when the shape of a loaded entry changes, so old cache files are never read. */
const CACHE_FORMAT = 4;

interface Cached {
  entries: GlossaryEntry[];
  warnings: string[];
  allow?: string[];
}

/** What is stored: entries without their defaults and glossary name, literal variants as plain strings. */
interface Stored {
  glossary: string;
  entries: Record<string, unknown>[];
  warnings: string[];
  allow?: string[];
}

const DEFAULTS = { category: 'term', caseSensitive: false, fix: 'auto' } as const;

function pack(value: Cached, glossary: string): Stored {
  const entries = value.entries.map((e) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) {
      if (k === 'glossary' || DEFAULTS[k as keyof typeof DEFAULTS] === v) continue;
      out[k] = k === 'variants' ? (v as GlossaryEntry['variants']).map((x) => (x.kind === 'literal' ? x.text : x)) : v;
    }
    return out;
  });
  return { glossary, entries, warnings: value.warnings, ...(value.allow && value.allow.length > 0 ? { allow: value.allow } : {}) };
}

/** Fills the stored entries in place: object spreads over 50,000 entries cost more than the JSON parse. */
function unpack(stored: Stored): Cached {
  for (const e of stored.entries) {
    if (e.category === undefined) e.category = DEFAULTS.category;
    if (e.caseSensitive === undefined) e.caseSensitive = DEFAULTS.caseSensitive;
    if (e.fix === undefined) e.fix = DEFAULTS.fix;
    e.glossary = stored.glossary;
    const variants = (e.variants as unknown[] | undefined) ?? [];
    for (let i = 0; i < variants.length; i++) {
      const v = variants[i];
      if (typeof v === 'string') variants[i] = { kind: 'literal', text: v };
    }
    e.variants = variants;
  }
  return { entries: stored.entries as unknown as GlossaryEntry[], warnings: stored.warnings, allow: stored.allow ?? [] };
}

/** Where translint keeps derived data: TRANSLINT_CACHE_DIR, or a folder in the temp dir; none when TRANSLINT_CACHE=0. */
export function cacheDir(): string | undefined {
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
    return unpack(JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as Stored);
  } catch {
    return undefined;
  }
}

export function writeCache(key: string, value: Cached, glossary: string): void {
  const dir = cacheDir();
  if (!dir) return;
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(pack(value, glossary)));
    renameSync(tmp, join(dir, `${key}.json`));
  } catch {
    /* a read-only or full disk only costs speed */
  }
}
