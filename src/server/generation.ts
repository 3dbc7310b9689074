import { availableParallelism } from 'node:os';
import { CheckPool } from '../pipeline/pool.js';
import { loadGlossarySet, type GlossarySet } from './glossaries.js';

/** One worker per core, at most 2: the main thread parses requests and writes answers meanwhile. */
export function serviceWorkers(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * The glossaries of one load (at start or by a reload) and the worker threads that check with them.
 * Requests hold their generation from arrival to answer; a retired generation stops its workers
 * once the last of its requests has been answered.
 */
export class Generation {
  readonly set: GlossarySet;
  readonly pool: CheckPool;
  private active = 0;
  private retired: (() => void) | undefined;
  private done: Promise<void> | undefined;

  constructor(files: readonly string[], withDefault: boolean, budget: { workers: number; timeMs: number; memoryMb: number }) {
    this.set = loadGlossarySet(files, withDefault);
    // each worker compiles the checker of all the glossaries before it takes requests
    this.pool = new CheckPool({ pipeline: { config: false }, warm: this.set.optionsFor(undefined, undefined), ...budget });
  }

  enter(): void {
    this.active++;
  }

  leave(): void {
    this.active--;
    if (this.active === 0) this.retired?.();
  }

  /** Stops the workers once no request of this generation is left. */
  retire(): Promise<void> {
    this.done ??= new Promise<void>((resolve) => {
      this.retired = resolve;
      if (this.active === 0) resolve();
    }).then(() => this.pool.close());
    return this.done;
  }
}
