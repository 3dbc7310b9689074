import { createRequire } from 'node:module';

// node:v8 and node:vm are loaded when first needed (a very large document), as most runs never collect:
// a library user pays for neither (node:v8 ~2 ms on Node 20; the CLI loads it anyway, bin/translint.js
// sets a V8 flag with it)
let builtins: { v8: typeof import('node:v8'); vm: typeof import('node:vm') } | undefined;
function node(): NonNullable<typeof builtins> {
  if (!builtins) {
    const require = createRequire(import.meta.url);
    builtins = { v8: require('node:v8') as typeof import('node:v8'), vm: require('node:vm') as typeof import('node:vm') };
  }
  return builtins;
}

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
      node().v8.setFlagsFromString('--expose-gc');
      const gc: unknown = node().vm.runInNewContext('gc');
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
    const used = node().v8.getHeapStatistics().used_heap_size;
    if (this.live !== undefined && used < Math.max(1.5 * this.live, this.live + 24 * 2 ** 20)) return;
    collectGarbage();
    this.live = node().v8.getHeapStatistics().used_heap_size;
  }
}
