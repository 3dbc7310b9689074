import type { OriginalLang } from './lang-data.js';

export interface Span {
  start: number;
  end: number;
}

/** Source sentences and the target sentences that translate them. */
export interface AlignedPair {
  /** In the original's text. */
  source: Span;
  /** In the checked document's text. */
  target: Span;
  /** 0..1 (see align.ts); rules leave pairs under MIN_PAIR_CONFIDENCE alone. */
  confidence: number;
}

/**
 * What a check returns of the alignment (`CheckResult.alignment`): the original's language and the
 * sentence pairs, `source` offsets into the original's text and `target` offsets into the document's.
 * Pairs under MIN_PAIR_CONFIDENCE are unsure: the source rules leave them alone, the review page greys them.
 */
export interface Alignment {
  lang: OriginalLang;
  pairs: AlignedPair[];
}

/** The original of a checked document, aligned with it sentence by sentence. */
export interface AlignedSource {
  lang: OriginalLang;
  /** The original's text (offsets of `pairs[].source` point into it). */
  text: string;
  path?: string;
  /** In document order; sentences that only one side has are not in it. */
  pairs: readonly AlignedPair[];
  /** What the source rules work out per pair (names, numbers), kept for this check so each is done once. */
  readonly memo: Map<string, unknown>;
}

/** `make()`, once per check and key (see AlignedSource.memo). */
export function remember<T>(src: AlignedSource, key: string, make: () => T): T {
  if (src.memo.has(key)) return src.memo.get(key) as T;
  const value = make();
  src.memo.set(key, value);
  return value;
}

/**
 * `make()`, once per check, kind and pair `k`. Speed: the rules ask for the same pair's data many times
 * (each pair and its neighbours), and a key built as `${kind}:${k}` was a new string to hash at every
 * question; here `kind` is a constant of the caller and `k` indexes an array kept under it.
 */
export function rememberAt<T>(src: AlignedSource, kind: string, k: number, make: () => T): T {
  let list = src.memo.get(kind) as (T | undefined)[] | undefined;
  if (list === undefined) {
    list = new Array<T | undefined>(src.pairs.length);
    src.memo.set(kind, list);
  }
  let value = list[k];
  if (value === undefined) list[k] = value = make();
  return value;
}

/** The pairs from `radius` before `k` to `radius` after, as indexes. */
export function around(src: AlignedSource, k: number, radius: number): number[] {
  const out: number[] = [];
  for (let x = Math.max(0, k - radius); x <= Math.min(src.pairs.length - 1, k + radius); x++) out.push(x);
  return out;
}

/** Rules stay silent on pairs aligned with less confidence than this. */
export const MIN_PAIR_CONFIDENCE = 0.5;

/** Target text from the pair `radius` before `k` to the one `radius` after: where a translation may have moved a word. */
export function targetWindow(src: AlignedSource, k: number, radius = 1): Span {
  return window(src, k, radius, 'target');
}

export function sourceWindow(src: AlignedSource, k: number, radius = 1): Span {
  return window(src, k, radius, 'source');
}

function window(src: AlignedSource, k: number, radius: number, side: 'source' | 'target'): Span {
  const first = src.pairs[Math.max(0, k - radius)] as AlignedPair;
  const last = src.pairs[Math.min(src.pairs.length - 1, k + radius)] as AlignedPair;
  return { start: first[side].start, end: last[side].end };
}

/** The pairs whose target lies in [base, end), moved to offsets from `base` (a part of a large document). */
export function slicePairs(src: AlignedSource, base: number, end: number): AlignedSource {
  const pairs = src.pairs
    .filter((p) => p.target.start >= base && p.target.end <= end)
    .map((p) => ({ ...p, target: { start: p.target.start - base, end: p.target.end - base } }));
  return { ...src, pairs, memo: new Map() };
}

/** The alignment as a check returns it (plain data: no text, no memo). */
export function alignmentOf(src: AlignedSource): Alignment {
  return { lang: src.lang, pairs: src.pairs.map((p) => ({ source: { ...p.source }, target: { ...p.target }, confidence: p.confidence })) };
}
