import type { Segment } from '../../document/document.js';
import type { RuleContext } from '../types.js';
import { pastMarkup, seenAt, TAG } from '../../document/prose-markup.js';
import { pastFillers } from '../../document/tokens.js';
import { HTML_INLINE, HTML_INLINE_CODE } from '../../inputs/inline.js';
import { afterSentence, closesLater, gershayim, quotedSymbols, spacesBefore, startsLine } from './quote-text.js';

/** Characters after which a quotation mark opens a quotation (CJK brackets too: `【Tokyo】"We`). */
export const OPENS_BEFORE = /[\s([{\u2014\u2013/\u3000-\u303f\uff08-]/u;
const BLOCK_GAP = /[\n\r]|<\/?(?:p|div|li|ul|ol|h[1-6]|blockquote|br|td|th|tr|section|article|header|footer)\b/i;
const LOW = 0.45;
/**
 * A quotation left open this far (characters) without a closing mark was never closed: some ten
 * sentences, or two or three paragraphs of news. Sentence-per-line text runs one quotation over
 * several lines without opening each again.
 */
const MAX_SPAN = 2500;

/** Dashes and hyphens, which OPENS_BEFORE counts: a quotation opens after a dash (`—"Yes`) but may end with one. */
const DASHES = /[\u2014\u2013-]/u;

/** Quotations inside quotations: one level (often written with double marks in real text). */
const MAX_DEPTH = 2;

interface Open {
  at: number;
  line: number;
  /** Opened by a closing mark glued to a colon inside another quotation (`say:” We`). */
  fromColon: boolean;
  /**
   * Opens a quotation that may run on past its paragraph: a quoted sentence at a clause boundary
   * (`writes: "Unlike`, `jingling. “If`) or one resumed after an interruption (`,” he said, “the`).
   */
  runsOn: boolean;
  /** Another quotation mark followed on the same line. */
  followed: boolean;
}

/**
 * Pairs quotation marks over a whole document: straight marks by their spacing, curly ones by their
 * glyph, in one stream, so a quotation opened with one kind and closed with the other pairs up. A
 * quotation may run over lines (sentence-per-line text, a quotation split by inline markup into
 * segments) for a few lines, and on into a paragraph that opens with a quotation mark again (news
 * style), but not from one translation unit into the next. Each mark costs one line lookup.
 */
export class Pairing {
  private readonly stack: Open[] = [];
  private readonly text: string;
  private readonly unitStarts: number[] = [];
  /** Where the last segment that opens a block of markup starts (see `between`). */
  private paragraphStart = -1;
  /** The line of the last mark seen, and of the last quotation closed. */
  private lastMarkLine = 0;
  private lastCloseLine = 0;
  /** The first line of the current translation unit (of the text, outside bilingual files). */
  private firstLine = 1;
  /**
   * Where the characters before a mark are read back to: the start of the segment, or of an earlier one
   * of the same block of an HTML page when only inline code left out of the prose parts them (see
   * `between`); -1 before the first segment.
   */
  private readFrom = -1;
  /** Where the characters after a mark are read to (see `segment`), and the index of the segment after the current one. */
  private readTo = 0;
  /** Only inline code left out of the prose parts the current segment from the next one (HTML). */
  private joinsNext = false;
  private next = 0;

  constructor(private readonly ctx: RuleContext) {
    this.text = ctx.text;
    for (const u of ctx.doc.units ?? []) this.unitStarts.push(u.target.start);
    this.unitStarts.sort((a, b) => a - b);
    const first = ctx.doc.segments[0];
    if (first) this.firstLine = ctx.doc.lines.position(first.start).line;
  }

  /** At a segment boundary: quotations stay open across inline markup, never across units. */
  between(prev: Segment, seg: Segment): void {
    const newUnit = this.unitOf(prev.start) !== this.unitOf(seg.start);
    if (newUnit) this.firstLine = this.ctx.doc.lines.position(seg.start).line;
    // `pick "<code>Word Count</code>" (the`: the element left out splits the prose, not the sentence
    // (worked out when `prev` was read: see `segment`)
    if (newUnit || !this.joinsNext) this.readFrom = seg.start;
    if (this.stack.length === 0) return;
    if (newUnit) this.finish();
    // markup that ends a block (a line break, </p>, <li>…) starts a paragraph, as a new line does
    // (read in the file's text: the prose view blanks the markup)
    else if (BLOCK_GAP.test(this.ctx.doc.text.slice(prev.end, seg.start))) this.paragraphStart = seg.start;
  }

  segment(seg: Segment): void {
    const { text } = this;
    if (this.readFrom < 0) this.readFrom = seg.start;
    // and read forward into the next segment when only inline code parts them (`"<code>cmd</code>"`)
    const segments = this.ctx.doc.segments;
    while (this.next < segments.length && (segments[this.next] as Segment).start <= seg.start) this.next++;
    const next = segments[this.next];
    this.joinsNext = next !== undefined && this.ctx.doc.format === 'html' && onlyLeftOutCode(this.ctx.doc.text.slice(seg.end, next.start));
    this.readTo = this.joinsNext && next ? next.end : seg.end;
    const slice = text.slice(seg.start, seg.end);
    for (const m of slice.matchAll(/["“”„]/g)) this.mark(seg.start + m.index, seg);
  }

  finish(): void {
    for (const o of this.stack) this.unclosed(o, 'This quotation is never closed');
    this.stack.length = 0;
  }

  /**
   * A quoted sentence left open at the end of its paragraph, with no other mark after it there, runs
   * on into paragraphs that do not open it again, or past the end of an excerpt: real text does both.
   * A quoted phrase inside a sentence (`was "a step in the right`) does not.
   */
  private unclosed(o: Open, message: string): void {
    if (!(o.runsOn && !o.followed)) lowFlag(this.ctx, o.at, message);
  }

  private mark(at: number, seg: Segment): void {
    const { text, ctx, stack } = this;
    const line = ctx.doc.lines.position(at).line;
    while (stack.length > 0 && at - (stack[0] as Open).at > MAX_SPAN) this.unclosed(stack.shift() as Open, 'This quotation is never closed');
    for (const o of stack) if (o.line === line) o.followed = true;
    const firstOnLine = this.lastMarkLine !== line;
    this.lastMarkLine = line;
    const glyph = text.charAt(at);
    // (the fillers of an escape inside a word stand for nothing: "don&rdquo;t" reads "don”", fillers, "t")
    // (and the markup the prose view blanks: `"<em>Save</em>"` closes after "Save", with no space before it)
    const b = pastMarkup(ctx.doc, text, at - 1, this.readFrom, text.length, -1);
    const before = b >= this.readFrom ? seenAt(ctx.doc, text, b) : '';
    // (within the segment: past its end, the character there, as the prose view has it)
    const a = pastMarkup(ctx.doc, text, at + 1, 0, this.readTo, 1);
    const after = a < this.readTo ? seenAt(ctx.doc, text, a) : text.charAt(pastFillers(text, at + 1));
    const top = stack[stack.length - 1];
    if (glyph === '"') {
      // 5'10": a mark after a digit is an inch mark, unless it ends an open quotation ("Buy 6 - get 4")
      if (/\d/.test(before)) {
        if (top) stack.pop();
        return;
      }
      // `the term " black holes " and`: a mark after a space and before a space or punctuation closes an open quotation,
      // and the spaces before it are a slip (common in machine translation from Chinese): the fix takes them
      // all away. Not after a line break (an indented line): the mark starts its line, and is read as one
      // there is, as opening, which it would be with the spaces taken away
      const spaces = spacesBefore(text, at, seg.start);
      // `a "-" character`, `default: "   "`: a mark right after a quotation of one to three symbols, or of
      // spaces only, opened by a straight mark on this line closes it (the symbol is what is quoted)
      if (top && top.line === line && at - top.at <= 24 && text.charAt(top.at) === '"' && quotedSymbols(text, ctx.doc.text, top.at, at)) {
        this.close(at, line, firstOnLine);
        return;
      }
      if (top && before === ' ' && spaces > seg.start && !/\s/.test(text.charAt(spaces - 1)) && (after === '' || /[\s),.;:!?]/.test(after))) {
        report(ctx, spaces, at + 1, '"', 0.7, 'A space before the closing quotation mark');
        this.close(at, line, firstOnLine);
      } else if ((before === '' || OPENS_BEFORE.test(before)) && !(top && DASHES.test(before) && (after === '' || /[\s),.;:!?]/.test(after)))) this.open(at, line, seg, false);
      // (after a dash, before a space or punctuation, it closes the open quotation: `"-----BEGIN CERTIFICATE-----" up to`)
      // with no quotation open, a mark after "=" and glued to what follows opens one (`width="1/2"`, `CFLAGS="-fpie"`,
      // `=&quot;x&quot;`: code quoted in a page); after a letter (`family"will`) it stays a closing mark
      else if (!top && before === '=' && after !== '' && !/\s/.test(after)) this.open(at, line, seg, false);
      else this.close(at, line, firstOnLine);
      return;
    }
    if (glyph === '„') {
      report(ctx, at, at + 1, '“', 0.9, 'The German opening mark „ is not English: write “');
      this.open(at, line, seg, false);
      return;
    }
    if (glyph === '”') {
      if (before === ':' && after === ' ' && /\p{L}/u.test(text.charAt(at + 2))) {
        // `say:” We`: the closing mark glued to the colon opens the quotation that follows; inside
        // another quotation it opens an inner one, which English writes with single marks
        const inner = stack.length > 0;
        report(ctx, at - 1, at + 2, inner ? ': ‘' : ': “', 0.8, 'A closing quotation mark after a colon, before the words it quotes: it should open the quotation');
        this.open(at, line, seg, inner);
        return;
      }
      if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) {
        // a Hebrew abbreviation in Latin letters writes its gershayim so ("z”l", "b”h"): no apostrophe
        if (!gershayim(text, at)) report(ctx, at, at + 1, '’', 0.8, 'A closing quotation mark used as an apostrophe: write ’');
        return;
      }
      if (!top && (before === '' || OPENS_BEFORE.test(before)) && /\p{L}/u.test(after) && closesLater(text, at)) {
        // `is ”sick” to`: a closing mark where the quotation opens
        report(ctx, at, at + 1, '“', 0.7, 'A closing quotation mark where the quotation opens: write “');
        this.open(at, line, seg, false);
        return;
      }
      this.close(at, line, firstOnLine);
      return;
    }
    // “
    if (top && before !== '' && !/\s/.test(before) && !OPENS_BEFORE.test(before) && (after === '' || /[\s,.;:!?)]/.test(after))) {
      // German closing “ after „, or a reversed closer: `he said.“ Then`
      report(ctx, at, at + 1, '”', 0.8, 'An opening quotation mark where the quotation ends: write ”');
      stack.pop();
      return;
    }
    if (top?.fromColon && /[.?!,]/.test(text.charAt(at - 2)) && before === ' ' && /\p{L}/u.test(after)) {
      // `for us? “And`: the mark that ends the inner quotation opened at the colon, with the space on the wrong side
      report(ctx, at - 2, at + 1, `${text.charAt(at - 2)}’ `, 0.8, 'An opening quotation mark where the quotation opened after the colon ends: it should close it');
      stack.pop();
      return;
    }
    this.open(at, line, seg, false);
  }

  private open(at: number, line: number, seg: Segment, fromColon: boolean): void {
    const { stack } = this;
    const top = stack[stack.length - 1];
    // a quotation running on into a new paragraph opens it again without closing the one before; so
    // does one whose paragraphs were run together, or whose closing mark was lost: at a sentence start
    const paragraph = top && (top.line < line || top.at < this.paragraphStart) && startsLine(this.text, at, seg.start);
    const runsOn = this.runsOn(at, line, seg.start);
    if (top && (paragraph || afterSentence(this.text, at, seg.start))) {
      top.at = at;
      top.line = line;
      top.runsOn = runsOn;
      top.followed = false;
      return;
    }
    if (stack.length >= MAX_DEPTH) this.unclosed(stack.shift() as Open, 'This quotation is not closed before the next one opens');
    stack.push({ at, line, fromColon, runsOn, followed: false });
  }

  /** See {@link Open.runsOn}: what stands before the mark and the letter after it. */
  private runsOn(at: number, line: number, from: number): boolean {
    const { text } = this;
    let i = at - 1;
    while (i >= from && /[ \t\u00a0]/.test(text.charAt(i))) i--;
    const before = i < from ? '\n' : text.charAt(i);
    if (!/[\n\r:.!?…,;\u2014\u2013-]/.test(before)) return false;
    if (/\p{Lu}/u.test(text.charAt(at + 1))) return true;
    return before === ',' && this.lastCloseLine === line;
  }

  /**
   * A closing mark with nothing to close is reported only when another quotation mark stands before
   * it on its line, or its line is the first: otherwise the quotation may have opened in an earlier
   * paragraph that did not show it again, or before the start of an excerpt (`Thank you," the press
   * service quotes him`).
   */
  private close(at: number, line: number, firstOnLine: boolean): void {
    if (this.stack.pop() !== undefined) this.lastCloseLine = line;
    else if (!firstOnLine || line === this.firstLine) lowFlag(this.ctx, at, 'A closing quotation mark with no opening mark before it');
  }

  private unitOf(pos: number): number {
    const starts = this.unitStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

export function lowFlag(ctx: RuleContext, at: number, message: string): void {
  if (at < 0) return;
  ctx.report({ start: at, end: at + 1, message, confidence: LOW, severity: 'info' });
}

export function report(ctx: RuleContext, start: number, end: number, replacement: string, confidence: number, message: string): void {
  const low = confidence < 0.7;
  ctx.report({
    start,
    end,
    message,
    confidence,
    suggestions: [{ text: replacement, confidence }],
    autofix: !low,
    ...(low ? { severity: 'info' as const } : {}),
  });
}

/**
 * The stretch of an HTML file between two segments holds inline code left out of the prose and nothing
 * else but inline tags: the sentence goes on across it (`"<code>x</code>"`). Any other element (a cell,
 * a term, a comment) ends what a mark can be read against.
 */
function onlyLeftOutCode(gap: string): boolean {
  let code = false;
  for (const m of gap.matchAll(TAG)) {
    const name = (m[1] as string).toLowerCase();
    if (HTML_INLINE_CODE.has(name)) code = true;
    else if (!HTML_INLINE.has(name)) return false;
  }
  return code && !gap.includes('<!');
}
