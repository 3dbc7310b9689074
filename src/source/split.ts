import type { Document } from '../document/document.js';
import { langData } from './lang-data.js';
import { BREAKER as BREAKS, classAt, LETTER_ONLY, UPPER, widthAt } from './letters.js';

/** A sentence of a document: offsets into its text, trimmed of surrounding space. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph the sentence is in. */
  paragraph: number;
}

/** Documents longer than this are not split (nor aligned): alignment is for stories, not for corpora. */
export const MAX_SPLIT_CHARS = 2_000_000;

const TERMINAL = /[.!?:;"”»«“)\]…。！？]$/u;
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The sentences of a document, in order, grouped in paragraphs. Only text inside the document's prose
 * segments counts: everything else (markup, code) is read as spaces, so offsets stay those of the
 * file. Each non-empty line is a paragraph, unless the text looks hard-wrapped (most lines end
 * without sentence punctuation and run on into the next), then blank lines separate paragraphs.
 *
 * Sentences come from Intl.Segmenter (ICU's sentence rules, built into Node: no dependency, and it
 * knows the full stops of Chinese and Japanese, which the npm splitters written for English do not).
 * ICU ends a sentence at every "period, space, capital", so a sentence that ends with an abbreviation
 * of the language (corpora/lang/languages.json: "z.", "Dr."), a single letter ("B.") or, in German, an
 * ordinal ("am 16. März") is joined to the next.
 */
export function splitSentences(doc: Document, lang: string): Sentence[] {
  if (doc.text.length > MAX_SPLIT_CHARS) return [];
  const prose = proseView(doc);
  const paragraphs = splitParagraphs(prose);
  const abbreviations = abbreviationsOf(lang);
  const ordinals = lang === 'de';
  const out: Sentence[] = [];
  paragraphs.forEach(([from, to], paragraph) => {
    let pending: Sentence | undefined;
    // line breaks inside a hard-wrapped paragraph are read as spaces (same length, so offsets hold)
    const body = prose.slice(from, to);
    const parts = oneSentence(body) ? [0, body.length] : sentenceBounds(body.includes('\n') ? body.replace(/\n/g, ' ') : body, lang);
    for (let p = 0; p + 1 < parts.length; p++) {
      const s = trimmed(prose, from + (parts[p] as number), from + (parts[p + 1] as number));
      if (!s) continue;
      const sentence = { start: pending ? pending.start : s.start, end: s.end, paragraph };
      pending = undefined;
      if (endsWithAbbreviation(prose, sentence, abbreviations, ordinals)) pending = sentence;
      else out.push(sentence);
    }
    if (pending) out.push(pending);
  });
  return out;
}

const TERMINATOR = /^[\p{Sentence_Terminal}\u2024\ufe52\uff0e]$/u;
const CLOSER = /^[\p{Pe}\p{Pf}"'’”»]$/u;

/**
 * Speed: a paragraph (trimmed) with no sentence terminator or separator before its final terminators
 * is one sentence, whatever the language: UAX #29, which ICU implements, breaks only after those, and
 * the end of the text is the end of the last sentence. Such paragraphs (most lines of a wire story or
 * of WMT) skip Intl.Segmenter, the costliest step of splitting; on the 122,576 lines of WMT23
 * (sources, references, MT) the segmenter gave one sentence for every line this lets through.
 */
function oneSentence(body: string): boolean {
  // the final terminators and the closing marks after them, read backwards (a regex anchored at the end
  // would backtrack over every long run of dots inside the text)
  let end = body.length;
  while (end > 0 && CLOSER.test(lastChar(body, end))) end -= lastChar(body, end).length;
  let cut = end;
  while (cut > 0 && TERMINATOR.test(lastChar(body, cut))) cut -= lastChar(body, cut).length;
  // no sentence breaker (letters.ts BREAKER) before the final terminators
  for (let i = 0; i < cut; i += widthAt(body, i)) if ((classAt(body, i) & BREAKS) !== 0) return false;
  return true;
}

/**
 * Where Intl.Segmenter's sentences of `body` in `lang` start, and its length: [0, b1, ..., body.length].
 * The segmenter is made only when simpleBounds cannot decide: most paragraphs never need it, and making
 * one is ~20 ms (ICU's sentence rules) at a process's first check.
 *
 * Speed: Intl.Segmenter costs some microseconds a call and a paragraph, most of splitting. UAX #29,
 * which ICU implements, breaks only after a terminator (STerm, ATerm) or a separator, so simpleBounds
 * decides each terminator of a paragraph by the rules that can apply to it, and gives the paragraph to
 * the segmenter as soon as one is not plainly decided: a separator or a terminator other than ".", "!",
 * "?", or a character after one that it does not know. On the 122,576 lines of WMT23 (sources,
 * references, MT) its bounds are the segmenter's for every line it decides.
 */
export function sentenceBounds(body: string, lang: string): number[] {
  const simple = simpleBounds(body);
  if (simple) return simple;
  const segmenter = segmenterFor(lang);
  // Intl.Segmenter on one string of more than some 60,000 characters takes time that grows with the
  // square of its length (Node 20: 110,000 characters 2.6 s, 220,000 10 s), so a long paragraph is given
  // to it in pieces of SEGMENT_CHUNK characters. A piece's breaks are kept up to the last one with
  // SEGMENT_CONTEXT characters after it (a break depends on the text after it only up to the next
  // letter), and the next piece starts there: the bounds are the segmenter's on the whole. A sentence
  // longer than a piece (no kept break) is cut at the piece's end.
  const out: number[] = [0];
  let from = 0;
  while (from < body.length) {
    const to = Math.min(body.length, from + SEGMENT_CHUNK);
    const whole = to === body.length;
    let next = to;
    for (const part of segmenter.segment(body.slice(from, to))) {
      const at = from + part.index;
      if (at === from) continue;
      if (!whole && at + SEGMENT_CONTEXT > to) break;
      out.push(at);
      next = at;
    }
    if (whole) break;
    if (next === to) out.push(to);
    from = next;
  }
  out.push(body.length);
  return out;
}

/** Characters given to Intl.Segmenter at once, and the text a kept break needs after it (see sentenceBounds). */
const SEGMENT_CHUNK = 20_000;
const SEGMENT_CONTEXT = 1_000;

/**
 * sentenceBounds by UAX #29's rules for ".", "!", "?" (a run of them, then Close*, then spaces), or
 * undefined when something else decides:
 * - SB6, SB7: a full stop right before a digit, or between a letter and a capital ("8.5", "z.B."), breaks nothing;
 * - SB8a: a terminator whose closing marks and spaces are followed by SContinue (",", "-", ":") breaks nothing;
 * - SB8: a full stop (ATerm) breaks nothing when the first letter after its closing marks and spaces is
 *   lower case, whatever digits, brackets and quotes come before it ("etc. (2) the", "z. B. in");
 * - SB11: otherwise a break after the spaces (". Der", ". “Die", "! Er").
 */
export function simpleBounds(body: string): number[] | undefined {
  const out = [0];
  for (let i = 0; i < body.length; i += widthAt(body, i)) {
    if ((classAt(body, i) & BREAKS) === 0) continue;
    let e = i;
    while (e < body.length && isSimpleTerminator(body.charCodeAt(e))) e++;
    if (e === i) return undefined;
    const aTerm = body.charCodeAt(e - 1) === 46;
    const closed = e;
    while (e < body.length && isCloser(body.charCodeAt(e))) e++;
    const spaced = e;
    while (e < body.length && body.charCodeAt(e) === 32) e++;
    if (e === body.length) break;
    const x = body.charCodeAt(e);
    if (e === closed) {
      // nothing between the terminator and the next character
      if (isContinue(x) || (aTerm && e - i === 1 && ((x >= 48 && x <= 57) || isAsciiLower(x) || (isAsciiUpper(x) && isAsciiLetter(body.charCodeAt(i - 1)))))) {
        i = e - 1;
        continue;
      }
      return undefined;
    }
    if (isContinue(x)) {
      i = e - 1;
      continue;
    }
    let y = e;
    if (aTerm) while (y < body.length && isRunMark(body.charCodeAt(y))) y++;
    const first = y < body.length ? classAt(body, y) : 0;
    if (aTerm && y < body.length && isLower(body, y, first)) {
      i = y - 1;
      continue;
    }
    // a break before x: after a full stop only before a capital (SB8 fails), after "!" or "?" before a
    // capital, a lower-case letter, a digit or an opening mark
    const breaks = (first & UPPER) !== 0 || (!aTerm && (isRunMark(x) || isLower(body, e, classAt(body, e))));
    if (!breaks || e === spaced) return undefined;
    out.push(e);
    i = e - 1;
  }
  out.push(body.length);
  return out;
}

const isSimpleTerminator = (c: number) => c === 46 || c === 33 || c === 63;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLetter = (c: number) => isAsciiLower(c) || isAsciiUpper(c);
/** Quotation marks and closing brackets, all UAX #29 Close: " ' ) ] » ’ ” and the German low ones. */
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb || c === 0x2019 || c === 0x201d;
/** UAX #29 SContinue of Latin text: , - : ; – — */
const isContinue = (c: number) => c === 44 || c === 45 || c === 58 || c === 59 || c === 0x2013 || c === 0x2014;
/** Digits, opening quotation marks and brackets: neither a letter nor a terminator nor a separator (SB8's run). */
const isRunMark = (c: number) => (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 || c === 0xab || c === 0xbb || c === 0x201e || c === 0x201c || c === 0x2018 || c === 0x201a;
/** A lower-case letter (\p{Ll}; Lowercase letters outside Ll are left to the segmenter by the callers' UPPER test). */
function isLower(body: string, at: number, cls: number): boolean {
  const c = body.charCodeAt(at);
  if (isAsciiLower(c)) return true;
  if (c < 0xc0 || (cls & LETTER_ONLY) === 0 || (cls & UPPER) !== 0) return false;
  return LOWER.test(body.slice(at, at + widthAt(body, at)));
}
const LOWER = /^\p{Ll}$/u;

/** The character (code point) that ends body[0, end). */
function lastChar(body: string, end: number): string {
  const low = body.charCodeAt(end - 1);
  return low >= 0xdc00 && low <= 0xdfff && end >= 2 && body.charCodeAt(end - 2) >= 0xd800 && body.charCodeAt(end - 2) <= 0xdbff ? body.slice(end - 2, end) : body.charAt(end - 1);
}

function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/** The text with everything outside the prose segments blanked, line breaks kept. */
function proseView(doc: Document): string {
  if (doc.segments.length === 1 && doc.segments[0]?.start === 0 && doc.segments[0].end === doc.text.length) return doc.text;
  const parts: string[] = [];
  let at = 0;
  for (const seg of doc.segments) {
    if (seg.start > at) parts.push(doc.text.slice(at, seg.start).replace(/[^\n]/g, ' '));
    parts.push(doc.text.slice(Math.max(at, seg.start), seg.end));
    at = Math.max(at, seg.end);
  }
  if (at < doc.text.length) parts.push(doc.text.slice(at).replace(/[^\n]/g, ' '));
  return parts.join('');
}

/** A line's first letter or digit (after an opening quote, bracket or dash) is a small letter. */
const OPENS_SMALL = /^[^\p{L}\p{N}]{0,3}\p{Ll}/u;

/**
 * Paragraph ranges: lines, or blank-line separated blocks when the text is hard-wrapped (half its lines
 * or more end without sentence punctuation and run on: into a line that opens in lower case, or filled
 * to the text's width).
 */
function splitParagraphs(text: string): [number, number][] {
  const lines: [number, number][] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const line = trimmed(text, at, nl);
    lines.push(line ? [line.start, line.end] : [at, at]);
    at = nl + 1;
  }
  let runOn = 0, nonEmpty = 0;
  // hard-wrapped text has a width: its lines stop short of it by less than a word or two
  let width = 0;
  for (const [s, e] of lines) width = Math.max(width, e - s);
  const filled = (s: number, e: number) => width >= 50 && width <= 100 && e - s >= 0.7 * width;
  for (let k = 0; k < lines.length; k++) {
    const [s, e] = lines[k] as [number, number];
    if (e === s) continue;
    nonEmpty++;
    const next = lines[k + 1];
    // only into a line that opens in lower case: one before a capital ("Arguments of the Week" / "Saint
    // Petersburg → Society"), a digit or a letter of a script without case is a heading or an item of its own
    if (next && next[1] > next[0] && !TERMINAL.test(text.slice(Math.max(s, e - 1), e)) && (filled(s, e) || OPENS_SMALL.test(text.slice(next[0], next[0] + 8)))) runOn++;
  }
  if (runOn < nonEmpty / 2) return lines.filter(([s, e]) => e > s);
  // hard-wrapped: blocks of lines; the segmenter reads the line breaks inside one as spaces
  const blocks: [number, number][] = [];
  let block: [number, number] | undefined;
  for (const [s, e] of lines) {
    if (e === s) {
      if (block) blocks.push(block);
      block = undefined;
    } else if (block) block[1] = e;
    else block = [s, e];
  }
  if (block) blocks.push(block);
  return blocks;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } | undefined {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c > 0x1fff && /\s/.test(String.fromCharCode(c)));

const LAST_WORD = /(?:^|[\s(])([\p{L}.-]{1,6}|\d{1,2})\.$/u;

const abbreviationSets = new Map<string, ReadonlySet<string>>();

/** The language's abbreviations (languages.json), as a set made once per process and language. */
function abbreviationsOf(lang: string): ReadonlySet<string> {
  let set = abbreviationSets.get(lang);
  if (!set) abbreviationSets.set(lang, (set = new Set(langData(lang)?.abbreviations ?? [])));
  return set;
}

function endsWithAbbreviation(text: string, s: Sentence, abbreviations: ReadonlySet<string>, ordinals: boolean): boolean {
  // cheap rejection: LAST_WORD ends with a full stop
  if (text.charCodeAt(s.end - 1) !== 46) return false;
  const tail = text.slice(Math.max(s.start, s.end - 12), s.end);
  const m = LAST_WORD.exec(tail);
  if (!m) return false;
  const word = m[1] as string;
  if (/^\d+$/.test(word)) return ordinals;
  return /^\p{L}$/u.test(word) || abbreviations.has(word) || word.includes('.');
}
