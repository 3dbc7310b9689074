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
function changedRun(out: LineChange[], olds: readonly string[], news: readonly string[]): void {
  const parts = olds.length > 0 && news.length > 0 ? diffLines(olds.join(''), news.join(''), { maxEditLength: MAX_EDITS }) : undefined;
  if (!parts) {
    push(out, olds, 'removed');
    push(out, news, 'added');
    return;
  }
  for (const p of parts) push(out, splitLines(p.value), p.added ? 'added' : p.removed ? 'removed' : 'same');
}

/**
 * The line diff of two texts, linear in their length: the lines both share at the start and the end are
 * left out, and when the rest has as many lines on both sides (fixes edit in place: a line stays a line)
 * line k is compared with line k, so only the runs of changed lines are diffed, each on its own. Gives the
 * parts diffLines gives for ordinary edits; see {@link MAX_EDITS} for the rest.
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
  if (am.length !== bm.length) changedRun(out, am, bm);
  else {
    for (let i = 0; i < am.length; ) {
      const start = i;
      if (am[i] === bm[i]) {
        while (i < am.length && am[i] === bm[i]) i++;
        push(out, am.slice(start, i), 'same');
      } else {
        while (i < am.length && am[i] !== bm[i]) i++;
        changedRun(out, am.slice(start, i), bm.slice(start, i));
      }
    }
  }
  push(out, a.slice(a.length - tail), 'same');
  return out;
}
