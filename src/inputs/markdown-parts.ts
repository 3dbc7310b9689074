import { InputError } from './errors.js';
import { MARKDOWN_LIMITS } from './markdown-limits.js';
import { offsetOf, TopLists } from './markdown-lists.js';
import { LazyLines } from './markdown-lazy.js';
import { QUOTE_MARKERS, TopQuotes } from './markdown-quotes.js';
import { HTML_BLOCKS } from './markdown-html.js';

/**
 * Where a Markdown file longer than WHOLE_CHARS may be cut into parts that micromark reads one at a time.
 *
 * micromark keeps every event of a document in memory until it is done (a token object with two position
 * objects each, a few hundred bytes per character of text): a 4 MB file of ordinary paragraphs took
 * 1.2 GB, and a 20 MB one ran out of memory. Read in parts of about PART_CHARS, the events of one part are
 * dropped before the next is read, so memory stays bounded whatever the file's length. Files up to
 * WHOLE_CHARS are read whole, as before.
 *
 * A part starts only where a whole-file parse starts a new top-level block and nothing before can reach
 * into it: at a line whose first character is not a space or tab, after a blank line, outside a fenced
 * code block, an HTML block that blank lines do not end (`<pre>`, `<script>`, `<style>`, `<textarea>`, a
 * comment, `<?`, `<!X`, CDATA) and front matter. Such a line is never a lazy continuation, a list item's
 * or a block quote's continuation, nor indented code, so each part reads as the same blocks. Link and
 * footnote definitions are read from every part first (markdown.ts), so a reference finds one in any
 * part. A part may also start at an ATX heading at column 0 ("# Title", blank line before or not: it ends
 * any paragraph, list or quote before it and takes no line after it; not where an HTML block of type 6 or
 * 7 may hold it), at a new item of a top-level list, blank line before or not
 * (markdown-lists.ts), and at a line of text after a blank line inside a top-level block quote (">",
 * then "> text": markdown-quotes.ts). A file shorter than WHOLE_CHARS is cut there too once it has ended
 * many nested containers (NESTED_CUT), which micromark reads in time quadratic in the part's length, or
 * once its block quote markers weigh more than WHOLE_CHARS (QUOTE_WEIGHT). A fence or HTML
 * block opened inside block quotes or list items ends where they do, as in the
 * parser: at a line without the quote's ">" (a blank one too), or one indented less than the item's text
 * (column 0 ends every item: no lazy line goes on a code block), and that line is then read as any other;
 * a fence line after it opens a fence rather than closing one (scanned as one fence from a quote's
 * opening line to the next fence line, a 1.2 MB file read 2,900 pieces of code as prose). A line in a
 * top-level list item by its indent alone (no marker on it) is in that item: a fence at the item's indent
 * ("- a", blank, "  ```") ended with the item; taken for top-level, it ran on to the next fence line, and
 * the code after that was cut off and read as prose. What this scan still cannot see: a line in a list
 * item inside a block quote by its indent alone (so no part starts in a quote after an indented fence or
 * HTML line in it, markdown-quotes.ts); a lazy line, after which no item is seen until the next blank
 * line; and tabs in an item's indent count as one column after the marker. A stretch with no place to
 * cut it (one long paragraph, fenced code or HTML block, a fence that never closes, a block quote with no
 * blank quoted line) is refused past MARKDOWN_LIMITS.uncut, its quote markers weighed as in a part:
 * micromark would hold all of its events at once.
 */
export const PART_CHARS = 65_536;
/** Files weighing up to this (characters, and LINE_WEIGHT a line) are read whole (1 MiB): micromark needs a few hundred MB for them at most. */
export const WHOLE_CHARS = 1_048_576;

/** A block quote, or a list item whose text starts `width` columns in (the continuation lines' indent). */
type Container = 'quote' | { width: number };

/** A block quote's ">" or a list item's marker, after up to 3 spaces (sticky: read at lastIndex). */
const MARKER = / {0,3}(?:(>)|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))/y;
/** A closing fence line, from lastIndex. */
const FENCE_CLOSE = / {0,3}(`{3,}|~{3,})[ \t]*$/y;

/** Block quotes and list items, outermost first, and the index of the last quote among them (-1: none). */
interface Containers {
  list: Container[];
  lastQuote: number;
}

/** The block quotes and list items a line opens or continues with its markers, and the index where its content starts. */
function containersOf(line: string): { containers: Containers; at: number } {
  const containers: Containers = { list: [], lastQuote: -1 };
  let at = 0;
  for (;;) {
    MARKER.lastIndex = at;
    const m = MARKER.exec(line);
    if (!m) return { containers, at };
    let next = MARKER.lastIndex;
    if (m[1]) {
      if (line[next] === ' ' || line[next] === '\t') next++;
      containers.lastQuote = containers.list.length;
      containers.list.push('quote');
    } else {
      // 1 to 4 spaces after the marker are the item's indent; after 5 or more, its text is indented code
      let spaces = 0;
      while (spaces < 5 && (line[next + spaces] === ' ' || line[next + spaces] === '\t')) spaces++;
      next += spaces >= 5 ? 1 : spaces;
      containers.list.push({ width: next - at });
    }
    at = next;
  }
}

/**
 * Where the content of `line` starts inside `containers`, or -1 when the line ends one of them: a blank
 * line goes on a list item, not a block quote. Linear in the line: each container passed consumes some of it.
 */
function continues(line: string, containers: Containers, lastNonBlank: number): number {
  let at = 0;
  for (let k = 0; k < containers.list.length; k++) {
    const c = containers.list[k] as Container;
    if (c === 'quote') {
      let i = at;
      while (i - at < 3 && line[i] === ' ') i++;
      if (line[i] !== '>') return -1;
      at = i + 1;
      if (line[at] === ' ' || line[at] === '\t') at++;
    } else if (at > lastNonBlank) {
      // blank from here: the items go on, a quote inside them does not
      return containers.lastQuote > k ? -1 : at;
    } else {
      let column = 0;
      while (column < c.width && (line[at] === ' ' || line[at] === '\t')) column += line[at++] === '\t' ? 4 - (column % 4) : 1;
      if (column < c.width) return -1;
    }
  }
  return at;
}

/**
 * Lines that end containers times the lines of the part, above which a part is cut at the next place it
 * can be, whatever the file's length: each line in fewer block quotes and list items than the line before
 * that opens no new one in their place (nested ones, and also a top-level quote ended by a blank line, or a
 * list by a paragraph) makes micromark copy every event of the part so far (see
 * MARKDOWN_LIMITS.nestedCloses; "> b", blank, × 8,000, 48 KB, took 44 s). 100,000: a part of a list nested
 * two deep is about 450 lines.
 */
export const NESTED_CUT = 100_000;

/**
 * What a block quote marker weighs in characters, in the size of a part and against MARKDOWN_LIMITS.uncut:
 * micromark keeps a few KB of events for each, a character of text a few hundred bytes (a file of one long
 * quoted paragraph, 1.9 MB, took 790 MB, 340 MB more than the same text unquoted: 17 characters a marker;
 * 480 KB of lines 90 quotes deep took 740 MB: 8). A part is cut when its characters and markers weigh
 * `size` (a long file) or more than `whole`, so a short file of deep quotes is cut too.
 */
export const QUOTE_WEIGHT = 16;

/**
 * What a line weighs in characters besides its own, in the size of a part and of the file: micromark keeps
 * some 5 KB of events and a tokenizer for each short block, and makes as much garbage again, whatever its
 * length (a file of "- a" lines, 256 KB, took 951 MB read whole, 14 KB a line; a file of "# h" lines, 1 MiB,
 * 2.1 GB and more than 60 s), where a character of ordinary prose takes a few hundred bytes. So a file of
 * many short lines is read in parts as a long one is, each part of about a thousand of them (longer parts
 * took longer too, the garbage collector copying what a part keeps while it is read: 1 MiB of "# h" lines
 * 15 s of processor time with a line weighing 32, 12 s with 128, on a loaded machine).
 */
export const LINE_WEIGHT = 64;

/** An ATX heading at column 0 ("# Title"): it ends any paragraph, list or block quote before it, and no line goes on in it. */
const HEADING_START = /^#{1,6}(?:[ \t]|$)/;

/**
 * The offsets at which the parts of `text` start (0 first), each part weighing about `size` or more (its
 * characters, LINE_WEIGHT a line and QUOTE_WEIGHT a quote marker); one part up to `whole`, unless it ends
 * many nested containers (NESTED_CUT). Throws `InputError` (naming `path` and the line) when a stretch that
 * cannot be cut ends too many (MARKDOWN_LIMITS.nestedCloses).
 */
export function markdownParts(text: string, size = PART_CHARS, whole = WHOLE_CHARS, path?: string): number[] {
  const starts = [0];
  const long = weighed(text) > Math.max(size, whole);
  // the open fence or HTML block, and the block quotes and list items it is in (it ends with them)
  let fence: { char: string; length: number; containers: Containers } | undefined;
  let html: { end: RegExp; containers: Containers } | undefined;
  // front matter (YAML `---` or TOML `+++` on the first line) runs to its closing line
  let front = /^(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.test(text) ? text.slice(0, 3) : undefined;
  const lists = new TopLists();
  const quotes = new TopQuotes();
  const lazy = new LazyLines();
  // lines, lines that end nested containers, and block quote markers, in this part and since the last
  // place it could be cut (where that place is: its offset and line)
  const part = { lines: 0, closes: 0, markers: 0 };
  const stretch = { lines: 0, closes: 0, markers: 0, from: 0, line: 1 };
  let previousBlank = false;
  /** How many block quotes and list items the last line outside a fence or HTML block was in. */
  let previousLevel = 0;
  let lastLazy = 0;
  let i = 0;
  let lineNumber = 0;
  // a line ends at LF, CRLF or a CR alone, as micromark reads it (a file of CR-only line ends, from old Mac
  // tools, was one line here: never cut, so refused past MARKDOWN_LIMITS.uncut however short its paragraphs)
  const ends = /\r\n?|\n/g;
  while (i < text.length) {
    ends.lastIndex = i;
    const eol = ends.exec(text);
    const end = eol ? eol.index : text.length;
    const line = text.slice(i, end);
    lineNumber++;
    part.lines++;
    stretch.lines++;
    const lastNonBlank = line.trimEnd().length - 1;
    const blank = lastNonBlank < 0;
    const markers = (QUOTE_MARKERS.exec(line)?.[0].split('>').length ?? 1) - 1;
    part.markers += markers;
    stretch.markers += markers;
    let inside = false;
    if (front !== undefined) {
      inside = true;
      if (lineNumber > 1 && line.trimEnd() === front) front = undefined;
    } else if (fence) {
      const at = fence.containers.list.length === 0 ? 0 : continues(line, fence.containers, lastNonBlank);
      if (at >= 0) {
        inside = true;
        FENCE_CLOSE.lastIndex = at;
        const m = FENCE_CLOSE.exec(line);
        if (m && (m[1] as string)[0] === fence.char && (m[1] as string).length >= fence.length) fence = undefined;
      } else fence = undefined;
    } else if (html) {
      const at = html.containers.list.length === 0 ? 0 : continues(line, html.containers, lastNonBlank);
      if (at >= 0) {
        inside = true;
        if (html.end.test(at === 0 ? line : line.slice(at))) html = undefined;
      } else html = undefined;
    }
    const quoted = quotes.next(line, blank, inside);
    if (inside) lazy.next(line, blank, inside, [], '', false);
    else {
      const place = lists.next(line, blank);
      // (a heading at column 0 starts a block as after a blank line, unless an HTML block of type 6 or 7 may hold it)
      if (!blank && ((previousBlank && !/^[ \t]/.test(line)) || ((place.newTopItem || HEADING_START.test(line)) && !quoted.html) || quoted.cut)) {
        const weight = i - (starts[starts.length - 1] as number) + QUOTE_WEIGHT * (part.markers - markers) + LINE_WEIGHT * (part.lines - 1);
        if ((weight >= size && (long || weight > whole)) || part.closes * part.lines > NESTED_CUT) {
          starts.push(i);
          part.lines = 1;
          part.closes = 0;
          part.markers = markers;
        }
        Object.assign(stretch, { lines: 1, closes: 0, markers, from: i, line: lineNumber });
      }
      // the containers the line is in: a blank line goes on in list items and ends block quotes
      const own = containersOf(line);
      // (a line in list items by its indent counts the quotes and items its text opens inside them)
      const inner = place.items.length > 0 ? offsetOf(line, place.items[place.items.length - 1] as number) : 0;
      const level = blank ? place.items.length : inner < 0 ? Math.max(own.containers.list.length, place.items.length) : place.items.length + containersOf(line.slice(inner)).containers.list.length;
      // the line after its block quote and list markers, or after the indent of the list items it is in by
      // its indent alone (a fence indented four columns or more past its item's text is indented code)
      let { containers, at } = own;
      const item = containers.list.some((c) => c !== 'quote');
      if (containers.list.length === 0 && place.items.length > 0 && !blank) {
        containers = { list: place.items.map((c, k) => ({ width: c - (place.items[k - 1] ?? 0) })), lastQuote: -1 };
        at = offsetOf(line, place.items[place.items.length - 1] as number);
      }
      const content = line.slice(at);
      const paragraph = lazy.next(line, blank, inside, place.items, content, item);
      if (paragraph.lazy * paragraph.lines > MARKDOWN_LIMITS.lazyLines) {
        throw new InputError(path, lineNumber, `Markdown paragraph in a block quote or list item goes on in ${paragraph.lazy} lazy lines (without its ">" or indent) of its ${paragraph.lines} (their product is limited to ${MARKDOWN_LIMITS.lazyLines.toLocaleString('en-US')})`);
      }
      // a lazy line goes on in its paragraph and containers (micromark finds the paragraph open and stops)
      const lazyLine = paragraph.lazy > 0 && paragraph.lazy !== lastLazy;
      lastLazy = paragraph.lazy;
      if (place.closesNested || (level < previousLevel && !lazyLine)) {
        part.closes++;
        stretch.closes++;
        if (stretch.closes * stretch.lines > MARKDOWN_LIMITS.nestedCloses) {
          throw new InputError(path, lineNumber, `Markdown ends nested lists or block quotes ${stretch.closes} times in ${stretch.lines} lines of one block (their product is limited to ${MARKDOWN_LIMITS.nestedCloses.toLocaleString('en-US')})`);
        }
      }
      if (!lazyLine) previousLevel = level;
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(content);
      if (f && !((f[1] as string)[0] === '`' && content.indexOf('`', (f[0] as string).length) >= 0)) fence = { char: (f[1] as string)[0] as string, length: (f[1] as string).length, containers };
      else {
        const block = /^ {0,3}</.test(content) ? HTML_BLOCKS.find(([open]) => open.test(content.trimStart())) : undefined;
        if (block && !block[1].test(content.slice(content.indexOf('<') + 1))) html = { end: block[1], containers };
      }
    }
    if (end - stretch.from + QUOTE_WEIGHT * stretch.markers > MARKDOWN_LIMITS.uncut) {
      throw new InputError(path, stretch.line, `Markdown block of more than ${MARKDOWN_LIMITS.uncut.toLocaleString('en-US')} characters with no place to read it in parts (a paragraph, fence or block quote; a ">" counts ${QUOTE_WEIGHT})`);
    }
    previousBlank = blank;
    i = eol ? end + eol[0].length : text.length;
  }
  return starts;
}

/** What `text` weighs for cutting it into parts: its characters and LINE_WEIGHT for each line (LF, CRLF or a CR alone ends one). */
function weighed(text: string): number {
  let lines = 0;
  for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) lines++;
  // CR-only line ends are rare: counted only when there is a CR at all
  if (text.includes('\r')) for (let k = text.indexOf('\r'); k >= 0; k = text.indexOf('\r', k + 1)) if (text.charCodeAt(k + 1) !== 10) lines++;
  return text.length + LINE_WEIGHT * lines;
}
