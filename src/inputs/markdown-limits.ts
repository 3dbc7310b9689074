import { InputError } from './errors.js';

/**
 * What a Markdown file may ask of the parser, measured by one linear pass before parsing.
 *
 * micromark, like most CommonMark parsers, takes time quadratic in two things. Containers nested in
 * one another (`>` × 100,000, a 2,000-level list, `- ` × 100,000) run for minutes: a file nested deeper
 * than `depth` is refused with an `InputError` naming the limit and the line. And each closing emphasis
 * delimiter walks back over every event of its paragraph to find an opener (micromark-core-commonmark's
 * resolveAllAttention), so `a_ ` × 65,000 or `*` × 50,000 around a letter take minutes, and so does
 * `a]` × 65,000 (each unmatched `]`). In a paragraph with more than `delimiters` emphasis or
 * strikethrough characters (`*`, `_`, `~`), or more than `brackets` closing brackets, those characters
 * are hidden from the parser (the text it sees has `x` there, the same length): that paragraph's
 * emphasis (or links) is not parsed, but its text is still read and checked. Ordinary documents are
 * far below all three limits.
 */
export const MARKDOWN_LIMITS = {
  /** Block quotes and list items nested in one another (indentation counts a level per two columns). */
  depth: 100,
  /** `*`, `_` and `~` in one paragraph (a run of lines without a blank one) above which emphasis is not parsed. */
  delimiters: 64,
  /** `]` in one paragraph above which its links (`[`, `]`) are not parsed. */
  brackets: 256,
};

/**
 * The text micromark is given: `text` itself, or the same length with the emphasis delimiters of
 * over-full paragraphs replaced. Throws `InputError` for nesting deeper than MARKDOWN_LIMITS.depth.
 */
export function prepareMarkdown(text: string, path: string | undefined): string {
  let out: string[] | undefined;
  let paragraph: { from: number; to: number }[] = [];
  let count = 0;
  let brackets = 0;
  const flush = () => {
    const emphasis = count > MARKDOWN_LIMITS.delimiters;
    const links = brackets > MARKDOWN_LIMITS.brackets;
    if (emphasis || links) {
      const chars = (out ??= text.split(''));
      for (const { from, to } of paragraph) {
        for (let k = from; k < to; k++) {
          const c = text.charCodeAt(k);
          if ((emphasis && isDelimiter(c)) || (links && (c === 91 || c === 93))) chars[k] = 'x';
        }
      }
    }
    paragraph = [];
    count = 0;
    brackets = 0;
  };
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const { contentStart, depth } = containerPrefix(text, i);
    if (depth > MARKDOWN_LIMITS.depth) {
      throw new InputError(path, line, `Markdown nested ${depth} levels deep (block quotes and lists; the limit is ${MARKDOWN_LIMITS.depth})`);
    }
    let end = contentStart;
    let delimiters = 0;
    let closing = 0;
    let other = false;
    while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) {
      const c = text.charCodeAt(end);
      if (isDelimiter(c)) delimiters++;
      if (c === 93) closing++;
      else if (c !== 32 && c !== 9 && c !== 45 && c !== 61) other = true;
      end++;
    }
    const blank = end === contentStart || /^[ \t]*$/.test(text.slice(contentStart, end));
    if (blank && depth === 0) flush();
    else if (other && !/^(?:`{3}|~{3})/.test(text.slice(contentStart, end).trimStart())) {
      // thematic breaks, setext underlines and code fences keep their characters: they make blocks
      paragraph.push({ from: contentStart, to: end });
      count += delimiters;
      brackets += closing;
    }
    i = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
  }
  flush();
  return out ? out.join('') : text;
}

function isDelimiter(c: number): boolean {
  return c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */;
}

/** Where a line's content starts after its block quote and list markers, and how deep they nest it. */
function containerPrefix(text: string, start: number): { contentStart: number; depth: number } {
  const n = text.length;
  let indent = 0;
  let markers = 0;
  let j = start;
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
  return { contentStart: j, depth: markers > 0 ? markers + Math.floor(indent / 2) : 0 };
}

/** A space, a tab or the end of a line follows: `-` there is a list marker, not a hyphen. */
function isBreak(text: string, at: number): boolean {
  const c = text[at];
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
