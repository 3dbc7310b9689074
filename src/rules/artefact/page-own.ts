import type { LineIndex } from '../../document/line-index.js';
import type { RuleContext } from '../types.js';

/** A line of a segment (artefact/page-furniture). */
export interface Line {
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  /** Start of the next line (after the line break). */
  next: number;
}

/**
 * Elements of an HTML page whose text is one of the page's own controls (a link, a label, a button) or
 * headings ("See also" over a list of links in a manual, a table's header).
 */
const CONTROLS = new Set(['a', 'label', 'button', 'option', 'summary', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'caption', 'dt', 'legend', 'figcaption']);

/**
 * In an HTML page, the line is the text of one of the page's controls or headings (`<a href="login">Log
 * in</a>`, `<label>Email:</label>`, `<h2>See also</h2>`); in a Markdown page, a heading (`## See also`, or
 * a line underlined with `---`): the page's own, where it belongs, not furniture left in a story copied
 * from it. Read in the file: the tags just before the line's first character, or the line's own syntax. In any
 * marked-up file, a line that goes on in code the prose view leaves out (goesOnInCode) is the page's own too.
 */
export function ownControl(ctx: RuleContext, line: Line, isFurniture: (line: string) => boolean): boolean {
  const file = ctx.doc.text;
  if (ctx.doc.prose !== undefined && goesOnInCode(ctx, line)) return true;
  // (from the start of the file's line: a segment may begin after the heading's marks)
  const from = Math.max(file.lastIndexOf('\n', line.start - 1), file.lastIndexOf('\r', line.start - 1)) + 1;
  if (ctx.doc.format === 'markdown') return markdownOwn(file, ctx.doc.lines, from, line, isFurniture);
  if (ctx.doc.format !== 'html') return false;
  let i = line.start;
  while (i < line.end && /\s/.test(ctx.text.charAt(i))) i++;
  // the opening tags right before the text (`<th><p>See also`), at most a few
  for (let tags = 0; tags < 4; tags++) {
    let k = i - 1;
    while (k >= 0 && /\s/.test(file.charAt(k))) k--;
    if (file.charAt(k) !== '>') return false;
    const open = file.lastIndexOf('<', k);
    const name = /^<([A-Za-z][\w-]*)/.exec(file.slice(open, k + 1))?.[1]?.toLowerCase();
    if (name === undefined) return false;
    if (CONTROLS.has(name)) return true;
    i = open;
  }
  return false;
}

/**
 * The line's words are followed, on the line, by text the prose view leaves out: code, a name in `<code>`
 * ("See also <code>fs.open()</code>", "See also `cork()`"), so the words point to it, as a manual's pages do;
 * tags, escapes and emphasis marks alone are not that.
 */
function goesOnInCode(ctx: RuleContext, line: Line): boolean {
  const file = ctx.doc.text;
  // to the end of the file's line (a segment may end before code that ends its line), at most a few lines' worth
  const stop = Math.min(file.length, line.start + SCAN);
  let end = line.end;
  while (end < stop && file.charCodeAt(end) !== 10 && file.charCodeAt(end) !== 13) end++;
  // each run of the prose view's blanks there, read in the file without its tags and escapes
  for (let i = line.start; i < end; ) {
    if (!BLANK.test(ctx.text.charAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < end && BLANK.test(ctx.text.charAt(j))) j++;
    if (/[\p{L}\p{N}]/u.test(file.slice(i, j).replace(/<[^>]*>/g, '').replace(/&#?\w+;/g, ''))) return true;
    i = j;
  }
  return false;
}

/** Where the prose view blanks what it leaves out; and how far goesOnInCode reads. */
const BLANK = /[\s\ufdd0]/;
const SCAN = 2_000;

/** A list item's marker at the start of a line of a Markdown file, after its indent. */
const ITEM = /^[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+/;

/**
 * In a Markdown page, the line (starting at `from` in the file) is the page's own: a heading (`## Related`, or a
 * line underlined with `---`); the text of a link (`[Related](#related)`, a table of contents' entry: HTML's `<a>`
 * likewise); a table cell (`| xml-comment-close | comment close |`); or an item of a list whose item before or
 * after it is no furniture ("- string", "- comment", "- regex": a list of the things it names, where a copied
 * page's menu is a list of controls only).
 */
function markdownOwn(file: string, lines: LineIndex, from: number, line: Line, isFurniture: (line: string) => boolean): boolean {
  if (/^ {0,3}#{1,6}[ \t]/.test(file.slice(from, line.end)) || /^(?:\r?\n|\r) {0,3}(?:=+|-+)[ \t]*(?:\r?\n|\r|$)/.test(file.slice(line.end, line.end + 200))) return true;
  let a = line.start;
  let z = line.end;
  while (a < z && /\s/.test(file.charAt(a))) a++;
  while (z > a && /\s/.test(file.charAt(z - 1))) z--;
  if (file.charAt(a - 1) === '[' && /^\]\s*[([]/.test(file.slice(z, z + 3))) return true;
  // (a cell's text may follow code or markup in the cell: "| `-->` comment close |")
  if (file.slice(from, a).includes('|')) return true;
  const item = ITEM.exec(file.slice(from, a));
  if (!item || item[0].length !== a - from) return false;
  // the file's lines before and after this one (one line each way: an item of a tight list is one line), by the
  // document's line index (LF, CRLF or CR alone)
  const n = lines.position(from).line;
  const lineText = (k: number) => (k < 1 || k > lines.lineCount ? '' : file.slice(lines.lineStart(k), k < lines.lineCount ? lines.lineStart(k + 1) : file.length).replace(/(?:\r\n|\r|\n)$/, ''));
  // another item of the same list: the same bullet, or numbered with the same delimiter, with text that is no furniture
  const kind = (marker: string) => marker.trim().replace(/^\d+/, '1');
  const sibling = (l: string) => {
    const m = ITEM.exec(l);
    const rest = m ? l.slice(m[0].length).replace(/^\[([^\]]*)\]\([^)]*\)\s*$/, '$1') : '';
    return m !== null && kind(m[0]) === kind(item[0]) && /\S/.test(rest) && !isFurniture(rest);
  };
  return sibling(lineText(n - 1)) || sibling(lineText(n + 1));
}
