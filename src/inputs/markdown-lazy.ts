import { indentOf } from './markdown-lists.js';

/**
 * The lazy lines of a paragraph in a block quote or a list item, line by line, for markdown-parts.ts: a
 * line that goes on in the paragraph without the quote's ">" or the item's indent ("> a" then "b", "- a"
 * then "b"). For each one micromark walks back over the events of the paragraph so far (writeToChild in
 * micromark's initialize/document.js), so their count times the paragraph's lines is what the paragraph
 * costs (MARKDOWN_LIMITS.lazyLines). An estimate, from the line alone: a line that starts no block
 * (BLOCK_START) after text of a quoted paragraph, or less indented than the text of the list item whose
 * paragraph it goes on; the paragraph is taken to end at a blank line, a blank quoted line, a line that
 * starts a block, and a line in a list item by its indent after lazy ones (the lists of markdown-lists.ts
 * end at a lazy line).
 */

/** A line that starts a block (heading, fence, HTML, quote, list item, thematic break, setext underline) rather than go on in a paragraph. */
export const BLOCK_START = /^ {0,3}(?:[#>`~<*+_=-]|\d{1,9}[.)])/;

export class LazyLines {
  /** The open paragraph: in a quote, or in a list item whose text starts at `column`. */
  private paragraph: { quoted: boolean; column: number } | undefined;
  private lazy = 0;
  private lines = 0;

  /**
   * The lazy lines and lines so far of the paragraph the line is in (0 and 0: none). `items` are the text
   * columns of the top-level list items the line is in (markdown-lists.ts), `content` the line after its
   * quote and list markers or that indent, `item` whether it opens a list item (its text a new paragraph);
   * `inside` lines are in a fence, an HTML block or front matter.
   */
  next(line: string, blank: boolean, inside: boolean, items: readonly number[], content: string, item: boolean): { lazy: number; lines: number } {
    const quoted = !blank && /^ {0,3}>/.test(line);
    const p = this.paragraph;
    if (!blank && !inside && p && !quoted && !BLOCK_START.test(line) && (p.quoted || indentOf(line) < p.column)) {
      this.lazy++;
      this.lines++;
    } else if (!blank && !inside && (quoted || items.length > 0) && /\S/.test(content) && !BLOCK_START.test(content)) {
      if (!p || p.quoted !== quoted || item) {
        this.paragraph = { quoted, column: quoted ? 0 : (items[items.length - 1] as number) };
        this.lazy = this.lines = 0;
      }
      this.lines++;
    } else {
      this.paragraph = undefined;
      this.lazy = this.lines = 0;
    }
    return { lazy: this.lazy, lines: this.lines };
  }
}
