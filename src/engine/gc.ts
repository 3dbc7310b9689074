import { runInNewContext } from 'node:vm';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection, between the parts of a very large document. The tokens of each part live
 * long enough to be promoted to V8's old space, where they would pile up until V8 decides on its own to
 * collect (a 10 MB batch then peaked near 500 MB for ~120 MB of live data). Node exposes no API for
 * this; the function is the one --expose-gc gives, taken from a fresh context after setting that
 * flag. When that is not possible nothing happens.
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

/**
 * Between parts of a very large document: a full collection once the heap has grown by half of what was
 * live after the last one (at least 24 MB more). A large glossary makes the live heap, and so each
 * collection, larger; collecting in proportion keeps the time spent in proportion too.
 */
export class GrowthCollector {
  private live: number | undefined;

  afterPart(): void {
    const used = getHeapStatistics().used_heap_size;
    if (this.live !== undefined && used < Math.max(1.5 * this.live, this.live + 24 * 2 ** 20)) return;
    collectGarbage();
    this.live = getHeapStatistics().used_heap_size;
  }
}
