import type { CheckOptions } from '../engine/checker.js';
import { DEFAULT_GLOSSARY, DEFAULT_GLOSSARY_NAME } from '../glossary/default.js';
import { GlossaryError } from '../glossary/errors.js';
import { loadGlossaryFile } from '../glossary/load.js';
import type { Glossary } from '../glossary/types.js';
import type { SourceLang } from '../rules/types.js';

/** The glossaries loaded at start (or by the last successful reload), by name. */
export interface GlossarySet {
  readonly glossaries: ReadonlyMap<string, Glossary>;
  /** The check options for these glossary names (all when undefined) and source language. */
  optionsFor(names: readonly string[] | undefined, sourceLang: string | undefined): Partial<CheckOptions>;
  readonly warnings: readonly string[];
}

/**
 * Loads the bundled glossary (named "news") and the given files (named by file name without
 * extension). The checkers are compiled by the service's worker threads, which load the same files.
 */
export function loadGlossarySet(files: readonly string[], withDefault: boolean): GlossarySet {
  const glossaries = new Map<string, Glossary>();
  const sources = new Map<string, string>();
  const add = (g: Glossary, file: string) => {
    const other = glossaries.get(g.name);
    if (other) throw new GlossaryError(g.path, undefined, `has the same name "${g.name}" as ${other.path}; the service names glossaries by file name, so rename one`);
    glossaries.set(g.name, g);
    sources.set(g.name, file);
  };
  if (withDefault) add(loadGlossaryFile(DEFAULT_GLOSSARY, DEFAULT_GLOSSARY_NAME), DEFAULT_GLOSSARY);
  for (const f of files) add(loadGlossaryFile(f), f);
  const all = [...glossaries.keys()].sort();
  const defaultName = withDefault ? [...glossaries.values()][0]?.name : undefined;
  return {
    glossaries,
    optionsFor(names, sourceLang) {
      const selected = names ?? all;
      const options: Partial<CheckOptions> = {
        defaultGlossary: defaultName !== undefined && selected.includes(defaultName),
        glossaries: selected.filter((n) => n !== defaultName).map((n) => sources.get(n) as string),
      };
      if (sourceLang !== undefined) options.sourceLang = sourceLang as SourceLang;
      return options;
    },
    warnings: [...glossaries.values()].flatMap((g) => g.warnings),
  };
}
