import type { Rule, RuleContext } from '../types.js';
import { OPENS_BEFORE, Pairing, report } from './quote-pairing.js';

export const meta = {
  id: 'artefact/quotes',
  severity: 'warning',
  description:
    'Quotation marks machine translation put in the wrong place or form: a closing mark where an opening one belongs ' +
    '(`say:” We`) and the reverse (`for us? “And`), French or German marks (« », „ “), a closing mark used as an ' +
    'apostrophe (I”ll), a space before a closing straight mark (`the term " black holes " and`), and quotation marks that do not pair up (a closing mark with nothing to close, a quotation ' +
    'never closed). Straight and curly marks are paired in one pass, across inline markup, over the lines of a ' +
    'quotation that runs on (sentence-per-line text) and into a paragraph that opens with a quotation mark again ' +
    '(news style), one level of quotation inside another allowed. A quoted sentence left open at the end of its ' +
    'paragraph, and a closing mark with no other mark before it on a later line, are taken to run on over lines that ' +
    'do not repeat the mark (sentence-per-line text, excerpts) and are not reported. Apostrophes (don’t, ’90s, students’) are not ' +
    'quotation marks and are never checked.',
  confidence:
    '0.9 for French or German marks (0.6 and no fix when the partner of a guillemet in the paragraph is another kind of mark); 0.8 for a closing mark glued to a colon before a new word (it opens the quote; ' +
    'single marks inside another quotation) and for the mark that then stands where that inner quote ends, and for a ' +
    'closing mark between letters; 0.7 for a space before a closing straight mark and for a closing mark that opens a quotation closed later on the line; 0.45 ' +
    '(severity info, no fix) for an unpaired mark, because the source may have lost it in copying. A quotation left ' +
    'open for 2,500 characters is reported as never closed.',
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
  const pairing = new Pairing(ctx);
  let prev: Paragraph | undefined;
  for (const seg of ctx.doc.segments) {
    // most texts have no guillemets: then their paragraphs need not be found
    if (positions(ctx.text, GUILLEMET, seg.start, seg.end).length > 0) for (const p of paragraphs(ctx.text, seg.start, seg.end)) guillemets(ctx, p);
    if (prev) pairing.between(prev, seg);
    pairing.segment(seg);
    prev = seg;
  }
  pairing.finish();
}

const GUILLEMET = /[«»]/g;

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

/** « » (French « word », German »word«) become “ ”, taking French inner spaces with them. */
function guillemets(ctx: RuleContext, p: Paragraph): void {
  const { text } = ctx;
  const marks = positions(text, GUILLEMET, p.start, p.end);
  // a mark whose partner in the paragraph is not a guillemet ('Let me in. ») may not be a double
  // quotation mark at all: the swap is only suggested, never made by --fix
  const paired = marks.some((at) => text.charAt(at) === '«') && marks.some((at) => text.charAt(at) === '»');
  const sure = paired ? 0.9 : 0.6;
  for (const at of marks) {
    const c = text.charAt(at);
    const before = text.charAt(at - 1);
    const after = text.charAt(at + 1);
    // a lone » after a space at the end of a line, a link's text or the paragraph is an arrow ("More examples »",
    // "Read more »"), and a lone « before a space at the start of one is its twin ("« Back")
    if (!paired && (c === '»' ? /\s/.test(before) && arrowEnd(ctx, at + 1, p.end) : /\s/.test(after) && arrowStart(ctx, at - 1, p.start))) continue;
    const glued = at > p.start && !/\s/.test(before);
    // « opens unless glued to a word (German closer); » closes unless it starts a word (German opener)
    const opens = c === '«' ? !glued || OPENS_BEFORE.test(before) : /[\p{L}\p{N}]/u.test(after) && !glued;
    const message = `"${c}" is not an English quotation mark: write ${opens ? '“' : '”'}`;
    if (opens) report(ctx, at, /[ \u00a0\u202f]/.test(after) ? at + 2 : at + 1, '“', sure, message);
    else report(ctx, /[ \u00a0\u202f]/.test(before) ? at - 1 : at, at + 1, '”', sure, message);
  }
}

/** Only blanks (markup the prose view leaves out) up to the end of the line or paragraph from `at`. */
function arrowEnd(ctx: RuleContext, at: number, end: number): boolean {
  for (let i = at; i < end; i++) {
    const c = ctx.text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xfdd0) return ctx.doc.prose !== undefined && /^\]/.test(ctx.doc.text.slice(i));
  }
  return true;
}

/** Only blanks back to the start of the line or paragraph from `at`. */
function arrowStart(ctx: RuleContext, at: number, start: number): boolean {
  for (let i = at; i >= start; i--) {
    const c = ctx.text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 0xfdd0) return false;
  }
  return true;
}

export default { meta, check } satisfies Rule;
