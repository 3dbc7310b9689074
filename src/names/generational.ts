/**
 * A map of at most `limit` entries with O(1) operations: entries go into the young half; when it has
 * `limit / 2`, the old half is dropped and the young becomes the old. An entry read from the old half
 * moves to the young one, so what is in use stays (least recently used is forgotten first, roughly).
 */
export class Generational<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o);
    return o;
  }

  set(key: K, value: V): void {
    if (this.young.size >= this.limit / 2) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}

/**
 * The Generational map `owner` keeps in `owners`, made on first use: a memo kept per glossary (or per
 * name index) for as long as the checker holds it, so a service's next texts reuse it, and no two
 * checkers share one.
 */
export function keptFor<O extends object, K, V>(owners: WeakMap<O, Generational<K, V>>, owner: O, limit: number): Generational<K, V> {
  let m = owners.get(owner);
  if (!m) owners.set(owner, (m = new Generational<K, V>(limit)));
  return m;
}
