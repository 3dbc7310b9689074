import type { Root, SetToken, Token, types } from 'ret';
import { complement, describe, folded, intersects, MAX_CODE, propertyTest, type Ranges } from './regex-classes.js';

/**
 * Whether a regular expression can backtrack polynomially: two different repeats that can match the
 * same text one after the other (`\w*\w*z`, `\d+\.?\d+x`, `(?:ab)+(?:ab)+c`), so that on a long run of
 * that text the engine tries every way of sharing it between them: n² steps for two repeats, n³ for
 * three, before it gives up on a start position (and then tries the next one).
 *
 * The test is the one for "infinite degree of ambiguity" (Weber and Seidl, 1991) on the pattern's
 * position automaton (Glushkov's): there are two different looping positions p and q and one string w
 * that leads from p back to p, from p to q, and from q back to q. It is decided by a search over
 * triples of positions that move together on a common character class. Lookaheads are analysed as
 * patterns of their own (the engine does not backtrack into them); anchors and word boundaries match
 * nothing and are ignored, which only makes the test stricter. A counted repeat `{m,n}` with n > m
 * loops as `*` does; `{m}` does not loop.
 *
 * Exponential shapes (`(a+)+`, `(a|aa)+`) are reported by regex-safety.ts first; a pattern that loops
 * in one place only, like `[A-Z][a-z]+ of`, is accepted: its cost per start is linear.
 */
export function polynomialRepeats(tree: Root, T: typeof types, properties: ReadonlyMap<number, string> = new Map()): string | undefined {
  const bodies: Token[][][] = [alternatives(tree)];
  for (let k = 0; k < bodies.length; k++) {
    const found = analyse(bodies[k] as Token[][], { T, properties }, bodies);
    if (found) return found;
  }
  return undefined;
}

/** A bound on the search, far above what a glossary pattern needs (the bundled ones stay under 2,000). */
const MAX_TRIPLES = 200_000;
/** Characters and classes in one pattern (or lookahead) with two repeats or more. */
const MAX_POSITIONS = 2_000;

/** A character class: code-point ranges (folded to both ASCII cases) and property escapes (`\p{L}`). */
interface Class {
  ranges: Ranges;
  properties: RegExp[];
}

interface Pos {
  cls: Class;
  text: () => string;
}

interface Frag {
  nullable: boolean;
  first: number[];
  last: number[];
}

function alternatives(node: Root | Extract<Token, { type: types.GROUP }>): Token[][] {
  return node.options ?? [node.stack ?? []];
}

interface Env {
  T: typeof types;
  /** Property escapes (`\p{L}`), each read as a placeholder character. */
  properties: ReadonlyMap<number, string>;
}

function analyse(options: Token[][], env: Env, lookarounds: Token[][][]): string | undefined {
  const { T } = env;
  const positions: Pos[] = [];
  const follow: Set<number>[] = [];
  const link = (from: number[], to: number[]) => {
    for (const a of from) for (const b of to) (follow[a] as Set<number>).add(b);
  };
  const leaf = (cls: Class, text: () => string): Frag => {
    positions.push({ cls: { ranges: folded(cls.ranges), properties: cls.properties }, text });
    follow.push(new Set());
    const p = positions.length - 1;
    return { nullable: false, first: [p], last: [p] };
  };
  const EMPTY: Frag = { nullable: true, first: [], last: [] };

  const seq = (tokens: Token[]): Frag => {
    let acc = EMPTY;
    for (const t of tokens) {
      const f = build(t);
      link(acc.last, f.first);
      acc = {
        nullable: acc.nullable && f.nullable,
        first: acc.nullable ? acc.first.concat(f.first) : acc.first,
        last: f.nullable ? acc.last.concat(f.last) : f.last,
      };
    }
    return acc;
  };
  const alt = (opts: Token[][]): Frag => {
    const out: Frag = { nullable: false, first: [], last: [] };
    for (const o of opts) {
      const f = seq(o);
      out.nullable ||= f.nullable;
      for (const p of f.first) out.first.push(p);
      for (const p of f.last) out.last.push(p);
    }
    return out;
  };
  const build = (t: Token): Frag => {
    switch (t.type) {
      case T.CHAR:
        return leaf({ ranges: [[t.value, t.value]], properties: [] }, () => describe([[t.value, t.value]]));
      case T.SET: {
        const only = t.set.length === 1 && !t.not ? t.set[0] : undefined;
        const property = only?.type === T.CHAR ? env.properties.get(only.value) : undefined;
        const cls = setClass(t, env);
        return leaf(cls, () => property ?? (cls.properties.length > 0 ? 'a character class' : describe(cls.ranges)));
      }
      case T.REFERENCE:
        return leaf({ ranges: [[0, MAX_CODE]], properties: [] }, () => `\\${t.value}`);
      case T.POSITION:
        return EMPTY;
      case T.GROUP:
        if (t.followedBy || t.notFollowedBy) {
          lookarounds.push(alternatives(t));
          return EMPTY;
        }
        return alt(alternatives(t));
      case T.REPETITION: {
        const f = build(t.value);
        if (t.max > 1 && t.max !== t.min) link(f.last, f.first);
        return { nullable: f.nullable || t.min === 0, first: f.first, last: f.last };
      }
      default:
        return EMPTY;
    }
  };
  alt(options);
  if (positions.length > MAX_POSITIONS) return `it has two repeats or more and over ${MAX_POSITIONS} characters to analyse`;
  return ambiguous(positions, follow);
}

/** Two looping positions p ≠ q and a string w with p →w p, p →w q, q →w q, described. */
function ambiguous(positions: Pos[], follow: Set<number>[]): string | undefined {
  const n = positions.length;
  const loops = looping(follow);
  if (loops.length < 2) return undefined;
  const classes = partition(positions);
  const next = follow.map((s) => [...s]);
  let budget = MAX_TRIPLES;
  for (const p of loops) {
    for (const q of loops) {
      if (p === q) continue;
      // breadth-first over triples (a, b, c), each moving to a successor on a shared class
      const seen = new Set<number>();
      const queue: number[] = [];
      const push = (a: number, b: number, c: number) => {
        const key = (a * n + b) * n + c;
        if (seen.has(key)) return;
        seen.add(key);
        queue.push(a, b, c);
      };
      const step = (a: number, b: number, c: number) => {
        for (const a2 of next[a] as number[]) {
          const ca = classes[a2] as bigint;
          for (const b2 of next[b] as number[]) {
            const cab = ca & (classes[b2] as bigint);
            if (cab === 0n) continue;
            for (const c2 of next[c] as number[]) if ((cab & (classes[c2] as bigint)) !== 0n) push(a2, b2, c2);
          }
        }
      };
      step(p, p, q);
      for (let k = 0; k < queue.length; k += 3) {
        const [a, b, c] = [queue[k] as number, queue[k + 1] as number, queue[k + 2] as number];
        if (a === p && b === q && c === q) return `repeats of ${(positions[p] as Pos).text()} and ${(positions[q] as Pos).text()} one after the other can match the same text`;
        if (--budget < 0) return 'too many ways to match to analyse';
        step(a, b, c);
      }
    }
  }
  return undefined;
}

/** Positions on a cycle of the follow graph (Tarjan's strongly connected components). */
function looping(follow: Set<number>[]): number[] {
  const n = follow.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const out: number[] = [];
  let counter = 0;
  const visit = (v: number) => {
    index[v] = low[v] = counter++;
    stack.push(v);
    onStack[v] = true;
    for (const w of follow[v] as Set<number>) {
      if (index[w] === -1) {
        visit(w);
        low[v] = Math.min(low[v] as number, low[w] as number);
      } else if (onStack[w]) low[v] = Math.min(low[v] as number, index[w] as number);
    }
    if (low[v] === index[v]) {
      const scc: number[] = [];
      let w: number;
      do {
        w = stack.pop() as number;
        onStack[w] = false;
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (follow[v] as Set<number>).has(v)) for (const x of scc) out.push(x);
    }
  };
  for (let v = 0; v < n; v++) if (index[v] === -1) visit(v);
  return out;
}

/** Each position's character class as a bit set over the elementary intervals of all the classes. */
function partition(positions: Pos[]): bigint[] {
  const cuts = new Set<number>([0, MAX_CODE + 1]);
  for (const { cls } of positions) for (const [lo, hi] of cls.ranges) cuts.add(lo).add(hi + 1);
  const bounds = [...cuts].sort((a, b) => a - b);
  const interval = new Map(bounds.map((b, k) => [b, k]));
  return positions.map(({ cls }) => {
    let bits = 0n;
    for (const [lo, hi] of cls.ranges) {
      for (let k = interval.get(lo) as number; (bounds[k] as number) <= hi; k++) bits |= 1n << BigInt(k);
    }
    // a property is tested on the intervals the other classes cut out, not listed in full
    for (const re of cls.properties) {
      for (let k = 0; k + 1 < bounds.length; k++) {
        if (intersects(re, bounds[k] as number, (bounds[k + 1] as number) - 1)) bits |= 1n << BigInt(k);
      }
    }
    return bits;
  });
}

function setClass(t: Extract<Token, { type: types.SET }>, env: Env): Class {
  const { T } = env;
  const out: Class = { ranges: [], properties: [] };
  const add = (s: SetToken) => {
    const property = s.type === T.CHAR ? env.properties.get(s.value) : undefined;
    if (property) out.properties.push(propertyTest(property));
    else if (s.type === T.CHAR) out.ranges.push([s.value, s.value]);
    else if (s.type === T.RANGE) out.ranges.push([s.from, s.to]);
    else {
      const inner = setClass(s, env);
      for (const r of inner.ranges) out.ranges.push(r);
      for (const p of inner.properties) out.properties.push(p);
    }
  };
  for (const s of t.set) add(s);
  if (!t.not) return out;
  // the complement of a class with a property in it is not worked out: any character
  return out.properties.length > 0 ? { ranges: [[0, MAX_CODE]], properties: [] } : { ranges: complement(out.ranges), properties: [] };
}
