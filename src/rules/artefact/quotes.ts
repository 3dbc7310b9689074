import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'artefact/quotes',
  severity: 'warning',
  description:
    'Quotation marks machine translation put in the wrong place or form: a closing mark where an opening one belongs ' +
    '(`say:” We`) and the reverse (`for us? “And`), French or German marks (« », „ “), and quotation marks that do not ' +
    'pair up (straight marks in a paragraph with an odd number of them, a closing curly mark with nothing to close, ' +
    'a quotation still open at the end). Apostrophes (don’t, ’90s, students’) are not quotation marks and are never checked.',
  confidence:
    '0.9 for French or German marks; 0.8 for a closing mark glued to a colon before a new word (it opens the quote) and ' +
    'for the opening mark that then stands where that inner quote ends; 0.45 (severity info, no fix) for an unpaired ' +
    'mark, because the source may have lost it in copying. A second opening curly mark while one is open is not ' +
    'flagged: quotations run on over paragraphs, and clean texts lose closing marks more often than MT swaps them.',
  examples: [
    {
      text: '“We work with other countries to say:” We would like a favor for us? “And the further, the better,” he said.',
      flagged: ':” ',
      suggestion: ': ‘',
    },
    { text: '« We are ready to govern », added Jordan Bardella.', flagged: '« ', suggestion: '“' },
    { text: 'said the decision was "a step in the right direction, but came too late.', flagged: '"' },
  ],
} satisfies Rule['meta'];

const LOW = 0.45;
// characters after which a quotation mark opens a quotation
const OPENS_BEFORE = /[\s([{\u2014\u2013/-]/u;

interface Paragraph {
  start: number;
  end: number;
}

function paragraphs(text: string, from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  // search the segment only: a search that may run on to the end of the text made files of many
  // segments (XLIFF, TSV) quadratic
  const slice = text.slice(from, to);
  const re = /(?:\r?\n|\r)[^\S\r\n]*(?:\r?\n|\r)\s*/g;
  let start = from;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    out.push({ start, end: from + m.index });
    start = from + m.index + m[0].length;
  }
  out.push({ start, end: to });
  return out.filter((p) => p.end > p.start);
}

export function check(ctx: RuleContext): void {
  for (const seg of ctx.doc.segments) {
    // most texts have no guillemets: then their paragraphs need not be found
    if (positions(ctx.text, GUILLEMET, seg.start, seg.end).length > 0) for (const p of paragraphs(ctx.text, seg.start, seg.end)) guillemets(ctx, p);
    curly(ctx, seg);
    straight(ctx, seg);
  }
}

const GUILLEMET = /[«»]/g;
const CURLY = /[“”„]/g;
const STRAIGHT = /"/g;

/**
 * Where the characters of a (global) class occur in text[from, to), in order: the loops below act on
 * nothing else, and a scan in the regex engine is much faster than a loop over every character.
 */
function positions(text: string, chars: RegExp, from: number, to: number): number[] {
  const out: number[] = [];
  const slice = text.slice(from, to);
  chars.lastIndex = 0;
  for (let m = chars.exec(slice); m; m = chars.exec(slice)) out.push(from + m.index);
  return out;
}

/**
 * True at the start of a line: a quotation that runs over several paragraphs opens each of them again
 * without closing the one before, so a second opening mark there is correct.
 */
function startsLine(text: string, at: number, from: number): boolean {
  const lineStart = Math.max(from, text.lastIndexOf('\n', at - 1) + 1, text.lastIndexOf('\r', at - 1) + 1);
  return text.slice(lineStart, at).trim() === '';
}

/** « » (French « word », German »word«) become “ ”, taking French inner spaces with them. */
function guillemets(ctx: RuleContext, p: Paragraph): void {
  const { text } = ctx;
  for (const at of positions(text, GUILLEMET, p.start, p.end)) {
    const c = text.charAt(at);
    const before = text.charAt(at - 1);
    const after = text.charAt(at + 1);
    const glued = at > p.start && !/\s/.test(before);
    // « opens unless glued to a word (German closer); » closes unless it starts a word (German opener)
    const opens = c === '«' ? !glued || OPENS_BEFORE.test(before) : /[\p{L}\p{N}]/u.test(after) && !glued;
    const message = `"${c}" is not an English quotation mark: write ${opens ? '“' : '”'}`;
    if (opens) report(ctx, at, /[ \u00a0\u202f]/.test(after) ? at + 2 : at + 1, '“', 0.9, message);
    else report(ctx, /[ \u00a0\u202f]/.test(before) ? at - 1 : at, at + 1, '”', 0.9, message);
  }
}

function curly(ctx: RuleContext, seg: Paragraph): void {
  const { text } = ctx;
  // quotation marks are paired over the whole text, not per paragraph, so that quotations running over
  // several paragraphs (and texts whose paragraphs were split arbitrarily) pair up as they should
  let depth = 0;
  let innerFromColon = false;
  let lastOpen = -1;
  for (const at of positions(text, CURLY, seg.start, seg.end)) {
    const glyph = text.charAt(at);
    const before = text.charAt(at - 1);
    const after = text.charAt(at + 1);
    if (glyph === '„') {
      // German opening mark; its partner “ is a closer, handled below
      report(ctx, at, at + 1, '“', 0.9, 'The German opening mark „ is not English: write “');
      depth = 1;
      lastOpen = at;
      continue;
    }
    if (glyph === '”' && before === ':' && after === ' ' && /\p{L}/u.test(text.charAt(at + 2))) {
      // `say:” We`: the closing mark glued to the colon is the opening mark of the quotation that follows;
      // inside a quotation it opens a quotation within it, which takes single marks
      report(ctx, at - 1, at + 2, depth > 0 ? ': ‘' : ': “', 0.8, 'A closing quotation mark after a colon, before the words it quotes: it should open the quotation');
      depth++;
      innerFromColon = depth > 1;
      lastOpen = at;
      continue;
    }
    if (glyph === '”') {
      if (depth === 0) lowFlag(ctx, at, 'A closing quotation mark with no opening mark before it');
      else depth--;
      continue;
    }
    // “
    if (depth > 0 && before !== '' && !/\s/.test(before) && !OPENS_BEFORE.test(before) && (after === '' || /[\s,.;:!?)]/.test(after))) {
      // German closing “ after „, or a reversed closer: `he said.“ Then`
      report(ctx, at, at + 1, '”', 0.8, 'An opening quotation mark where the quotation ends: write ”');
      depth--;
      continue;
    }
    if (depth > 0 && innerFromColon && /[.?!,]/.test(text.charAt(at - 2)) && before === ' ' && /\p{L}/u.test(after)) {
      // `for us? “And`: the mark that ends the quotation opened at the colon, with the space on the wrong side
      report(ctx, at - 2, at + 1, `${text.charAt(at - 2)}’ `, 0.8, 'An opening quotation mark where the quotation opened after the colon ends: it should close it');
      depth--;
      innerFromColon = false;
      continue;
    }
    // An opening mark while a quotation is open is left alone: in edited prose it is almost always a closing
    // mark the source itself lost, or a quotation running on into a new paragraph.
    depth = 1;
    innerFromColon = false;
    lastOpen = at;
  }
  if (depth > 0) lowFlag(ctx, lastOpen, 'This quotation is never closed');
}

/** Straight double quotes, told apart by spacing: a mark after a space or at a line start opens a quotation. */
function straight(ctx: RuleContext, seg: Paragraph): void {
  const { text } = ctx;
  let open = -1;
  let odd: Paragraph[] | undefined;
  const unpaired = (at: number, message: string) => {
    // a paragraph whose straight quotes pair up by count is left alone, whatever the spacing suggests
    if ((odd ??= oddParagraphs(text, seg)).some((p) => p.start <= at && at < p.end)) lowFlag(ctx, at, message);
  };
  for (const at of positions(text, STRAIGHT, seg.start, seg.end)) {
    if (!isStraightQuote(text, at)) continue;
    const opens = at === seg.start || OPENS_BEFORE.test(text.charAt(at - 1));
    if (!opens) {
      if (open < 0) unpaired(at, 'A closing quotation mark with no opening mark before it');
      open = -1;
      continue;
    }
    if (open >= 0 && !startsLine(text, at, seg.start)) unpaired(open, 'This quotation is not closed before the next one opens');
    open = at;
  }
  if (open >= 0) unpaired(open, 'This quotation is never closed');
}

// 5'10": a mark after a digit is an inch mark, not a quotation mark
function isStraightQuote(text: string, at: number): boolean {
  return text.charAt(at) === '"' && !/\d/.test(text.charAt(at - 1));
}

function oddParagraphs(text: string, seg: Paragraph): Paragraph[] {
  return paragraphs(text, seg.start, seg.end).filter((p) => {
    let n = 0;
    for (const at of positions(text, STRAIGHT, p.start, p.end)) if (isStraightQuote(text, at)) n++;
    return n % 2 === 1;
  });
}

function lowFlag(ctx: RuleContext, at: number, message: string): void {
  if (at < 0) return;
  ctx.report({ start: at, end: at + 1, message, confidence: LOW, severity: 'info' });
}

function report(ctx: RuleContext, start: number, end: number, replacement: string, confidence: number, message: string): void {
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

export default { meta, check } satisfies Rule;
