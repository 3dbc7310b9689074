import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { packageVersion, readCacheFile, writeCacheFile } from '../glossary/cache-files.js';

/** Bump when what is cached changes shape (the parse below, or the key). */
const CACHE_FORMAT = 1;

/**
 * A data file of corpora/ (YAML) as the yaml package parses it, kept as JSON in the cache folder
 * (cache-files.ts): loading and running the yaml package cost ~100-120 ms of every all-rules start
 * (acronyms-foreign.yaml, number-scales.yaml, the name data of src/names/data.ts), JSON.parse of the
 * same ~1 ms. The cache file's name is `key`, a SHA-256 of the file's bytes and the yaml package's
 * version, so an edited file is parsed anew; callers deriving more from the data may key on it too. For
 * data that survives JSON (strings, numbers, lists, maps), as these files are.
 */
export function readYaml(file: URL): { data: unknown; key: string } {
  const text = readFileSync(file, 'utf8');
  const key = createHash('sha256').update(`${CACHE_FORMAT}\0${packageVersion('yaml')}\0${text}`).digest('hex').slice(0, 32);
  const name = `yaml-${key}.tlc`;
  const cached = readCacheFile(name);
  if (cached) {
    try {
      return { data: JSON.parse(cached.toString('utf8')) as unknown, key };
    } catch {
      // unreadable: parsed and written anew below
    }
  }
  const data = (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text) as unknown;
  writeCacheFile(name, [Buffer.from(JSON.stringify(data), 'utf8')]);
  return { data, key };
}

/** The data of readYaml. */
export function readYamlData(file: URL): unknown {
  return readYaml(file).data;
}
