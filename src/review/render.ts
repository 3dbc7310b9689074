import { createColors } from 'picocolors';
import type { Finding } from '../findings/finding.js';
import { phraseDiff, replacementLabel } from '../fix/phrases.js';
import { replacement } from '../reports/word-diff.js';
import { printable } from '../reports/shared/text.js';
import { oneLine } from '../io/errors.js';
import type { DecisionCounts, ReviewItem } from './session.js';

/** The `?` answer, in the style of `git add -p`. */
export const REVIEW_HELP = [
  'y - apply this change',
  'n - do not apply this change',
  'e - type your own replacement for the flagged text (one line)',
  's - skip: leave this change undecided',
  'q - quit; the changes accepted so far are written',
  '? - print help',
].join('\n') + '\n';

/** The question asked for each change. */
export function questionText(index: number, total: number): string {
  return `(${index + 1}/${total}) Apply this change [y,n,e,s,q,?]? `;
}

const SENTENCE_REACH = 2_000;

/** Where to show a change: the sentence (or sentences) holding it, within its line or lines. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  // within SENTENCE_REACH characters of the change: a line of a machine-made file may be megabytes long,
  // and the segmenter's time grows faster than the text it is given
  const reachFrom = Math.max(0, start - SENTENCE_REACH);
  const lineStart = reachFrom + text.slice(reachFrom, start).lastIndexOf('\n') + 1;
  const reachTo = Math.min(text.length, Math.max(end, start) + SENTENCE_REACH);
  const nl = text.slice(0, reachTo).indexOf('\n', Math.max(end, start));
  const lineEnd = nl < 0 ? reachTo : nl;
  let from = lineStart;
  let to = lineEnd;
  // Unicode sentence boundaries (UAX #29) from the runtime's ICU, not a hand-made splitter
  const segments = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text.slice(lineStart, lineEnd));
  for (const s of segments) {
    const sStart = lineStart + s.index;
    const sEnd = sStart + s.segment.length;
    if (sEnd <= start && sEnd < lineEnd) from = sEnd;
    if (sStart >= Math.max(end, start + 1) && sStart < to) to = sStart;
  }
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > Math.max(end, from) && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** Shown text: control characters neutralised (wire copy may hold escape sequences), no CR before LF. */
const shown = (t: string) => printable(t.replace(/\r\n/g, '\n'));
const flat = (t: string) => printable(t.replace(/\s*[\r\n]\s*/g, ' '));
const indent = (t: string) => `  ${t.replace(/\n/g, '\n  ')}`;

/**
 * One change as the reviewer sees it: where it is and which rule says so, the message, the sentence
 * with the flagged text highlighted, and the same sentence with the change phrase by phrase (struck out
 * → replacement). Without colours, `»…«` marks the flagged text and `[-…-]{+…+}` the change, as in
 * `git diff --word-diff`.
 */
export function renderItem(path: string, source: string, item: ReviewItem, color: boolean): string {
  const c = createColors(color);
  const f = item.finding;
  const { start, end } = item.edit;
  const around = sentenceAround(source, start, end);
  const before = source.slice(around.start, start);
  const after = source.slice(end, around.end);
  const flagged = source.slice(start, end);
  const mark = color ? c.inverse(c.yellow(shown(flagged))) : `»${shown(flagged)}«`;
  const words = phraseDiff(before + flagged + after, before + item.edit.text + after)
    .map((p) => {
      if ('same' in p) return shown(p.same);
      if (color) return replacement(c, shown(p.removed), shown(p.added));
      return (p.removed === '' ? '' : `[-${shown(p.removed)}-]`) + (p.added === '' ? '' : `{+${shown(p.added)}+}`);
    })
    .join('');
  const sev = f.severity === 'error' ? c.red(f.severity) : f.severity === 'warning' ? c.yellow(f.severity) : c.blue(f.severity);
  const where = `${path}:${f.range.start.line}:${f.range.start.column}`;
  const suggestion = item.edit.text === '' ? c.dim(replacementLabel('')) : printable(item.edit.text);
  return [
    '',
    // a file name with a line break or an escape sequence in it is written as one line, as check's reports write it
    `${c.bold(oneLine(where))}  ${sev}  ${c.dim(printable(f.ruleId))}  ${c.dim(`confidence ${f.confidence.toFixed(2)}`)}`,
    printable(f.message),
    indent(shown(before) + mark + shown(after)),
    indent(words),
    `${c.dim('suggestion:')} ${suggestion}`,
    '',
  ].join('\n');
}

/** The prompt for `e`. */
export function replacementPrompt(item: ReviewItem): string {
  return `Replace "${printable(item.finding.text)}" with (one line; an empty line goes back): `;
}

export function overlapNote(item: ReviewItem, earlier: ReviewItem): string {
  const at = (i: ReviewItem) => `${i.finding.range.start.line}:${i.finding.range.start.column}`;
  return `note: skipped "${printable(item.finding.text)}" at ${at(item)}: it overlaps the change accepted at ${at(earlier)}\n`;
}

/**
 * A suggestion that is not offered because the text it would replace holds markup (`editable: false`):
 * it is shown, for the reviewer to make by hand.
 */
export function notOfferedNote(path: string, f: Finding): string {
  const best = f.suggestions[0];
  const what = best ? ` → ${best.text === '' ? replacementLabel('') : `"${flat(best.text)}"`}` : '';
  return `note: not offered: ${oneLine(`${path}:${f.range.start.line}:${f.range.start.column}`)} "${flat(f.text)}"${what} (${printable(f.ruleId)}): the text holds markup that the change would delete; edit it by hand\n`;
}

/** "2 accepted, 1 edited, 1 rejected, 3 skipped". */
export function summaryLine(counts: DecisionCounts): string {
  return `${counts.accepted} accepted, ${counts.edited} edited, ${counts.rejected} rejected, ${counts.skipped} skipped`;
}

/** A unified diff with removed lines red and added lines green (file headers bold). */
export function colorDiff(diff: string, color: boolean): string {
  if (!color) return diff;
  const c = createColors(true);
  return diff
    .split('\n')
    .map((l) => (/^(---|\+\+\+) /.test(l) ? c.bold(l) : l.startsWith('@@') ? c.cyan(l) : l.startsWith('-') ? c.red(l) : l.startsWith('+') ? c.green(l) : l))
    .join('\n');
}
