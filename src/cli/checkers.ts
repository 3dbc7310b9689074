import { createChecker, type Checker, type CheckOptions } from '../engine/checker.js';

/**
 * One checker per distinct set of options (files under different configs or overrides may differ),
 * built on first use. Glossary warnings are passed on once per glossary.
 */
export class CheckerCache {
  private readonly checkers = new Map<string, Checker>();
  private readonly warned = new Set<string>();

  constructor(private readonly warn: (message: string) => void = () => {}) {}

  get(options: CheckOptions): Checker {
    const key = JSON.stringify(options);
    let checker = this.checkers.get(key);
    if (!checker) {
      checker = createChecker(options);
      this.checkers.set(key, checker);
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
    }
    return checker;
  }
}
