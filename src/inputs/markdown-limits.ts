import type { Extension } from 'micromark-extension-gfm';
import { containing, type Span } from '../document/span.js';
import { InputError } from './errors.js';
import { HtmlBlockLines } from './markdown-html.js';

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
 * emphasis (or links) is not parsed, but its text is still read and checked.
 *
 * A long paragraph is quadratic too. micromark cuts a line's text into pieces wherever an inline
 * construct might start and does not (`&`, `!`, `<`, `\` that start nothing, and with GFM's bare URLs
 * every word), and merges each line's pieces back with a splice over all the paragraph's events
 * (micromark's resolveAllText); and after an unclosed `[` every word walks back over the paragraph's
 * events to it (previousUnbalanced in micromark-extension-gfm-autolink-literal 2.1.0, the latest
 * release). So in a paragraph longer than `autolinks` characters bare URLs and e-mail addresses are not
 * looked for (`autolinkLiteralsOutside`): they are read as prose, as in a text file. And in one with
 * more than `markers` of `&`, `!`, `<`, `\` those are hidden: its character references, images, inline
 * HTML and escapes are not parsed (read as written).
 *
 * A run of backticks that opens no code span makes micromark scan the rest of its paragraph for a run of
 * the same length (micromark-core-commonmark's codeText), then read it as text: one scan per such run.
 * Only the last run of each length can fail so, or a run after a backslash (the escaped backtick makes
 * the run one shorter than the run the scan sees there), so runs of 1, 2, 3 … backticks, or a backslash
 * and two backticks × 1,000, before a long paragraph took minutes (200 KB: 65 s). In a paragraph with
 * more than `codeSpans` such runs (distinct lengths, and runs after a backslash) its backticks are
 * hidden: its code spans are not parsed (read as prose).
 *
 * Each setext heading (a line of text underlined with `===` or `---`) makes micromark rebuild its list of
 * the document's events (micromark-util-edit-map, from resolveToSetextUnderline): 4,000 of them took 12 s,
 * 8,000 46 s. In a document with more than `setext` such underlines they are read as blank lines: those
 * headings are read as paragraphs, their text checked as before. And GFM keeps several events per cell
 * of a table, each a few hundred bytes: one table of 20,000 rows of 10 cells took 1.5 GB, 120,000 rows
 * ran out of memory. In a block with more than `pipes` `|` characters they are hidden: the table is read
 * as a paragraph of its rows' text.
 *
 * A long file, or one of many short lines, is read in parts (markdown-parts.ts), each part's events dropped before the next is read; a
 * stretch of the file with no place to cut it (one paragraph, fenced code or HTML block, a block quote
 * with no blank quoted line) is read at once, so one longer than `uncut` characters (a block quote marker
 * weighs 16: a few KB of events each) is refused with an `InputError` naming the line it starts at (a
 * paragraph of 1.9 MB took 600 MB; 480 KB of lines 90 quotes deep 740 MB, 4.9 MB 4.3 GB and 601 s). And
 * each lazy line of a paragraph in a block quote or list item (a line without its ">" or indent that goes
 * on in it) makes micromark walk back over the paragraph's events (writeToChild in micromark's
 * initialize/document.js): "> a" and a lazy line × 20,000 (960 KB) took 88 s, a quarter of it 9 s; "- a"
 * and 34,000 lazy lines 111 s. A paragraph whose lazy lines times its lines pass `lazyLines` is refused
 * (markdown-lazy.ts). Ordinary documents are far below all these limits.
 */
export const MARKDOWN_LIMITS = {
  /** Block quotes and list items nested in one another (indentation counts a level per two columns). */
  depth: 100,
  /** `*`, `_` and `~` in one paragraph (a run of lines without a blank one) above which emphasis is not parsed. */
  delimiters: 64,
  /** `]` in one paragraph above which its links (`[`, `]`) are not parsed. */
  brackets: 256,
  /** Characters in one paragraph above which its bare URLs and e-mail addresses are not looked for. */
  autolinks: 10_000,
  /** `&`, `!`, `<` and `\` in one paragraph above which its references, images, HTML and escapes are not parsed. */
  markers: 1_024,
  /** Backtick runs in one paragraph that may open a code span and close none (distinct lengths, and runs after a backslash) above which its code spans are not parsed. */
  codeSpans: 16,
  /** Setext heading underlines (`===`, `---` under a line of text) in one document above which they are read as blank lines. */
  setext: 64,
  /** `|` in one block (a run of lines without a blank one) above which its table is not parsed. */
  pipes: 8_192,
  /** Lines that end nested list items or block quotes while an outer item goes on, times the lines of the stretch of the file they are in where it cannot be cut into parts, above which the file is refused. */
  nestedCloses: 10_000_000,
  /** Lazy lines of a paragraph in a block quote or list item (lines without its ">" or indent) times its lines, above which the file is refused. */
  lazyLines: 10_000_000,
  /** Characters of a stretch of the file with no place to cut it into parts (a block quote marker weighs 16), above which the file is refused. */
  uncut: 1_048_576,
};

/** What micromark is given: the text (see `prepareMarkdown`) and where not to look for bare URLs. */
export interface PreparedMarkdown {
  /** `text` itself, or the same length with the characters of over-full paragraphs hidden. */
  source: string;
  /** Paragraphs longer than MARKDOWN_LIMITS.autolinks (start and end offsets), in order. */
  longParagraphs: Span[];
}

/**
 * The text micromark is given: `text` itself, or the same length with the emphasis delimiters,
 * brackets, backticks or other markers of over-full paragraphs replaced; and the paragraphs too long to look for bare URLs in. Throws `InputError` for nesting deeper than MARKDOWN_LIMITS.depth.
 */
export function prepareMarkdown(text: string, path: string | undefined): PreparedMarkdown {
  let out: string[] | undefined;
  const longParagraphs: Span[] = [];
  let paragraph: { from: number; to: number }[] = [];
  let count = 0;
  let brackets = 0;
  let markers = 0;
  const tickLengths = new Set<number>();
  let escapedTicks = 0;
  let pipes = 0;
  // the lines that may underline a setext heading (see MARKDOWN_LIMITS.setext); front matter's closing
  // `---` is none (the front matter is read by its own extension, before anything else)
  const underlines: { from: number; to: number }[] = [];
  const frontEnd = frontMatterEnd(text);
  // raw HTML blocks' lines are not paragraph text (markdown-html.ts)
  const html = new HtmlBlockLines();
  const flush = () => {
    const emphasis = count > MARKDOWN_LIMITS.delimiters;
    const links = brackets > MARKDOWN_LIMITS.brackets;
    const other = markers > MARKDOWN_LIMITS.markers;
    const code = tickLengths.size + escapedTicks > MARKDOWN_LIMITS.codeSpans;
    const table = pipes > MARKDOWN_LIMITS.pipes;
    if (emphasis || links || other || code || table) {
      const chars = (out ??= text.split(''));
      for (const { from, to } of paragraph) {
        for (let k = from; k < to; k++) {
          const c = text.charCodeAt(k);
          if ((emphasis && isDelimiter(c)) || (links && (c === 91 || c === 93)) || (other && isMarker(c)) || (code && c === 96) || (table && c === 124)) chars[k] = 'x';
        }
      }
    }
    const first = paragraph[0];
    const last = paragraph[paragraph.length - 1];
    if (first && last && last.to - first.from > MARKDOWN_LIMITS.autolinks) longParagraphs.push({ start: first.from, end: last.to });
    paragraph = [];
    count = 0;
    brackets = 0;
    markers = 0;
    tickLengths.clear();
    escapedTicks = 0;
    pipes = 0;
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
    let others = 0;
    let other = false;
    // this line's backtick runs: their lengths, and how many follow a backslash
    const ticks: number[] = [];
    let escaped = 0;
    let run = 0;
    let bars = 0;
    while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) {
      const c = text.charCodeAt(end);
      if (c === 96) {
        if (run === 0 && end > contentStart && text.charCodeAt(end - 1) === 92) escaped++;
        run++;
      } else if (run > 0) {
        ticks.push(run);
        run = 0;
      }
      if (isDelimiter(c)) delimiters++;
      else if (isMarker(c)) others++;
      if (c === 124) bars++;
      if (c === 93) closing++;
      else if (c !== 32 && c !== 9 && c !== 45 && c !== 61) other = true;
      end++;
    }
    if (run > 0) ticks.push(run);
    const blank = end === contentStart || /^[ \t]*$/.test(text.slice(contentStart, end));
    const wasHtml = html.open;
    // (not in front matter, which its own extension reads: a "<div>" there opens no block)
    if (i >= frontEnd && html.next(text, i, end, depth === 0, blank)) {
      // an HTML block ends the paragraph before it (types 1-6 interrupt one)
      if (!wasHtml) flush();
    } else if (blank && depth === 0) flush();
    // a "-" alone under a line of text underlines it (a setext heading), though it reads as an empty list item
    else if (blank && depth === 1 && paragraph.length > 0 && SINGLE_DASH.test(text.slice(i, end))) {
      if (i >= frontEnd) underlines.push({ from: i, to: end });
    }
    else if (!blank && !other && paragraph.length > 0) {
      if (contentStart >= frontEnd) underlines.push({ from: contentStart, to: end });
    }
    else if (other && !/^(?:`{3,}[^`]*$|~{3})/.test(text.slice(contentStart, end).trimStart())) {
      // thematic breaks, setext underlines and code fences keep their characters: they make blocks (a line
      // of backticks with another backtick after them is no fence but text, its runs counted)
      paragraph.push({ from: contentStart, to: end });
      count += delimiters;
      brackets += closing;
      markers += others;
      for (const t of ticks) tickLengths.add(t);
      escapedTicks += escaped;
      pipes += bars;
    }
    i = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    line++;
  }
  flush();
  if (underlines.length > MARKDOWN_LIMITS.setext) {
    const chars = (out ??= text.split(''));
    for (const { from, to } of underlines) for (let k = from; k < to; k++) chars[k] = ' ';
  }
  return { source: out ? out.join('') : text, longParagraphs };
}

/** A line of one `-` (with up to 3 spaces before it): the setext underline CommonMark prefers to an empty list item. */
const SINGLE_DASH = /^ {0,3}-[ \t]*$/;

/** Where YAML (`---`) or TOML (`+++`) front matter opening the file ends: after its closing line (0: none). */
function frontMatterEnd(text: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = new RegExp(`\\n${open[1] === '---' ? '---' : '\\+\\+\\+'}[ \\t]*(?:\\r?\\n|$)`).exec(text.slice(open[0].length - 1));
  return close ? open[0].length - 1 + close.index + close[0].length : 0;
}

/** `&`, `!`, `<` and `\`: where micromark cuts a line's text to try a construct, which in prose mostly fails. */
function isMarker(c: number): boolean {
  return c === 38 /* & */ || c === 33 /* ! */ || c === 60 /* < */ || c === 92 /* \ */;
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

type Construct = Exclude<NonNullable<NonNullable<Extension['text']>[string]>, readonly unknown[]>;

/** GFM's bare-URL constructs (micromark-extension-gfm-autolink-literal). */
const AUTOLINK_LITERALS = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

/**
 * `extension` (GFM) with its bare-URL constructs refusing to start inside `spans` (sorted, offsets
 * into the parsed text): there they neither cut the text (`previous` says no) nor walk back over the
 * paragraph's events (the tokenizer says no before the construct's own checks run).
 */
export function autolinkLiteralsOutside(extension: Extension, spans: readonly Span[]): Extension {
  if (spans.length === 0 || !extension.text) return extension;
  const inside = (offset: number) => containing(spans, offset) !== undefined;
  const guard = (c: Construct): Construct => {
    if (!AUTOLINK_LITERALS.has(c.name ?? '')) return c;
    const { previous, tokenize } = c;
    return {
      ...c,
      previous(code) {
        return !inside(this.now().offset) && (previous === undefined || previous.call(this, code));
      },
      tokenize(effects, ok, nok) {
        const start = tokenize.call(this, effects, ok, nok);
        return (code) => (inside(this.now().offset) ? nok(code) : start(code));
      },
    };
  };
  const text: NonNullable<Extension['text']> = {};
  for (const [code, value] of Object.entries(extension.text)) {
    text[code] = value === undefined ? value : Array.isArray(value) ? value.map(guard) : guard(value as Construct);
  }
  return { ...extension, text };
}
