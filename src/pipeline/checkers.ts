import { createChecker, type Checker, type CheckOptions } from '../engine/checker.js';
import { loadGlossaryFile } from '../glossary/load.js';
import type { Glossary } from '../glossary/types.js';

/**
 * One checker per distinct set of options (files under different configs or overrides may differ),
 * built on first use. Glossary warnings are passed on once per glossary. With `max`, the least
 * recently used checker is dropped past that many (the service, whose requests pick glossaries).
 * Each glossary file is read once for the cache's lifetime and shared by every checker that uses
 * it, so all the checkers of one run (or one generation of the service) see the same version.
 */
export class CheckerCache {
  private readonly checkers = new Map<string, Checker>();
  private readonly warned = new Set<string>();
  private readonly files = new Map<string, Glossary>();

  constructor(
    private readonly warn: (message: string) => void = () => {},
    private readonly max = Infinity,
  ) {}

  get(options: CheckOptions): Checker {
    const key = JSON.stringify(options);
    let checker = this.checkers.get(key);
    if (checker) {
      if (this.max !== Infinity) {
        // refresh its place: the map's order is the eviction order
        this.checkers.delete(key);
        this.checkers.set(key, checker);
      }
      return checker;
    }
    const glossaries = options.glossaries?.map((g) => (typeof g === 'string' ? this.glossary(g) : g));
    checker = createChecker(glossaries ? { ...options, glossaries } : options);
    this.checkers.set(key, checker);
    if (this.checkers.size > this.max) this.checkers.delete(this.checkers.keys().next().value as string);
    for (const g of checker.glossaries) {
      if (this.warned.has(g.path)) continue;
      this.warned.add(g.path);
      for (const w of g.warnings) this.warn(w);
    }
    // terms and variants two glossaries both define
    for (const w of checker.conflicts ?? []) {
      if (this.warned.has(w)) continue;
      this.warned.add(w);
      this.warn(w);
    }
    return checker;
  }

  private glossary(path: string): Glossary {
    let g = this.files.get(path);
    if (!g) this.files.set(path, (g = loadGlossaryFile(path)));
    return g;
  }
}
