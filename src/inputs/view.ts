import { FILLER } from '../document/tokens.js';
import type { Span } from '../document/span.js';

/**
 * Builds a Document's `prose`: the text as the rules read it, the same length as the file's text so
 * every offset means the same in both. Markup is blank (spaces, line breaks kept), so a segment can
 * run across inline tags (`<b>Keir</b> Starrer` reads "   Keir    Starrer") and a sentence split by
 * `*emphasis*` or `<em>` stays one segment; an entity or escape reads as the character it stands for,
 * padded with spaces to its length (`Keir&nbsp;Starrer` reads "Keir\u00a0     Starrer", `\"recieve\"`
 * reads ` "recieve" `). The character goes on the side of the word it touches, so a quotation mark
 * stays next to its word. Inside a word the padding is FILLER, not spaces (`couldn&#8217;t` reads
 * "couldn’" + fillers + "t", `d&eacute;tente` "dé" + fillers + "tente"), which the tokenizer reads as
 * part of the word or as nothing (src/document/tokens.ts): a space there would cut the word in two. Findings still slice the file's text: a finding that spans markup covers
 * it, and is never fixed automatically (see src/engine/run-rule.ts).
 */
export class ProseView {
  private readonly pieces: { start: number; end: number; value?: string }[] = [];
  private decodedAny = false;

  constructor(private readonly text: string) {}

  /** text[start, end) is written as it reads. */
  literal(start: number, end: number): void {
    if (end > start) this.pieces.push({ start, end });
  }

  /** text[start, end) is an entity or escape that reads as `value`. */
  decoded(start: number, end: number, value: string): void {
    if (end <= start) return;
    this.decodedAny = true;
    this.pieces.push({ start, end, value });
  }

  /** Takes back what was read from `start` on, which turned out to be code (xliff-code.ts) and reads as blank; returns where it stood. */
  retractFrom(start: number): Span[] {
    const out: Span[] = [];
    for (let p = this.pieces[this.pieces.length - 1]; p && p.start >= start; p = this.pieces[this.pieces.length - 1]) {
      this.pieces.pop();
      out.push({ start: p.start, end: p.end });
    }
    // (taken from the end: put back in text order once, not with an unshift per piece)
    return out.reverse();
  }

  /**
   * text[start, end) is written as it reads except for matches of `escape` (entity references,
   * backslash escapes), each of which reads as `decode` gives it.
   */
  withEscapes(start: number, end: number, escape: RegExp, decode: (match: string) => string | undefined): void {
    let at = start;
    for (const m of this.text.slice(start, end).matchAll(escape)) {
      const s = start + (m.index ?? 0);
      this.literal(at, s);
      this.decoded(s, s + m[0].length, decode(m[0]) ?? '');
      at = s + m[0].length;
    }
    this.literal(at, end);
  }

  /** The prose view; every character outside the pieces is blank. */
  build(): string {
    const { text } = this;
    // most formats add their pieces in order: copied and sorted only when not
    const inOrder = this.pieces.every((p, k, all) => k === 0 || (all[k - 1] as typeof p).start <= p.start);
    const pieces = inOrder ? this.pieces : [...this.pieces].sort((a, b) => a.start - b.start);
    // joined every CHUNK strings: an array of one short string per piece and gap (4 million for a PO
    // catalogue of 2 million entries) held over 100 MB until the single join at the end
    const chunks: string[] = [];
    const out: string[] = [];
    let at = 0;
    // the prose character before the piece (fillers left out), which an escape's padding must not cut off
    let last = ' ';
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k] as (typeof pieces)[number];
      if (p.start < at) continue;
      if (p.start > at) {
        out.push(blank(text.slice(at, p.start)));
        last = ' ';
      }
      const piece = p.value === undefined ? text.slice(p.start, p.end) : place(text, p.start, p.end, p.value, last, firstAfter(text, p, pieces[k + 1]));
      out.push(piece);
      last = lastOf(piece, last);
      at = p.end;
      if (out.length >= CHUNK) chunks.push(out.splice(0).join(''));
    }
    if (at < text.length) out.push(blank(text.slice(at)));
    chunks.push(out.join(''));
    return chunks.join('');
  }

  /**
   * The entities and escapes, in order: a finding that covers part of one is widened to all of it
   * (src/engine/run-rule.ts), so that its range slices the file to what it flags (`\"`, not `\`).
   */
  get escapes(): Span[] {
    return this.pieces.filter((p) => p.value !== undefined).map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start);
  }

  /** Whether any piece reads differently from the file (an entity or escape decoded). */
  get hasDecoded(): boolean {
    return this.decodedAny;
  }
}

/** Strings of the prose view joined at a time (see build). */
const CHUNK = 4_096;

/** Spaces for everything but line breaks, so lines (and blank lines between paragraphs) stay. */
export function blank(s: string): string {
  // a run at a time, not a character at a time: one match per character made garbage of several times
  // the text's size (a 13 MB PO catalogue's prose view: 300 MB)
  return s.replace(/[^\r\n]+/g, spaces);
}

const spaces = (run: string) => ' '.repeat(run.length);

/** A letter, a digit, or the start of a placeholder (`%s`, `{name}`, `${name}`), which reads as a word. */
const WORDISH = /[\p{L}\p{N}%{$]/u;

/** A character that separates a number's digits: a space of any kind, a point, a comma, an apostrophe. */
const SEPARATOR = /^[\s.,'’]$/u;
const DIGIT = /^\p{N}$/u;

/** A letter, a combining mark or a digit: what words and numbers are made of. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The prose character right after piece p: the next piece's first, when it follows at once. */
function firstAfter(text: string, p: { end: number }, next: { start: number; end: number; value?: string } | undefined): string {
  if (!next || next.start !== p.end) return ' ';
  if (next.value === undefined) return text.charAt(next.start);
  return next.value !== '' && next.value.length <= next.end - next.start ? next.value.charAt(0) : ' ';
}

/** The last character of a piece of prose that is not a filler (`last` when there is none). */
function lastOf(piece: string, last: string): string {
  for (let i = piece.length - 1; i >= 0; i--) if (piece.charAt(i) !== FILLER) return piece.charAt(i);
  return last;
}

/**
 * `value` in a stretch of `end - start` characters: at the end when a word follows and none precedes
 * (an opening quotation mark; a digit before "." or "," and a digit, which starts that number), else at
 * the start. A value longer than the stretch, or holding a line break, reads as blank: it cannot be
 * placed without moving the text after it. Inside a word (a letter or digit just before and after it in
 * the prose) the padding is FILLER, so no space cuts the word; so it is for a separator between digits
 * (`40&nbsp;000` reads "40", a no-break space, fillers, "000"), so the number reads whole.
 */
function place(text: string, start: number, end: number, value: string, before: string, after: string): string {
  const width = end - start;
  if (value.length > width || /[\r\n]/.test(value)) return ' '.repeat(width);
  // a digit before a separator and digits (`&#x31;.000`) begins the number after it, as a digit before a digit does
  const follows = WORDISH.test(text.charAt(end)) || (/^\p{N}$/u.test(value) && /^[.,]\p{N}/u.test(text.slice(end, end + 2)));
  const first = follows && !WORDISH.test(text.charAt(start - 1));
  // a space (`&nbsp;`) reads the same padded with spaces; nothing (an unknown entity) must not join words.
  // Only inside a word: rules that read the characters around a quotation mark take a filler there for
  // a letter ("(&quot;Yes" would read as a closing mark), where a space is what they expect
  const inWord = value !== '' && !/\s/u.test(value) && WORD_CHAR.test(before) && WORD_CHAR.test(after);
  // a separator between digits (`40&nbsp;000`, `1&#46;000`), or a space between a digit and a percent sign
  // (`40&nbsp;%`), is padded with fillers too, so the number reads whole
  const inNumber = SEPARATOR.test(value) && DIGIT.test(before) && (DIGIT.test(after) || (after === '%' && /\s/u.test(value)));
  const pad = (inWord || inNumber ? FILLER : ' ').repeat(width - value.length);
  return first ? pad + value : value + pad;
}
