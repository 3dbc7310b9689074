/**
 * Which .dic lines could spell a word (SourceDictionary.load, dictionary.ts): the lines of one index
 * bucket grouped by head, each with the longest word its affixes can make of it.
 *
 * Speed: a word of a story not seen before had its whole bucket (up to a few thousand lines) compared with
 * it, and every stem whose first letters (less three) began it was given to nspell, which expands each
 * stem into all its affixed forms: on fresh German stories those two were most of the source rules'
 * time. Here a word reads its own beginnings in a map (one read per letter), and a stem is passed over
 * when its affixes cannot make the word: when they make no word that long ("Vers" cannot spell
 * "Verhandlung"), or when they take no final letter off the stem (most German nouns: "Vers/S" spells
 * "Verse", "Verses", all beginning with "vers"). Both bounds are worked out from the affix file
 * (affixBounds): exact, not guesses, so every stem that can spell the word by its suffixes is still added.
 */
import type nspellType from 'nspell';

type Speller = ReturnType<typeof nspellType>;

export interface DicBucket {
  /**
   * Head → the lines' positions in the bucket, in order. A line's head is its stem folded, less as many
   * final letters as its suffixes can take off (at most three, as load() always cut them), and at least
   * three letters long.
   */
  readonly byHead: Map<string, number[]>;
  /** Per line, the longest word its stem and affixes can make (Infinity-like when unbounded). */
  readonly longest: Int32Array;
  /** The longest head: a word's beginnings past it are not looked up. */
  readonly longestHead: number;
  /** Stem as written (trimmed) → the flags of its lines, in order (SourceDictionary.flagsOf). */
  readonly byStem: Map<string, string[]>;
}

/** Longer affix chains than this are taken as unbounded (a cycle of continuation classes). */
const MAX_CHAIN = 8;
const UNBOUNDED = 0x3fffffff;
/** Final letters load() has always allowed a suffix to take off a stem; the most a head is cut by. */
const EAT_LIMIT = 3;

interface Rule {
  type: string;
  entries: { add: string; remove?: RegExp | string; continuation?: string[] }[];
}

/** What a line's affixes can do to its stem: add `longer` letters at most, take `eaten` final letters off at most. */
export interface AffixBounds {
  longer: number;
  eaten: number;
}

/**
 * For a line's flags, its AffixBounds: one rule with its continuation classes, and one of the other kind
 * combined with it (nspell's add()), so for `longer` the two largest summed; `eaten` counts a suffix's
 * strip and what a continuation strips past the letters added before it. With input conversions (ICONV:
 * a word is converted before it is looked up, "œ" → "oe") or compound rules (COMPOUNDRULE), unbounded.
 */
export function affixBounds(speller: Speller): (flags: string) => AffixBounds {
  const s = speller as unknown as { rules: Record<string, Rule | undefined>; flags: Record<string, unknown>; conversion: { in?: unknown[] }; compoundRules: unknown[] };
  // (and with compound rules, whose expressions are made of the words loaded: none of the five dictionaries has them)
  if ((s.conversion.in?.length ?? 0) > 0 || s.compoundRules.length > 0) return () => ({ longer: UNBOUNDED, eaten: EAT_LIMIT });
  const grows = new Map<string, number>(), eats = new Map<string, number>();
  const chain = (code: string, depth: number, eat: boolean): number => {
    const rule = s.rules[code];
    if (!rule) return 0;
    const memo = eat ? eats : grows;
    if (depth > MAX_CHAIN) return eat ? EAT_LIMIT : UNBOUNDED;
    // a prefix changes the front of the stem: its form begins with what the prefix adds, and a word that
    // begins with the stem's head is no such form (the front of a stem cut to "-schlamm" for "Schlamm")
    if (eat && rule.type !== 'SFX') return 0;
    const known = depth === 0 ? memo.get(code) : undefined;
    if (known !== undefined) return known;
    let most = 0;
    for (const e of rule.entries) {
      let next = 0;
      for (const k of e.continuation ?? []) next = Math.max(next, chain(k, depth + 1, eat));
      most = Math.max(most, eat ? stripOf(e) + Math.max(0, next - e.add.length) : e.add.length + next);
    }
    if (depth === 0) memo.set(code, most);
    return most;
  };
  const codesOf = splitFlags(speller);
  return (flags) => {
    const codes = codesOf(flags);
    let first = 0, second = 0, eaten = 0;
    for (const code of codes) {
      const g = chain(code, 0, false);
      if (g > first) [first, second] = [g, first];
      else if (g > second) second = g;
      eaten = Math.max(eaten, chain(code, 0, true));
    }
    return { longer: Math.min(UNBOUNDED, first + second), eaten: Math.min(EAT_LIMIT, eaten) };
  };
}

/** A .dic line's flags as codes, as the affix file's FLAG says (one character, two, or numbers with commas). */
function splitFlags(speller: Speller): (flags: string) => string[] {
  const mode = (speller as unknown as { flags: Record<string, unknown> }).flags.FLAG;
  return (flags) => (mode === 'long' ? (flags.match(/[\s\S]{1,2}/g) ?? []) : flags.split(mode === 'num' ? ',' : ''));
}

/**
 * Whether a stem with these flags (those of all its lines) is a word as written: none makes it need an
 * affix, stand only in compounds, or be forbidden. Then nspell accepts the stem as written whatever else
 * is loaded (its entry holds those lines' flags only), so SourceDictionary.has answers without adding
 * and expanding its lines. Undefined when the affix file converts input (the word asked is converted
 * first) or has compound rules.
 */
export function standsAlone(speller: Speller): ((flags: readonly string[]) => boolean) | undefined {
  const s = speller as unknown as { flags: Record<string, unknown>; conversion: { in?: unknown[] }; compoundRules: unknown[] };
  if ((s.conversion.in?.length ?? 0) > 0 || s.compoundRules.length > 0) return undefined;
  const special = new Set(['NEEDAFFIX', 'ONLYINCOMPOUND', 'FORBIDDENWORD'].map((k) => s.flags[k]).filter((v): v is string => typeof v === 'string'));
  const codesOf = splitFlags(speller);
  return (lines) => lines.length > 0 && lines.every((flags) => !codesOf(flags).some((c) => special.has(c)));
}

/** Letters a rule's entry takes off (nspell keeps a suffix's strip as a RegExp `strip$`, a prefix's as a string). */
function stripOf(e: Rule['entries'][number]): number {
  const r = e.remove;
  return r === undefined || r === '' ? 0 : typeof r === 'string' ? r.length : r.source.length - 1;
}

/** Groups a bucket's lines (see DicBucket); `fold` folds a stem as the index does. */
export function dicBucket(lines: readonly string[], fold: (stem: string) => string, bounds: (flags: string) => AffixBounds): DicBucket {
  const byHead = new Map<string, number[]>();
  const longest = new Int32Array(lines.length);
  const byStem = new Map<string, string[]>();
  let longestHead = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const slash = line.indexOf('/');
    const raw = slash < 0 ? line : line.slice(0, slash);
    const stem = fold(raw);
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    const written = raw.trim();
    const same = byStem.get(written);
    if (same) same.push(flags);
    else byStem.set(written, [flags]);
    // (a line without flags too: with input conversions its word may be asked in another spelling)
    const { longer, eaten } = bounds(flags);
    const head = stem.slice(0, Math.max(3, stem.length - eaten));
    const list = byHead.get(head);
    if (list) list.push(i);
    else byHead.set(head, [i]);
    if (head.length > longestHead) longestHead = head.length;
    longest[i] = Math.min(UNBOUNDED, raw.length + longer);
  }
  return { byHead, longest, longestHead, byStem };
}

/** The positions, in bucket order, of the lines that could spell `word` (`folded` is it folded). */
export function linesFor(bucket: DicBucket, word: string, folded: string): number[] {
  const found: number[] = [];
  // (a word's beginnings up to the longest head only: a word of thousands of letters is not sliced and hashed at each)
  const most = Math.min(folded.length, bucket.longestHead);
  for (let n = 0; n <= most; n++) {
    const list = bucket.byHead.get(folded.slice(0, n));
    if (list) for (const i of list) if ((bucket.longest[i] as number) >= word.length) found.push(i);
  }
  return found.sort((a, b) => a - b);
}

/**
 * Every line of a .dic by its stem, as nspell reads a line without "#" or "\" (affix-lookup.ts): the stem
 * before the slash, trimmed → the flags after it, trimmed, one line's after another with '\n' between.
 * Lines that begin with a tab are comments (nspell skips them), and so is the first line (the count).
 */
export function linesByStem(dic: string): Map<string, string> {
  const byStem = new Map<string, string>();
  forEachDicLine(dic, (at, end) => {
    let slash = dic.indexOf('/', at);
    if (slash > end) slash = -1;
    const stem = dic.slice(at, slash < 0 ? end : slash).trim();
    const flags = slash < 0 ? '' : dic.slice(slash + 1, end).trim();
    if (stem !== '') {
      const same = byStem.get(stem);
      byStem.set(stem, same === undefined ? flags : `${same}\n${flags}`);
    }
  });
  return byStem;
}

/**
 * Calls `line(at, end)` with the offsets of each line of a .dic that is an entry: not the first (the
 * count), not empty, not one that begins with a tab (a comment, which nspell skips). Makes no slices.
 */
export function forEachDicLine(dic: string, line: (at: number, end: number) => void): void {
  let at = dic.indexOf('\n') + 1;
  while (at > 0 && at < dic.length) {
    let end = dic.indexOf('\n', at);
    if (end < 0) end = dic.length;
    if (end > at && dic.charCodeAt(at) !== 9) line(at, end);
    at = end + 1;
  }
}
