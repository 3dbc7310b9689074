import { createChecker, type Checker } from '../engine/checker.js';
import { DEFAULT_GLOSSARY, DEFAULT_GLOSSARY_NAME } from '../glossary/default.js';
import { GlossaryError } from '../glossary/errors.js';
import { loadGlossaryFile } from '../glossary/load.js';
import type { Glossary } from '../glossary/types.js';
import type { SourceLang } from '../rules/types.js';

/** Checkers kept per glossary selection and language; older ones are compiled again when needed. */
const MAX_CHECKERS = 16;

/** The glossaries loaded at start (or by the last successful reload) and checkers built from them. */
export interface GlossarySet {
  readonly glossaries: ReadonlyMap<string, Glossary>;
  /** A checker for these glossary names (all when undefined) and source language. */
  checkerFor(names: readonly string[] | undefined, sourceLang: string | undefined): Checker;
  readonly warnings: readonly string[];
}

/**
 * Loads the bundled glossary (named "news") and the given files (named by file name without
 * extension) and compiles the checker for all of them, so a reload fails before anything is swapped.
 */
export function loadGlossarySet(files: readonly string[], withDefault: boolean): GlossarySet {
  const glossaries = new Map<string, Glossary>();
  const add = (g: Glossary) => {
    const other = glossaries.get(g.name);
    if (other) throw new GlossaryError(g.path, undefined, `has the same name "${g.name}" as ${other.path}; the service names glossaries by file name, so rename one`);
    glossaries.set(g.name, g);
  };
  if (withDefault) add(loadGlossaryFile(DEFAULT_GLOSSARY, DEFAULT_GLOSSARY_NAME));
  for (const f of files) add(loadGlossaryFile(f));
  const all = [...glossaries.keys()].sort();
  const cache = new Map<string, Checker>();
  const checkerFor = (names: readonly string[] | undefined, sourceLang: string | undefined): Checker => {
    const selected = names ?? all;
    const key = `${selected.join('\n')}\t${sourceLang ?? ''}`;
    const hit = cache.get(key);
    if (hit) {
      // refresh its place: the map's order is the eviction order
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
    const checker = createChecker({
      defaultGlossary: false,
      glossaries: selected.map((n) => glossaries.get(n)).filter((g): g is Glossary => g !== undefined),
      ...(sourceLang !== undefined ? { sourceLang: sourceLang as SourceLang } : {}),
    });
    cache.set(key, checker);
    if (cache.size > MAX_CHECKERS) cache.delete(cache.keys().next().value as string);
    return checker;
  };
  checkerFor(undefined, undefined);
  return { glossaries, checkerFor, warnings: [...glossaries.values()].flatMap((g) => g.warnings) };
}
