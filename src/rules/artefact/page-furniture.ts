import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Rule, RuleContext } from '../types.js';
import { ownControl, type Line } from './page-own.js';

export const meta = {
  id: 'artefact/page-furniture',
  severity: 'warning',
  description:
    'A line that is a leftover of the web page the article was copied from ("Leave a Comment", "Share", "Print"), not ' +
    'part of the story; suggests removing the line. A pointer to another story ("Read also: …") counts among other ' +
    'furniture or after the story, not between two paragraphs, where it is the source\'s own cross-reference. Not read ' +
    'in an application\'s strings or a translation file\'s units (labels, translated as their source says them), nor, ' +
    'in an HTML page, in the text of the page\'s own links, labels, buttons and headings, nor in a Markdown page\'s ' +
    'headings ("See also" over a list of links). A sentence that points elsewhere ("See also the notes.") counts as a ' +
    'pointer to another story.',
  confidence:
    '0.9 for a line made only of known furniture text (0.85 for a single short word such as "Close"); never fires on the ' +
    'same words inside a sentence or on a line that continues a hard-wrapped paragraph.',
  examples: [
    { text: 'The plan was blocked by a judge.\n\nLeave a Comment', flagged: 'Leave a Comment', suggestion: '' },
    { text: 'close\nclose\n\nThe Trump administration weighs migrants', flagged: 'close\nclose\n\n', suggestion: '' },
  ],
} satisfies Rule['meta'];

/**
 * Built-in furniture lines. An entry ending in "..." matches any line that starts with it (whole words).
 * More entries come from corpora/rules/page-furniture.txt.
 */
export const DEFAULT_PAGE_FURNITURE: readonly string[] = [
  'Leave a Comment', 'Leave a reply', 'Close', 'Share', 'Print', 'Email', 'Tweet', 'Comments', 'Comment',
  'Share this article', 'Share this story', 'Share this', 'Share article', 'Share on Facebook', 'Share on X',
  'Share on Twitter', 'Advertisement', 'Advertising', 'Ad', 'Sponsored', 'Read more', 'Read more ...',
  'Read also ...', 'Also read ...', 'See also ...', 'Click here ...', 'Related', 'Related articles',
  'Related content', 'Subscribe', 'Sign up', 'Log in', 'More on this story',
];

export const FURNITURE_FILE = fileURLToPath(new URL('../../../corpora/rules/page-furniture.txt', import.meta.url));

export interface FurnitureList {
  exact: string[][];
  prefixes: string[][];
}

/** Default entries plus the data file's, compiled once per checker (a missing file just adds nothing). */
export function loadFurniture(): FurnitureList {
  let extra: string[] = [];
  try {
    extra = parseFurnitureList(readFileSync(FURNITURE_FILE, 'utf8'));
  } catch {
    extra = [];
  }
  const list: FurnitureList = { exact: [], prefixes: [] };
  for (const entry of [...DEFAULT_PAGE_FURNITURE, ...extra]) {
    const prefix = /(?:\.\.\.|…)$/.test(entry);
    const words = words0(entry.replace(/(?:\.\.\.|…)$/, ''));
    if (words.length > 0) (prefix ? list.prefixes : list.exact).push(words);
  }
  // longest first, so "Share this article" is tried before "Share"
  list.exact.sort((a, b) => b.length - a.length);
  return list;
}

export const prepare = loadFurniture;

/** Entries of a furniture file: one per line, `#` starts a comment. */
export function parseFurnitureList(source: string): string[] {
  return source
    .split(/\r\n|\n|\r/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter((l) => l.length > 0);
}

const SEPARATOR = /^[|•·/–—-]$/;
const COUNTER = /^\(?\d+\)?$/;

function words0(line: string): string[] {
  return line
    .toLowerCase()
    .replace(/[:]\s*$/, '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** True when the whole line is furniture: entries (each optionally followed by a counter) and separators. */
export function isFurnitureLine(line: string, list: FurnitureList): boolean {
  return furnitureKind(line, list) !== undefined;
}

/**
 * What kind of furniture a whole line is: `ui` for the page's own controls ("Share | Print", "Comments
 * 12", "Read more »"), `reference` for a line that points to another story ("Read also: Cognac producers
 * hit by Chinese duties"): the source page carries those too, and a translator translates them, so
 * they count only among other furniture or after the story (see `check`).
 */
export function furnitureKind(line: string, list: FurnitureList): 'ui' | 'reference' | undefined {
  // a line of prose has far more words: counting a few is cheaper than splitting it (words0 can drop
  // one run, a trailing colon, so 22 runs are more than 20 words)
  if (moreRunsThan(line, 21)) return undefined;
  const words = words0(line.trim());
  if (words.length === 0 || words.length > 20) return undefined;
  for (const p of list.prefixes) {
    // "Read also: Cognac producers …": the prefix, then a colon or more words
    const last = p.length - 1;
    if (words.length < p.length) continue;
    // (a sentence after it, "See also the notes.", points the reader elsewhere like a headline does)
    if (p.every((x, k) => words[k] === x || (k === last && words[k] === `${x}:`))) return words.length - p.length > MAX_UI_TAIL || (words.length > p.length && /\p{L}[\s\ufdd0]*[.!?]$/u.test(line.trim())) ? 'reference' : 'ui';
  }
  const ok = new Uint8Array(words.length + 1);
  ok[0] = 1;
  for (let i = 0; i < words.length; i++) {
    if (!ok[i]) continue;
    const w = words[i] as string;
    if (i > 0 && (SEPARATOR.test(w) || COUNTER.test(w))) {
      ok[i + 1] = 1;
      continue;
    }
    for (const e of list.exact) {
      if (e.length > words.length - i) continue;
      if (e.every((x, k) => x === words[i + k])) ok[i + e.length] = 1;
    }
  }
  return ok[words.length] === 1 ? 'ui' : undefined;
}

/** Words after a prefix entry that still make a control ("Click here to subscribe"), not a headline. */
const MAX_UI_TAIL = 2;

/** The line has more than n runs of non-white-space characters (stops counting there). */
function moreRunsThan(line: string, n: number): boolean {
  let count = 0;
  let inRun = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
    if (!space && !inRun && ++count > n) return true;
    inRun = !space;
  }
  return false;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  // within the segment only: a minified file of many segments on one line would be quadratic otherwise
  const slice = text.slice(from, to);
  const re = /\r\n|\n|\r/g;
  let start = from;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    lines.push({ start, end: from + m.index, next: from + m.index + m[0].length });
    start = from + m.index + m[0].length;
  }
  lines.push({ start, end: to, next: to });
  return lines;
}

// A long line without final punctuation before a one-word line is a hard-wrapped paragraph ("its market\nshare").
const WRAPPED = 40;

export function check(ctx: RuleContext, list: FurnitureList): void {
  // an application's strings (PO, XLIFF and JSON resources) are labels such as "Close" or "Print", not a story's furniture;
  // so are the units of any translation file ("See also", "Back To Top" of a page put into XLIFF): a unit
  // is what its source says, furniture and all, and one of them alone is no story with the page left on it
  if (ctx.doc.kind === 'strings' || (ctx.doc.units?.length ?? 0) > 0) return;
  const { text } = ctx;
  // every segment's lines first: the story's last line is the document's (an HTML page makes a segment of
  // each paragraph, where a pointer "See also the notes." between two paragraphs is no line after the story)
  const parts = ctx.doc.segments.map((seg) => {
    const lines = linesOf(text, seg.start, seg.end);
    const blank = lines.map((l) => text.slice(l.start, l.end).trim() === '');
    const kinds: ('ui' | 'reference' | undefined)[] = [];
    lines.forEach((l, i) => {
      const kind = blank[i] ? undefined : furnitureKind(text.slice(l.start, l.end), list);
      // a line of furniture after a long line of the story may be the end of a hard-wrapped sentence
      const prev = kind && i > 0 && !blank[i - 1] && !kinds[i - 1] ? text.slice((lines[i - 1] as Line).start, (lines[i - 1] as Line).end).trim() : '';
      kinds.push(prev.length > WRAPPED && !/[.!?:"”’)]$/.test(prev) ? undefined : kind);
    });
    return { lines, blank, kinds };
  });
  let storyEnd = -1;
  for (const { lines, blank, kinds } of parts) lines.forEach((l, i) => {
    if (!blank[i] && !kinds[i]) storyEnd = Math.max(storyEnd, l.start);
  });
  for (const { lines, blank, kinds } of parts) {
    const isFurn = kinds.map((k, i) => k === 'ui' || (k === 'reference' && ((lines[i] as Line).start > storyEnd || amongFurniture(kinds, blank, i))));
    for (let i = 0; i < lines.length; i++) {
      if (!isFurn[i] || ownControl(ctx, lines[i] as Line, (l) => furnitureKind(l, list) !== undefined)) continue;
      // one finding for a run of furniture lines, blank lines between them included
      let j = i;
      for (let k = i + 1; k < lines.length && (isFurn[k] || blank[k]); k++) if (isFurn[k]) j = k;
      report(ctx, lines, blank, i, j);
      i = j;
    }
  }
}

/**
 * A pointer to another story is furniture next to the page's controls ("Leave a Comment" then "Read
 * also: …"; the caller also takes those after the story's last line); between two paragraphs of the
 * story it is the source's own cross-reference, which the translation renders faithfully.
 */
function amongFurniture(kinds: readonly ('ui' | 'reference' | undefined)[], blank: readonly boolean[], i: number): boolean {
  // the nearest non-blank line that way: blank runs are short, and a run of references stops it
  const near = (step: number): 'ui' | 'reference' | undefined => {
    let k = i + step;
    while (k >= 0 && k < kinds.length && blank[k]) k += step;
    return kinds[k];
  };
  return near(1) === 'ui' || near(-1) === 'ui';
}

function report(ctx: RuleContext, lines: Line[], blank: boolean[], first: number, last: number): void {
  let after = last + 1;
  while (after < lines.length && blank[after]) after++;
  let start = (lines[first] as Line).start;
  let end: number;
  if (after < lines.length) end = (lines[after] as Line).start;
  else {
    // last thing in the text: take the line breaks before it instead, keeping the text's final line break
    end = (lines[last] as Line).end;
    let before = first - 1;
    while (before >= 0 && blank[before]) before--;
    if (before >= 0) start = (lines[before] as Line).end;
    else end = (lines[lines.length - 1] as Line).end;
  }
  const shown = ctx.text
    .slice((lines[first] as Line).start, (lines[last] as Line).end)
    .trim()
    .replace(/\s*(?:\r\n|\n|\r)\s*/g, ' / ');
  const single = first === last && !/\s/.test(shown);
  const confidence = single ? 0.85 : 0.9;
  ctx.report({
    start,
    end,
    message: `"${shown}" is left over from the web page, not part of the story: remove the line`,
    confidence,
    suggestions: [{ text: '', confidence }],
    autofix: true,
  });
}

export default { meta, prepare, check } satisfies Rule<FurnitureList>;
