/**
 * What markdown-parts.ts needs to know of the top-level block quotes of a Markdown file, line by line:
 * where a part may start inside one.
 *
 * A part may start at a line that opens with block quote markers, ">" at column 0 and each ">" followed by
 * at most one space, and then text (not a space or tab), right after a line of quote markers alone
 * (">", "> >"): a blank line in the quotes. Read whole, that line goes on in the quotes the blank line
 * was in (or in fewer of them); the blank line ended the paragraph, deeper quotes and any HTML block of
 * types 6 and 7 before it, and the line's text starts at the first column of its innermost quote, so it
 * goes on in no list item or footnote by its indent and is no lazy line: it starts a new block in its
 * quotes. Read as the start of a part, it opens the same quotes and the same block: the same prose.
 * Fences and HTML blocks that blank lines do not end are followed by markdown-parts.ts (no part starts
 * inside one). After what that scan cannot follow no part starts in a quote: up to the next blank line
 * after a line starting with "<" outside the quotes (an HTML block of type 6 or 7 holds every line after
 * it, ">" or not, up to a blank line); up to the next line without ">" after an indented fence or HTML
 * line in a quote (in a list item or footnote by its indent alone, which the scan does not see, it ends
 * with the item; seen in the quote, it would run on) and after a fence or HTML line that follows a quoted
 * line starting with "<" before the next blank quoted line (in an HTML block of type 6 or 7 it is a line
 * of HTML; seen as a fence, it would take the next fence line for its end). In a quoted HTML block,
 * "> >" is a line of HTML, not a blank line: no part starts after it.
 */

/** A line of block quote markers alone: a blank line inside the quotes. */
const BLANK_QUOTE = /^(?:> ?)*>[ \t]*$/;
/** A line that may start a part after a blank quoted line: ">" at column 0, each ">" followed by at most one space, then text. */
const QUOTE_START = /^(?:> ?)+[^ \t>]/;
/** A line of the top level that may open an HTML block of type 6 or 7. */
const TOP_HTML = /^ {0,3}</;
/**
 * An indented fence or HTML line in a quote: its markers (spaces before a nested one taken as its indent,
 * so that each match of the line is one way: no backtracking over the ways to split its spaces), then at
 * least two spaces or a tab.
 */
const INDENTED_IN_QUOTE = /^ {0,3}>(?:[ \t]*>)*(?:[ \t]?\t| {2})[ \t]*(?:`{3}|~{3}|<)/;
/** The block quote markers a line starts with, and the one space after them (markdown-parts.ts counts them too). */
export const QUOTE_MARKERS = /^ {0,3}>(?:[ \t]*>)* ?/;
/** A fence or HTML line: in an HTML block that blank lines end (types 6 and 7), the scan takes it for a fence or an HTML block of its own. */
const FENCE_OR_HTML = /^ {0,3}(?:`{3}|~{3}|<)/;

/** One line's place in the top-level block quotes, from `TopQuotes.next`. */
export interface QuoteLine {
  /** A part may start at this line (see above). */
  cut: boolean;
  /**
   * A line of the top level since the last blank line starts with "<": an HTML block of type 6 or 7 may
   * be open, which holds every line up to a blank one (list items too: no part starts at a new item).
   */
  html: boolean;
}

export class TopQuotes {
  /** The line before was a blank line inside block quotes. */
  private blankQuote = false;
  /** Since the last blank line, a line of the top level starting with "<" (see QuoteLine.html). */
  private topHtml = false;
  /** Since the last line without ">", a quoted line the scan cannot follow (see above). */
  private unsure = false;
  /** How many quotes deep an HTML block that blank lines end may be open (in it, "> >" is a line of HTML, not a blank line two quotes deep). */
  private html = Infinity;

  /** The line's place; `inside` lines are in a fence, an HTML block or front matter. */
  next(line: string, blank: boolean, inside: boolean): QuoteLine {
    const quoted = !blank && /^ {0,3}>/.test(line);
    const cut = !inside && !this.unsure && !this.topHtml && this.blankQuote && QUOTE_START.test(line);
    const markers = quoted ? (QUOTE_MARKERS.exec(line) as RegExpExecArray)[0] : '';
    const depth = markers.split('>').length - 1;
    if (blank) this.topHtml = false;
    else if (!inside && !quoted && TOP_HTML.test(line)) this.topHtml = true;
    // a quote's fences end where it does, so what the scan may have taken wrongly for one ends there too
    if (!quoted) this.unsure = false;
    else if (!inside && (INDENTED_IN_QUOTE.test(line) || (this.html < Infinity && FENCE_OR_HTML.test(line.slice(markers.length))))) this.unsure = true;
    this.blankQuote = !inside && quoted && BLANK_QUOTE.test(line) && depth <= this.html;
    if (this.blankQuote || (!quoted && !inside)) this.html = Infinity;
    else if (quoted && !inside && /^ {0,3}</.test(line.slice(markers.length))) this.html = Math.min(this.html, depth);
    return { cut, html: this.topHtml };
  }
}
