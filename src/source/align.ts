/**
 * Length-based sentence alignment (Gale & Church 1993) with anchors, by dynamic programming in a band
 * around the diagonal, so time and memory are linear in the number of sentences.
 *
 * No npm package aligns sentences of two languages (the registry has forced aligners for audio and
 * bioinformatics aligners, nothing like hunalign or Bleualign), so this is written here: it is short.
 */
import { anchorAgreement, anchorTable, hasAnchors, type AnchorTable } from './anchor-agreement.js';
import { lengthFloor, lengthProbability } from './length-cost.js';

/** What the aligner knows of one sentence. */
export interface AlignItem {
  /** Characters, spaces left out. */
  length: number;
  /** Language-neutral tokens both sides share when they say the same: digit strings, name keys, quotes. */
  anchors: readonly string[];
  /** The first sentence of a paragraph. */
  paragraphStart: boolean;
}

/** A bead: `source` sentences [s0, s1) aligned with `target` sentences [t0, t1). */
export interface Bead {
  s0: number;
  s1: number;
  t0: number;
  t1: number;
  /** 0..1: how sure the aligner is that these sentences translate each other. */
  confidence: number;
}

/** Documents with more sentences than this on either side are not aligned. */
export const MAX_SENTENCES = 10_000;
/** Half-width of the band around the diagonal, at most. */
export const MAX_BAND = 100;

// Gale & Church's priors for the kinds of bead; 2-2 left out.
const MOVES: readonly [number, number, number][] = [
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.005)],
  [0, 1, -Math.log(0.005)],
  [2, 1, -Math.log(0.045)],
  [1, 2, -Math.log(0.045)],
];
const MOVE_I = MOVES.map((x) => x[0]);
const MOVE_J = MOVES.map((x) => x[1]);
const MOVE_PRIOR = MOVES.map((x) => x[2]);
/** The order alignSentences tries the moves in (indexes into MOVES): 1-0, 0-1, 1-1, 2-1, 1-2. */
const ORDER = [1, 2, 0, 3, 4];
/**
 * The least beadCost can be: the length term is >= 0 (a probability <= 1), anchors take off 2 at most,
 * a shared paragraph start 0.5.
 */
const MIN_BEAD_COST = -2.5;

export function alignSentences(source: readonly AlignItem[], target: readonly AlignItem[]): Bead[] {
  const n = source.length;
  const m = target.length;
  if (n === 0 || m === 0 || n > MAX_SENTENCES || m > MAX_SENTENCES) return [];
  const sum = (xs: readonly AlignItem[]) => xs.reduce((a, x) => a + x.length, 0);
  const ratio = sum(target) / Math.max(1, sum(source));
  const ctx = costContext(source, target, ratio);
  // wide enough for the difference in sentence counts and some drift either way
  const w = Math.min(MAX_BAND, 10 + Math.abs(n - m) + Math.ceil(0.03 * Math.max(n, m)));
  const width = 2 * w + 1;
  // each row's centre, once (the cell (i, j) is at i * width + j - centres[i] + w)
  const centres = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) centres[i] = Math.round((i * m) / n);
  const centre = (i: number) => centres[i] as number;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  const at = (i: number, j: number) => {
    const k = j - centre(i) + w;
    return k >= 0 && k < width && j >= 0 && j <= m ? i * width + k : -1;
  };
  // Speed: a bead that leaves a sentence out (1-0, 0-1) costs its length term alone, which depends on
  // that one sentence: worked out once per sentence here instead of at every cell of the band
  const dropSource = new Float64Array(n), dropTarget = new Float64Array(m);
  for (let i = 0; i < n; i++) dropSource[i] = beadCost(ctx, i, i + 1, 0, 0);
  for (let j = 0; j < m; j++) dropTarget[j] = beadCost(ctx, 0, 0, j, j + 1);
  const io = ctx.io;
  cost[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const c = centres[i] as number;
    for (let j = Math.max(0, c - w); j <= Math.min(m, c + w); j++) {
      const here = i * width + j - c + w;
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let move = -1;
      // Speed: the moves are tried in the order of ORDER, the two that leave a sentence out (a look-up in
      // dropSource/dropTarget) first, so that the 1-1 bead meets a finite `best` and its length term is
      // skipped where it cannot win (beadCost). The choice is the one trying MOVES in their own order
      // gives: the least total, and on a tie the move listed first in MOVES, which is why the 1-1 move
      // (listed first) also wins a tie with a move tried before it (`tie`).
      for (let o = 0; o < ORDER.length; o++) {
        const k = ORDER[o] as number;
        const tie = k === 0;
        const di = MOVE_I[k] as number, dj = MOVE_J[k] as number;
        if (i < di || j < dj) continue;
        // at(i - di, j - dj), inline: the cell's column in the band of row i - di
        const col = j - dj - (centres[i - di] as number) + w;
        if (col < 0 || col >= width) continue;
        const from = (i - di) * width + col;
        if (cost[from] === Infinity) continue;
        const base = (cost[from] as number) + (MOVE_PRIOR[k] as number);
        // cheap rejection: a bead costs at least MIN_BEAD_COST, so a move that cannot beat the best even
        // so is not costed (floating-point addition is monotonic: the choice is the same as without)
        if (tie ? base + MIN_BEAD_COST > best : base + MIN_BEAD_COST >= best) continue;
        let bead: number;
        if (dj === 0) bead = dropSource[i - 1] as number;
        else if (di === 0) bead = dropTarget[j - 1] as number;
        else {
          io[0] = base;
          io[1] = best;
          beadCostInto(ctx, i - di, i, j - dj, j, tie);
          bead = io[2] as number;
        }
        const total = base + bead;
        if (total < best || (tie && total === best && total !== Infinity)) {
          best = total;
          move = k;
        }
      }
      cost[here] = best;
      back[here] = move;
    }
  }
  if (at(n, m) < 0 || cost[at(n, m)] === Infinity) return [];
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [di, dj] = MOVES[back[at(i, j)] as number] as [number, number, number];
    beads.push({ s0: i - di, s1: i, t0: j - dj, t1: j, confidence: 0 });
    i -= di;
    j -= dj;
  }
  beads.reverse();
  rate(beads, ctx);
  return beads;
}

interface CostContext {
  src: readonly AlignItem[];
  tgt: readonly AlignItem[];
  ratio: number;
  /** Prefix sums of sentence lengths: the length of sentences [a, b) is pre[b] - pre[a]. */
  srcPre: Float64Array;
  tgtPre: Float64Array;
  anchors: AnchorTable;
  /** beadCostInto's `base` and `best` in, its cost out (see there). */
  io: Float64Array;
}

function costContext(src: readonly AlignItem[], tgt: readonly AlignItem[], ratio: number): CostContext {
  const prefix = (xs: readonly AlignItem[]) => {
    const pre = new Float64Array(xs.length + 1);
    for (let k = 0; k < xs.length; k++) pre[k + 1] = (pre[k] as number) + (xs[k] as AlignItem).length;
    return pre;
  };
  return { src, tgt, ratio, srcPre: prefix(src), tgtPre: prefix(tgt), anchors: anchorTable(src, tgt), io: new Float64Array(3) };
}

/** The cost of a bead (beadCostInto with nothing to beat). */
function beadCost(c: CostContext, s0: number, s1: number, t0: number, t1: number): number {
  c.io[0] = 0;
  c.io[1] = Infinity;
  beadCostInto(c, s0, s1, t0, t1, false);
  return c.io[2] as number;
}

/**
 * The cost of a bead, into c.io[2]; Infinity when, added to `base` (c.io[0]), it cannot be under `best`
 * (c.io[1]; with `tie`, cannot be under or equal to it): then the caller would not choose it anyway.
 * Speed: the numbers go in and out through a Float64Array. This function is too large for V8 to inline,
 * and a floating-point number passed to or returned from a call that is not inlined is boxed, a new heap
 * object each time: that was most of what the alignment allocated (some 170 KB for a 5 KB story).
 */
function beadCostInto(c: CostContext, s0: number, s1: number, t0: number, t1: number, tie: boolean): void {
  const { src, tgt } = c;
  const base = c.io[0] as number, best = c.io[1] as number;
  const l1 = (c.srcPre[s1] as number) - (c.srcPre[s0] as number);
  const l2 = (c.tgtPre[t1] as number) - (c.tgtPre[t0] as number);
  if (!(s1 > s0 && t1 > t0)) {
    c.io[2] = -Math.log(Math.max(lengthProbability(l1, l2, c.ratio), 1e-12));
    return;
  }
  // paragraphs start together; a bead that runs over a paragraph start costs more
  const ps = (src[s0] as AlignItem).paragraphStart, pt = (tgt[t0] as AlignItem).paragraphStart;
  const paragraph = ps && pt ? -0.5 : ps !== pt ? 0.5 : 0;
  let over = 0;
  for (let k = s0 + 1; k < s1; k++) if ((src[k] as AlignItem).paragraphStart) over++;
  for (let k = t0 + 1; k < t1; k++) if ((tgt[k] as AlignItem).paragraphStart) over++;
  // Speed: the length term (an exponential and a logarithm) is at least lengthFloor (a division), and
  // the other terms are added to it in the same order either way, so when they and that floor cannot
  // beat `best` the bead cannot either (floating-point addition is monotonic) and the length term is
  // not worked out. The anchors' term is at least -2 (all agree) where both sides have anchors, and
  // nothing where one has none (anchorAgreement -1): with that in its place the sum is no more than the
  // bead's floor, so a bead it rules out is ruled out without comparing anchors
  const floor = lengthFloor(l1, l2, c.ratio);
  const anchored = hasAnchors(c.anchors, s0, s1, t0, t1);
  const bound = base + addTerms(floor, anchored ? 1 : -1, paragraph, over);
  if (tie ? bound > best : bound >= best) {
    c.io[2] = Infinity;
    return;
  }
  const agreement = anchored ? anchorAgreement(c.anchors, s0, s1, t0, t1) : -1;
  const least = base + addTerms(floor, agreement, paragraph, over);
  c.io[2] = (tie ? least > best : least >= best) ? Infinity : addTerms(-Math.log(Math.max(lengthProbability(l1, l2, c.ratio), 1e-12)), agreement, paragraph, over);
}

/** `cost` with the anchor, paragraph and paragraphs-crossed terms added, in that order. */
function addTerms(cost: number, agreement: number, paragraph: number, over: number): number {
  if (agreement >= 0) cost += 2 - 4 * agreement;
  if (paragraph !== 0) cost += paragraph;
  for (let k = 0; k < over; k++) cost += 1;
  return cost;
}

/**
 * A bead's confidence: 0 for an unpaired sentence; otherwise its kind (1-1 over 2-1), how well the
 * lengths agree, whether the anchors agree (neutral when there are none, or when they disagree in a
 * paragraph of one sentence paired with one), and whether its neighbours are paired too (an alignment that skips sentences nearby is less sure here as well).
 */
function rate(beads: Bead[], c: CostContext): void {
  const { src, tgt, ratio } = c;
  const paired = beads.map((b) => b.s1 > b.s0 && b.t1 > b.t0);
  beads.forEach((b, k) => {
    if (!paired[k]) return;
    let l1 = 0, l2 = 0;
    for (let x = b.s0; x < b.s1; x++) l1 += (src[x] as AlignItem).length;
    for (let x = b.t0; x < b.t1; x++) l2 += (tgt[x] as AlignItem).length;
    const lengthScore = Math.min(1, lengthProbability(l1, l2, ratio) / 0.2);
    const agreement = anchorAgreement(c.anchors, b.s0, b.s1, b.t0, b.t1);
    let anchorScore = agreement < 0 ? 0.6 : Math.min(1, agreement / 0.6);
    // a paragraph of one sentence on each side: the documents' layout pairs them, so anchors that disagree
    // (a number or a name the translation got wrong, which is what the rules look for) make the pair no
    // less sure than a pair without anchors
    if (wholeParagraph(src, b.s0, b.s1) && wholeParagraph(tgt, b.t0, b.t1)) anchorScore = Math.max(anchorScore, 0.6);
    let near = 0, count = 0;
    for (let d = -2; d <= 2; d++) {
      if (d === 0 || k + d < 0 || k + d >= beads.length) continue;
      count++;
      if (paired[k + d]) near++;
    }
    const context = count === 0 ? 1 : near / count;
    const kind = b.s1 - b.s0 === 1 && b.t1 - b.t0 === 1 ? 1 : 0.85;
    b.confidence = kind * (0.3 * lengthScore + 0.3 * anchorScore + 0.4 * context);
  });
}

/** Sentences [from, to) are one sentence that is a paragraph by itself. */
function wholeParagraph(items: readonly AlignItem[], from: number, to: number): boolean {
  return to - from === 1 && (items[from] as AlignItem).paragraphStart && (to >= items.length || (items[to] as AlignItem).paragraphStart);
}
