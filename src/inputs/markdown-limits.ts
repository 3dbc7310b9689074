import { InputError } from './errors.js';

/**
 * Limits on what a Markdown file may ask of the parser, measured by one linear pass before parsing.
 * micromark, like most CommonMark parsers, takes time quadratic in the nesting of containers
 * (`>` × 100,000 or a 2,000-level list run for minutes) and in the number of emphasis and link
 * delimiters it has to pair within one paragraph (`a_ ` × 65,000, `*` × 50,000 around a letter). A file
 * past either limit is refused with an `InputError` naming the limit and the line; ordinary documents
 * stay far below both.
 */
export const MARKDOWN_LIMITS = {
  /** Block quotes and list items nested in one another. */
  depth: 100,
  /** `*`, `_`, `[` and `]` in one paragraph (a run of lines without a blank one). */
  delimiters: 4000,
};

/** Throws `InputError` when `text` nests deeper or holds more delimiters in a paragraph than MARKDOWN_LIMITS allows. */
export function checkMarkdownLimits(text: string, path: string | undefined): void {
  let line = 1;
  let paragraphLine = 1;
  let delimiters = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // one line: its container markers first, then the rest
    let indent = 0;
    let markers = 0;
    let j = i;
    for (;;) {
      while (j < n && (text[j] === ' ' || text[j] === '\t')) {
        if (markers === 0) indent += text[j] === '\t' ? 4 : 1;
        j++;
      }
      const c = text[j];
      if (c === '>') {
        markers++;
        j++;
      } else if ((c === '-' || c === '+' || c === '*') && isBreak(text, j + 1)) {
        markers++;
        j++;
      } else if (c !== undefined && c >= '0' && c <= '9') {
        let k = j;
        while (k < n && k - j < 9 && (text[k] as string) >= '0' && (text[k] as string) <= '9') k++;
        if ((text[k] === '.' || text[k] === ')') && isBreak(text, k + 1)) {
          markers++;
          j = k + 1;
        } else break;
      } else break;
    }
    const depth = markers > 0 ? markers + Math.floor(indent / 2) : 0;
    if (depth > MARKDOWN_LIMITS.depth) {
      throw new InputError(path, line, `Markdown nested ${depth} levels deep (block quotes and lists; the limit is ${MARKDOWN_LIMITS.depth})`);
    }
    let end = j;
    let blank = true;
    while (end < n && text[end] !== '\n' && text[end] !== '\r') {
      const c = text[end];
      if (c === '*' || c === '_' || c === '[' || c === ']') delimiters++;
      if (c !== ' ' && c !== '\t') blank = false;
      end++;
    }
    if (blank && markers === 0) {
      delimiters = 0;
      paragraphLine = line + 1;
    } else if (delimiters > MARKDOWN_LIMITS.delimiters) {
      throw new InputError(path, paragraphLine, `Markdown paragraph with over ${MARKDOWN_LIMITS.delimiters} emphasis and link delimiters (* _ [ ]; the limit is ${MARKDOWN_LIMITS.delimiters})`);
    }
    i = end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    line++;
  }
}

/** A space, a tab or the end of a line follows: `-` there is a list marker, not a hyphen. */
function isBreak(text: string, at: number): boolean {
  const c = text[at];
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
