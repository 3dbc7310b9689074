/**
 * A queue that takes turns between groups: `shift` takes the oldest item of the group whose turn it
 * is, then that group waits behind the others. Within a group, first in first out; a new group joins
 * at the end of the round. So the one item of a group (a request of one text) waits for one item of
 * each group ahead of it, not for all of them (the 1,000 texts of an items request).
 */
export class FairQueue<T> {
  /** The groups in the order of their turns (a Map keeps the order in which keys were set). */
  private readonly groups = new Map<unknown, T[]>();
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(item: T, group: unknown): void {
    const items = this.groups.get(group);
    if (items) items.push(item);
    else this.groups.set(group, [item]);
    this.count++;
  }

  shift(): T | undefined {
    const first = this.groups.entries().next();
    if (first.done) return undefined;
    const [group, items] = first.value;
    const item = items.shift() as T;
    this.count--;
    // its turn is over: to the end of the round, or out when it has nothing left
    this.groups.delete(group);
    if (items.length > 0) this.groups.set(group, items);
    return item;
  }

  /** Takes `item` out of `group`; false when it is not there. */
  remove(item: T, group: unknown): boolean {
    const items = this.groups.get(group);
    const i = items ? items.indexOf(item) : -1;
    if (!items || i === -1) return false;
    items.splice(i, 1);
    this.count--;
    if (items.length === 0) this.groups.delete(group);
    return true;
  }

  /** Empties the queue; returns what it held, oldest group first. */
  clear(): T[] {
    const all = [...this.groups.values()].flat();
    this.groups.clear();
    this.count = 0;
    return all;
  }
}
