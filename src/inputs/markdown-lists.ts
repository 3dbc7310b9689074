/**
 * What markdown-parts.ts needs to know of the top-level lists of a Markdown file, line by line: the
 * list items a line without markers continues by its indent alone (so a fence on such a line is seen in
 * its item, and ends with it), where a new top-level item starts (a place to cut the file), and how often
 * a line ends nested containers while others go on (what makes micromark quadratic, see NESTED_CLOSES).
 */

/** A list marker at column 0 followed by text: a line that starts an item of a top-level list (its bullet or delimiter captured). */
const TOP_ITEM = /^(?:([-+*])|\d{1,9}([.)]))[ \t]+\S/;
/** A top-level item that may interrupt a paragraph: a bullet, or an ordered item from 1, with text. */
const INTERRUPTS = /^(?:[-+*]|1[.)])[ \t]+\S/;
/** An ATX heading, which leaves no paragraph open. */
const HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A thematic break (`* * *`, `- - -`, `___`): never a list item. */
const BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Up to 3 spaces and a list marker, then the spaces of the item's indent (sticky: read at lastIndex). */
const ITEM = / {0,3}(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/y;

/** The column after the leading spaces and tabs of `line` (a tab goes to the next multiple of 4). */
export function indentOf(line: string): number {
  let column = 0;
  for (const c of line) {
    if (c === ' ') column++;
    else if (c === '\t') column += 4 - (column % 4);
    else break;
  }
  return column;
}

/** The index in `line` at which `column` is reached (its leading spaces and tabs passed), or -1 when its text starts before. */
export function offsetOf(line: string, column: number): number {
  let c = 0;
  let k = 0;
  while (c < column && (line[k] === ' ' || line[k] === '\t')) c += line[k++] === '\t' ? 4 - (c % 4) : 1;
  return c < column ? -1 : k;
}

/** The content columns of the list items a line with markers opens at the top level (no block quotes): [] when it has none. */
function itemsOf(line: string): { marker: number; columns: number[] } {
  const columns: number[] = [];
  let at = 0;
  let marker = -1;
  for (;;) {
    ITEM.lastIndex = at;
    if (!ITEM.exec(line)) break;
    if (marker < 0) marker = indentOf(line);
    let next = ITEM.lastIndex;
    // 1 to 4 spaces after the marker are the item's indent; after 5 or more (or none: an empty item), one
    let spaces = 0;
    while (spaces < 5 && (line[next + spaces] === ' ' || line[next + spaces] === '\t')) spaces++;
    next += spaces >= 5 || spaces === 0 ? 1 : spaces;
    columns.push(next);
    at = next;
  }
  return { marker, columns };
}

/** One line's place in the top-level lists, from `TopLists.next`. */
export interface ListLine {
  /** The content columns of the open list items the line is in (outermost first), by its markers or its indent. */
  items: number[];
  /** The line starts a new item of the top-level list the line before was in: a part may start there. */
  newTopItem: boolean;
  /** The line ends nested list items (or block quotes in them) while an item of the same list goes on. */
  closesNested: boolean;
}

/**
 * The open items of the top-level lists, line by line. A line with list markers at the top level opens
 * items inside those whose text starts at or before its marker; a line without, indented, goes on in
 * the items whose text starts at or before its indent and ends the others; a line at column 0 that is
 * not a list item ends them all (a lazy continuation line is taken for the end of the list: no place to
 * cut is then seen until after the next blank line, and its indented fences are seen at the top level,
 * as before). Block quotes are not followed: a line that starts with `>` ends the lists here.
 */
export class TopLists {
  private open: number[] = [];
  /** The container depth (markers and indent, two columns a level) of the last line with a marker. */
  private depth = 0;
  /** The line before may have left a paragraph open: it is not blank, a heading nor a thematic break. */
  private text = false;
  /** The bullet or the ordered delimiter of the top-level list the open items are in. */
  private kind = '';

  /** The line's place; `blank` lines change nothing. */
  next(line: string, blank: boolean): ListLine {
    const text = this.text;
    this.text = !blank && !HEADING.test(line) && !BREAK.test(line);
    if (blank) return { items: this.open, newTopItem: false, closesNested: false };
    const depth = depthOf(line);
    const closesNested = depth > 0 && depth < this.depth;
    if (depth > 0) this.depth = depth;
    const before = this.open;
    const indent = indentOf(line);
    // a marker is read after the items the line goes on in by its indent (4 columns or more into an item)
    const parents = before.filter((c) => c <= indent);
    let base = BREAK.test(line) ? -1 : offsetOf(line, parents[parents.length - 1] ?? 0);
    // a top-level list's first item after a paragraph's line is one only if it may interrupt the paragraph
    // (CommonMark, as micromark reads it: a bullet, or an ordered item "1." or "1)", with text): "in\n2024. by 9 percent" is one paragraph,
    // and so is "- a\n2. b" (a lazy line of the item). The same list goes on (kind): "1. a\n2. b" are items
    const top = parents.length === 0 && base === 0 ? TOP_ITEM.exec(line) : null;
    if (top && text && (before.length === 0 || (top[1] ?? top[2]) !== this.kind) && !INTERRUPTS.test(line)) base = -1;
    const { marker, columns } = base < 0 ? { marker: -1, columns: [] } : itemsOf(line.slice(base));
    if (columns.length > 0) this.open = [...parents.filter((c) => c <= base + marker), ...columns.map((c) => base + c)];
    else this.open = parents;
    if (top && base === 0) this.kind = (top[1] ?? top[2]) as string;
    const newTopItem = before.length > 0 && base === 0 && top !== null && !BREAK.test(line);
    return { items: this.open, newTopItem, closesNested };
  }
}

/**
 * How deep a line's block quote and list markers nest it: one a marker, and one per two columns of
 * space before, between or after them (0: no marker). A line that has a marker and is less deep than the
 * last line with one ends nested containers while an outer one goes on.
 */
function depthOf(line: string): number {
  let markers = 0;
  let spaces = 0;
  let j = 0;
  for (;;) {
    const start = j;
    while (line[j] === ' ' || line[j] === '\t') j++;
    // spaces count before a marker only (an item's text may start a few columns after its marker)
    const before = j - start;
    const c = line[j];
    if (c === '>') j++;
    else if ((c === '-' || c === '+' || c === '*') && (line[j + 1] === undefined || line[j + 1] === ' ' || line[j + 1] === '\t')) j++;
    else if (c !== undefined && c >= '0' && c <= '9') {
      let k = j;
      while (k - j < 9 && (line[k] as string) >= '0' && (line[k] as string) <= '9') k++;
      if ((line[k] === '.' || line[k] === ')') && (line[k + 1] === undefined || line[k + 1] === ' ' || line[k + 1] === '\t')) j = k + 1;
      else break;
    } else break;
    spaces += before;
    markers++;
    // the one space after a marker is part of it
    if (line[j] === ' ') j++;
  }
  return markers > 0 ? markers + Math.floor(spaces / 2) : 0;
}
