/**
 * The affix rules of a speller indexed for taking affixes off a word (affix-lookup.ts): per side, the
 * entries grouped by the letters they add, in a trie a word walks letter by letter from its end (suffixes)
 * or its start (prefixes).
 */

export interface Entry {
  add: string;
  remove: RegExp | string;
  match: RegExp | string;
  continuation: string[];
}
export interface Rule {
  type: string;
  combineable: boolean;
  entries: Entry[];
}
/** An entry of rule `code`; `strip`: the letters a suffix entry takes off (its `remove` as text). */
export interface Step {
  code: string;
  entry: Entry;
  suffix: boolean;
  strip: string;
}
/** Entries of one side that add the same letters and take off the same (or no) strip. */
export interface Steps {
  steps: Step[];
  strip: string;
  /** Some of them is of a rule that is a continuation class (found further in). */
  carrier: boolean;
}
/** Entries that add the same letters: all of them (the strip not found, or none), and by strip. */
export interface Group {
  all: Steps;
  byStrip: Map<string, Steps>;
  strips: Steps[];
}
/** A trie of what entries add, letter by letter (a suffix's from its end): a word walks it without slicing. */
export interface Node {
  group?: Group;
  next: Map<number, Node>;
}
/** Entries by what they add, suffixes and prefixes apart. */
export interface Index {
  suffixes: Map<string, Group>;
  prefixes: Map<string, Group>;
  suffixTrie: Node;
  prefixTrie: Node;
  longestPrefix: number;
}
export const index = (): Index => ({ suffixes: new Map(), prefixes: new Map(), suffixTrie: { next: new Map() }, prefixTrie: { next: new Map() }, longestPrefix: 0 });
export function addStep(to: Index, step: Step, carrier: boolean): void {
  const add = step.entry.add;
  const map = step.suffix ? to.suffixes : to.prefixes;
  let group = map.get(add);
  if (group === undefined) {
    map.set(add, (group = { all: { steps: [], strip: '', carrier: false }, byStrip: new Map(), strips: [] }));
    let node = step.suffix ? to.suffixTrie : to.prefixTrie;
    for (let i = 0; i < add.length; i++) {
      const c = add.charCodeAt(step.suffix ? add.length - 1 - i : i);
      let next = node.next.get(c);
      if (next === undefined) node.next.set(c, (next = { next: new Map() }));
      node = next;
    }
    node.group = group;
  }
  const strip = step.suffix ? step.strip : (step.entry.remove as string);
  let same = group.byStrip.get(strip);
  if (strip !== '' && same === undefined) {
    group.byStrip.set(strip, (same = { steps: [], strip, carrier: false }));
    group.strips.push(same);
  }
  for (const list of strip === '' ? [group.all] : [group.all, same as Steps]) {
    list.steps.push(step);
    list.carrier ||= carrier;
  }
  if (!step.suffix) to.longestPrefix = Math.max(to.longestPrefix, add.length);
}
