import { cacheKey, readCache, writeCache } from './cache.js';
import { GlossaryIndex } from './glossary-index.js';
import { cachedGlossary, indexedGlossary } from './load.js';
import type { Glossary, GlossaryEntry } from './types.js';

/**
 * The entries of a loaded glossary that `keep` accepts, as a glossary of their own whose index is kept in
 * the cache like a file's (keyed by the glossary's cache key, `name` and the text of `keep`),
 * so that a rule compiling a part of a pack at every start (calque/*, the entries safe without a known
 * source language) reads it back instead of parsing every entry and building a trie again (~15 ms).
 * `keep` must decide from its entry alone (a pure function of it): its text is the key, so a filter that
 * read anything else (a captured setting, a helper that changed) would be answered from a stale file.
 */
export function subsetGlossary(glossary: Glossary, name: string, keep: (e: GlossaryEntry) => boolean): Glossary {
  const base = glossary.index?.key;
  const key = base === undefined ? undefined : cacheKey(`${base}\0${name}\0${keep.toString()}`, 'subset', glossary.path);
  const cached = key === undefined ? undefined : readCache(key);
  if (key !== undefined && cached) return cachedGlossary(key, cached, glossary.path);
  const entries = glossary.entries.filter(keep);
  const index = GlossaryIndex.fromEntries(entries);
  if (key !== undefined) {
    index.key = key;
    writeCache(key, { index, warnings: [], allow: [] }, glossary.path);
  }
  return indexedGlossary({ path: glossary.path, name: glossary.name, warnings: [], allow: [] }, index);
}
