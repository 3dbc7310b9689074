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
 * part. What this scan cannot see as the parser does: a fence left open by the end of its block quote or
 * list item, or closed by a line less indented than its list item; after one, parts may start inside a
 * code block until the next fence line (its code then read as prose). A fence or HTML block that never
 * closes keeps the rest of the file one part; the other limits (markdown-limits.ts) still bound its time.
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

/** The offsets at which the parts of `text` start (0 first), each part about `size` characters or more; one part up to `whole`. */
export function markdownParts(text: string, size = PART_CHARS, whole = WHOLE_CHARS): number[] {
  const starts = [0];
  if (text.length <= Math.max(size, whole)) return starts;
  let fence: { char: string; length: number } | undefined;
  let htmlEnd: RegExp | undefined;
  // front matter (YAML `---` or TOML `+++` on the first line) runs to its closing line
  let front = /^(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/.test(text) ? text.slice(0, 3) : undefined;
  let previousBlank = false;
  let i = 0;
  let first = true;
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const line = text.slice(i, end).replace(/\r$/, '');
    // the line after its block quote and list markers (a fence indented four columns or more is indented code)
    const content = line.replace(/^(?: {0,3}(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))[ \t]?)*/, '');
    const blank = !/\S/.test(line);
    if (front !== undefined) {
      if (!first && line.trimEnd() === front) front = undefined;
    } else if (fence) {
      const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(content);
      if (m && (m[1] as string)[0] === fence.char && (m[1] as string).length >= fence.length) fence = undefined;
    } else if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
    } else {
      if (previousBlank && !blank && !/^[ \t]/.test(line) && i - (starts[starts.length - 1] as number) >= size) starts.push(i);
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(content);
      if (f && !((f[1] as string)[0] === '`' && content.indexOf('`', (f[0] as string).length) >= 0)) fence = { char: (f[1] as string)[0] as string, length: (f[1] as string).length };
      else {
        const html = /^ {0,3}</.test(content) ? HTML_BLOCKS.find(([open]) => open.test(content.trimStart())) : undefined;
        if (html && !html[1].test(content.slice(content.indexOf('<') + 1))) htmlEnd = html[1];
      }
    }
    previousBlank = blank;
    first = false;
    i = end + 1;
  }
  return starts;
}
