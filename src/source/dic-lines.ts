/**
 * Which .dic lines could spell a word (SourceDictionary.load, dictionary.ts): the lines of one index
 * bucket grouped by head, each with the longest word its affixes can make of it.
 *
 * Speed: a word of a story not seen before had its whole bucket (up to a few thousand lines) compared with
 * it, and every stem whose head began it was given to nspell, which expands each stem into all its affixed
 * forms: on fresh German stories those two were most of the source rules' time. Here a word reads its own
 * beginnings in a map (one read per letter), and a stem is passed over when even its longest affixed
 * form is shorter than the word ("Vers" cannot spell "Verhandlung"), so only stems that could spell it are
 * expanded. The bound is worked out from the affix file (growthOf): exact, not a guess, so every stem
 * that can spell the word is still added.
 */
import type nspellType from 'nspell';

type Speller = ReturnType<typeof nspellType>;

export interface DicBucket {
  /** Head (the stem folded, less up to three final letters) → the lines' positions in the bucket, in order. */
  readonly byHead: Map<string, number[]>;
  /** Per line, the longest word its stem and affixes can make (Infinity-like when unbounded). */
  readonly longest: Int32Array;
}

/** Longer affix chains than this are taken as unbounded (a cycle of continuation classes). */
const MAX_CHAIN = 8;
const UNBOUNDED = 0x3fffffff;

interface Rule {
  type: string;
  entries: { add: string; continuation?: string[] }[];
}

/**
 * For a line's flags, how many letters its affixes can add at most: one rule with its continuation
 * classes, and one of the other kind combined with it (nspell's add()), so the two largest summed. With
 * input conversions (ICONV: a word is converted before it is looked up, "œ" → "oe"), unbounded.
 */
export function growthOf(speller: Speller): (flags: string) => number {
  const s = speller as unknown as { rules: Record<string, Rule | undefined>; flags: Record<string, unknown>; conversion: { in?: unknown[] } };
  if ((s.conversion.in?.length ?? 0) > 0) return () => UNBOUNDED;
  const memo = new Map<string, number>();
  const chain = (code: string, depth: number): number => {
    const rule = s.rules[code];
    if (!rule) return 0;
    if (depth > MAX_CHAIN) return UNBOUNDED;
    const known = depth === 0 ? memo.get(code) : undefined;
    if (known !== undefined) return known;
    let most = 0;
    for (const e of rule.entries) {
      let next = 0;
      for (const k of e.continuation ?? []) next = Math.max(next, chain(k, depth + 1));
      most = Math.max(most, e.add.length + next);
    }
    if (depth === 0) memo.set(code, most);
    return most;
  };
  const mode = s.flags.FLAG;
  return (flags) => {
    const codes = mode === 'long' ? (flags.match(/[\s\S]{1,2}/g) ?? []) : flags.split(mode === 'num' ? ',' : '');
    let first = 0, second = 0;
    for (const code of codes) {
      const g = chain(code, 0);
      if (g > first) [first, second] = [g, first];
      else if (g > second) second = g;
    }
    return Math.min(UNBOUNDED, first + second);
  };
}

/** Groups a bucket's lines (see DicBucket); `fold` folds a stem as the index does. */
export function dicBucket(lines: readonly string[], fold: (stem: string) => string, growth: (flags: string) => number): DicBucket {
  const byHead = new Map<string, number[]>();
  const longest = new Int32Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const slash = line.indexOf('/');
    const raw = slash < 0 ? line : line.slice(0, slash);
    const stem = fold(raw);
    const head = stem.slice(0, Math.max(3, stem.length - 3));
    const list = byHead.get(head);
    if (list) list.push(i);
    else byHead.set(head, [i]);
    longest[i] = Math.min(UNBOUNDED, raw.length + (slash < 0 ? 0 : growth(line.slice(slash + 1).trim())));
  }
  return { byHead, longest };
}

/** The positions, in bucket order, of the lines that could spell `word` (`folded` is it folded). */
export function linesFor(bucket: DicBucket, word: string, folded: string): number[] {
  const found: number[] = [];
  for (let n = 0; n <= folded.length; n++) {
    const list = bucket.byHead.get(folded.slice(0, n));
    if (list) for (const i of list) if ((bucket.longest[i] as number) >= word.length) found.push(i);
  }
  return found.sort((a, b) => a - b);
}
