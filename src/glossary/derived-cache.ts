import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readCacheFile, writeCacheFile } from './cache-files.js';

/**
 * Data a rule derives from the terms of one loaded glossary (acronym/unknown's initials of every term,
 * …), kept in the cache folder (cache-files.ts: per user, checked, trimmed) beside the glossary's own
 * cache file, so that checking one article against a 50,000-entry glossary does not derive it again in
 * every process (acronym/unknown's scan of the terms: ~50-70 ms of a cold all-rules start).
 *
 * The file's name is a SHA-256 of everything the data depends on:
 * - `kind` and its format (what is stored and how);
 * - the text of the modules that derive it (`code`: the caller's module and those it derives with), so
 *   a changed build never reads what an older one wrote;
 * - the glossary's cache key (GlossaryIndex.key: a SHA-256 of the glossary file's bytes, its format,
 *   the name findings give it and the glossary cache's format), which decides every term and entry.
 * A glossary built from entries in memory has no key, and its data is derived every time.
 */
export interface DerivedKind {
  /** A name for the file, letters and dashes ("acronyms"). */
  readonly name: string;
  /** Bump when what is stored changes shape. */
  readonly format: number;
  /** The modules that derive it: file URLs (in the CLI's bundle, each module's own file in dist/). */
  readonly code: readonly URL[];
}

/** The data as the file holds it (JSON), or undefined when it is not cached (or the cache is off). */
export function readDerived(kind: DerivedKind, glossaryKey: string | undefined): unknown {
  const name = derivedName(kind, glossaryKey);
  if (!name) return undefined;
  const bytes = readCacheFile(name);
  if (!bytes) return undefined;
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Keeps `value` (JSON) for the glossary with this key; nothing when it has none. */
export function writeDerived(kind: DerivedKind, glossaryKey: string | undefined, value: unknown): void {
  const name = derivedName(kind, glossaryKey);
  if (name) writeCacheFile(name, [Buffer.from(JSON.stringify(value), 'utf8')]);
}

/** The cache file's name, or undefined when there is no key or a module of `code` cannot be read. */
export function derivedName(kind: DerivedKind, glossaryKey: string | undefined): string | undefined {
  if (glossaryKey === undefined) return undefined;
  const code = codeVersion(kind.code);
  if (code === undefined) return undefined;
  const h = createHash('sha256').update(`${kind.name}\0${kind.format}\0${code}\0${glossaryKey}`);
  return `${kind.name}-${h.digest('hex').slice(0, 40)}.tlc`;
}

const versions = new Map<string, string | undefined>();

/** A SHA-256 of the modules' text, read once per process; undefined when one cannot be read. */
function codeVersion(code: readonly URL[]): string | undefined {
  const id = code.map((u) => u.href).join('\n');
  if (!versions.has(id)) {
    let v: string | undefined;
    try {
      const h = createHash('sha256');
      for (const u of code) h.update(u.href.slice(u.href.lastIndexOf('/') + 1)).update('\0').update(readFileSync(u));
      v = h.digest('hex');
    } catch {
      v = undefined;
    }
    versions.set(id, v);
  }
  return versions.get(id);
}

/** The URL of module `path` (without extension) relative to `from`, with `from`'s extension (.ts under tsx, .js built). */
export function moduleUrl(path: string, from: string): URL {
  const ext = /\.[cm]?[jt]s$/.exec(new URL(from).pathname)?.[0] ?? '.js';
  return new URL(path + ext, from);
}
