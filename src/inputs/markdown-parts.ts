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
 * part. A fence or HTML block opened inside block quotes or list items ends where they do, as in the
 * parser: at a line without the quote's ">" (a blank one too), or one indented less than the item's text
 * (column 0 ends every item: no lazy line goes on a code block), and that line is then read as any other;
 * a fence line after it opens a fence rather than closing one (scanned as one fence from a quote's
 * opening line to the next fence line, a 1.2 MB file read 2,900 pieces of code as prose). What this scan
 * still cannot see: a fence or HTML block on a line that is in a list item by its indent alone (no
 * marker on the line), which it takes for top-level; and tabs in an item's indent count as one column
 * after the marker. A fence or HTML block that never closes keeps the rest of the file one part; the
 * other limits (markdown-limits.ts) still bound its time.
 */
export const PART_CHARS = 65_536;
/** Files up to this long are read whole (1 MiB): micromark needs a few hundred MB for them at most. */
export const WHOLE_CHARS = 1_048_576;

/** HTML blocks (CommonMark types 1-5) that run until their end marker, blank lines or not: the opener and its end. */
const HTML_BLOCKS: readonly (readonly [RegExp, RegExp])[] = [
  [/^<(?:pre|script|style|textarea)(?:[\s>]|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
];

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

/** The offsets at which the parts of `text` start (0 first), each part about `size` characters or more; one part up to `whole`. */
export function markdownParts(text: string, size = PART_CHARS, whole = WHOLE_CHARS): number[] {
  const starts = [0];
  if (text.length <= Math.max(size, whole)) return starts;
  // the open fence or HTML block, and the block quotes and list items it is in (it ends with them)
  let fence: { char: string; length: number; containers: Containers } | undefined;
  let html: { end: RegExp; containers: Containers } | undefined;
  // front matter (YAML `---` or TOML `+++` on the first line) runs to its closing line
  let front = /^(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.test(text) ? text.slice(0, 3) : undefined;
  let previousBlank = false;
  let i = 0;
  let first = true;
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const line = text.slice(i, end).replace(/\r$/, '');
    const lastNonBlank = line.trimEnd().length - 1;
    const blank = lastNonBlank < 0;
    let inside = false;
    if (front !== undefined) {
      inside = true;
      if (!first && line.trimEnd() === front) front = undefined;
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
    if (!inside) {
      if (previousBlank && !blank && !/^[ \t]/.test(line) && i - (starts[starts.length - 1] as number) >= size) starts.push(i);
      // the line after its block quote and list markers (a fence indented four columns or more is indented code)
      const { containers, at } = containersOf(line);
      const content = line.slice(at);
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(content);
      if (f && !((f[1] as string)[0] === '`' && content.indexOf('`', (f[0] as string).length) >= 0)) fence = { char: (f[1] as string)[0] as string, length: (f[1] as string).length, containers };
      else {
        const block = /^ {0,3}</.test(content) ? HTML_BLOCKS.find(([open]) => open.test(content.trimStart())) : undefined;
        if (block && !block[1].test(content.slice(content.indexOf('<') + 1))) html = { end: block[1], containers };
      }
    }
    previousBlank = blank;
    first = false;
    i = end + 1;
  }
  return starts;
}
