import { diffLines } from 'diff';

/** One part of a line diff, as the `diff` package's diffLines gives it: whole lines with their breaks. */
export interface LineChange {
  value: string;
  count: number;
  added?: boolean;
  removed?: boolean;
}

/**
 * Most edits the Myers diff is asked for inside one changed run. Beyond it the run is shown as all its
 * old lines removed and all its new lines added, which is what the diff finds anyway when no old line
 * of the run equals a new one; the cap keeps the work linear when every line changed (O(N·D), D ~ N).
 */
const MAX_EDITS = 200;

/** The lines of a text, each with its line break ("\n" or "\r\n"), the last one perhaps without. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    out.push(text.slice(start, i + 1));
    start = i + 1;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

function push(out: LineChange[], lines: readonly string[], kind: 'same' | 'added' | 'removed'): void {
  if (lines.length === 0) return;
  const last = out[out.length - 1];
  const lastKind = last ? (last.added ? 'added' : last.removed ? 'removed' : 'same') : undefined;
  if (last && lastKind === kind) {
    last.value += lines.join('');
    last.count += lines.length;
    return;
  }
  const part: LineChange = { value: lines.join(''), count: lines.length };
  if (kind === 'added') part.added = true;
  if (kind === 'removed') part.removed = true;
  out.push(part);
}

/** A run of lines that differ: diffed by the package while the edits are few, else removed and added whole. */
function changedRun(out: LineChange[], olds: readonly string[], news: readonly string[]): boolean {
  const parts = olds.length > 0 && news.length > 0 ? diffLines(olds.join(''), news.join(''), { maxEditLength: MAX_EDITS }) : undefined;
  if (!parts) {
    push(out, olds, 'removed');
    push(out, news, 'added');
    return olds.length === 0 || news.length === 0;
  }
  for (const p of parts) push(out, splitLines(p.value), p.added ? 'added' : p.removed ? 'removed' : 'same');
  return true;
}

/** Line k against line k: the runs that differ diffed each on its own. */
function pairwise(out: LineChange[], a: readonly string[], b: readonly string[]): void {
  for (let i = 0; i < a.length; ) {
    const start = i;
    const same = a[i] === b[i];
    while (i < a.length && (a[i] === b[i]) === same) i++;
    if (same) push(out, a.slice(start, i), 'same');
    else changedRun(out, a.slice(start, i), b.slice(start, i));
  }
}

/** Where each line found once in `lines` stands (-1 for a line found more than once). */
function once(lines: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  lines.forEach((l, i) => at.set(l, at.has(l) ? -1 : i));
  return at;
}

/**
 * Lines found once on each side, the longest chain of them in the same order on both (patience sorting,
 * n log n): the fixed points between which texts of unequal length are diffed piece by piece.
 */
function anchors(a: readonly string[], b: readonly string[]): [number, number][] {
  const inA = once(a);
  const inB = once(b);
  const pairs: [number, number][] = [];
  a.forEach((l, i) => {
    const j = inB.get(l) ?? -1;
    if (inA.get(l) === i && j >= 0) pairs.push([i, j]);
  });
  const tops: number[] = []; // index into pairs of the smallest last j of a chain of each length
  const back: number[] = [];
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tops[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    back[k] = lo > 0 ? tops[lo - 1]! : -1;
    tops[lo] = k;
  });
  const chain: [number, number][] = [];
  for (let k = tops.length > 0 ? tops[tops.length - 1]! : -1; k >= 0; k = back[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

/** Texts of unequal length: the package's diff while the edits are few, else piece by piece between anchors. */
function unequal(out: LineChange[], a: readonly string[], b: readonly string[]): void {
  const trial: LineChange[] = [];
  if (changedRun(trial, a, b)) {
    for (const p of trial) push(out, splitLines(p.value), p.added ? 'added' : p.removed ? 'removed' : 'same');
    return;
  }
  let i = 0;
  let j = 0;
  for (const [x, y] of [...anchors(a, b), [a.length, b.length] as [number, number]]) {
    const [ga, gb] = [a.slice(i, x), b.slice(j, y)];
    if (ga.length === gb.length) pairwise(out, ga, gb);
    else changedRun(out, ga, gb);
    if (x < a.length) push(out, [a[x]!], 'same');
    [i, j] = [x + 1, y + 1];
  }
}

/**
 * The line diff of two texts, linear in their length: the lines both share at the start and the end are
 * left out, and when the rest has as many lines on both sides (fixes edit in place: a line stays a line)
 * line k is compared with line k, so only the runs of changed lines are diffed, each on its own; when it
 * has not, and the edits are too many for the package, it is split at the lines found once on each side.
 * Gives the parts diffLines gives for ordinary edits. Where lines repeat (blank lines, a sentence written
 * twice), pairing line k with line k can choose another diff than Myers' among those about as short
 * ("-He said it. +He says it." for the first of two equal lines, where diffLines keeps the first and
 * replaces the second): still a patch that `git apply` applies to the same result. See
 * {@link MAX_EDITS} for runs with many edits.
 */
export function lineChanges(original: string, changed: string): LineChange[] {
  const a = splitLines(original);
  const b = splitLines(changed);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: LineChange[] = [];
  push(out, a.slice(0, head), 'same');
  const am = a.slice(head, a.length - tail);
  const bm = b.slice(head, b.length - tail);
  if (am.length === bm.length) pairwise(out, am, bm);
  else unequal(out, am, bm);
  push(out, a.slice(a.length - tail), 'same');
  return out;
}
