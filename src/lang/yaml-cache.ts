import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readCacheFile, writeCacheFile } from '../glossary/cache-files.js';

/** Bump when what is cached changes shape (the parse below, or the key). */
const CACHE_FORMAT = 1;

/**
 * A rule data file of corpora/ (YAML) as the yaml package parses it, kept as JSON in the cache folder
 * (cache-files.ts): loading and running the yaml package cost ~100-120 ms of every all-rules start
 * (acronyms-foreign.yaml, number-scales.yaml), JSON.parse of the same ~1 ms. The cache file's name is a
 * SHA-256 of the file's bytes and the yaml package's version, so an edited file is parsed anew. For
 * data that survives JSON (strings, numbers, lists, maps), as these files are.
 */
export function readYamlData(file: URL): unknown {
  const text = readFileSync(file, 'utf8');
  const key = createHash('sha256').update(`${CACHE_FORMAT}\0${yamlVersion()}\0${text}`).digest('hex').slice(0, 32);
  const name = `yaml-${key}.tlc`;
  const cached = readCacheFile(name);
  if (cached) {
    try {
      return JSON.parse(cached.toString('utf8')) as unknown;
    } catch {
      // unreadable: parsed and written anew below
    }
  }
  const parsed = (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text) as unknown;
  writeCacheFile(name, [Buffer.from(JSON.stringify(parsed), 'utf8')]);
  return parsed;
}

let version: string | undefined;
/** The yaml package's version, from its package.json (not the package itself: that is what is saved). */
function yamlVersion(): string {
  if (version === undefined) {
    try {
      const require = createRequire(import.meta.url);
      version = String((JSON.parse(readFileSync(require.resolve('yaml/package.json'), 'utf8')) as { version?: unknown }).version);
    } catch {
      version = '?';
    }
  }
  return version;
}
