import { htmlBlockNames } from 'micromark-util-html-tag-name';

/** HTML blocks (CommonMark types 1-5) that run until their end marker, blank lines or not: the opener and its end. */
export const HTML_BLOCKS: readonly (readonly [RegExp, RegExp])[] = [
  [/^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

/** An HTML block of CommonMark type 6: a block element's tag ("<table", "</div>", "<p>"), which a blank line ends. */
const BLOCK_NAMES = new Set(htmlBlockNames);
// (after the name only what CommonMark allows there: a space, a tab, ">", "/>" or the line's end; micromark reads
// "<div/x" or "<div" and a no-break space as a paragraph)
const TAG = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[ \t>]|\/>|$)/;

/**
 * Which lines of a Markdown file are raw HTML blocks at the top level (CommonMark types 1-6), for the linear
 * pass of markdown-limits.ts: micromark reads such a block's lines as they are (no emphasis, links, references or
 * bare URLs), so the limits on what a paragraph holds do not count them, and a table of a few hundred rows of
 * links (a README's list of contributors) is read as HTML, its tags not prose. Told each line in turn.
 *
 * Only an opener at the top level, in the first column, starts a block (with a space or more before it, the "<"
 * may be in a list item the lines before opened, and the block end with the item), and a blank line or a code
 * fence ends one early, so that where this and micromark disagree a line is counted as paragraph text (as before),
 * not the other way, and the limits hold wherever micromark parses inline: the openers are CommonMark's, character
 * for character (tests/inputs/markdown-limits.test.ts holds near misses of them to micromark's reading).
 * Type 7 (any other tag alone on its line) is left out: it cannot interrupt a paragraph, which makes it depend on
 * the lines before.
 */
export class HtmlBlockLines {
  /** The end marker of the open type 1-5 block, or `blank` for type 6, or none. */
  private end: RegExp | 'blank' | undefined;

  /** Whether the last line told was in a block that goes on. */
  get open(): boolean {
    return this.end !== undefined;
  }

  /**
   * Whether the line text[start, end) (its whole text, containers included) is in a raw HTML block; `topLevel`:
   * it has no block quote or list marker; `blank`: it holds only spaces and tabs after them. Speed: a line is
   * sliced only inside a block or when it starts with "<" (a paragraph of 50,000 short lines sliced each read
   * a fifth slower).
   */
  next(text: string, start: number, end: number, topLevel: boolean, blank: boolean): boolean {
    if (this.end !== undefined) {
      const line = text.slice(start, end);
      if (blank || /^ {0,3}(?:`{3,}|~{3,})/.test(line)) this.end = undefined;
      else {
        if (this.end !== 'blank' && this.end.test(line)) this.end = undefined;
        return true;
      }
    }
    if (!topLevel || blank || text.charCodeAt(start) !== 60 /* < */) return false;
    const content = text.slice(start, end);
    const block = HTML_BLOCKS.find(([open]) => open.test(content));
    if (block) {
      if (!block[1].test(content.slice(1))) this.end = block[1];
      return true;
    }
    const tag = TAG.exec(content);
    if (tag && BLOCK_NAMES.has((tag[1] as string).toLowerCase())) {
      this.end = 'blank';
      return true;
    }
    return false;
  }
}
