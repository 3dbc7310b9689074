import type { Segment } from './document.js';
import type { Span } from './span.js';

export type TokenKind = 'word' | 'number' | 'punct';

/** A word, number or single punctuation character, with its offsets in the document text. */
export interface Token extends Span {
  text: string;
  lower: string;
  kind: TokenKind;
  /** Whitespace (or the segment start) stands between this token and the one before. */
  spaceBefore: boolean;
  /** Index of the segment the token lies in. */
  segment: number;
}

type CharClass = 0 /* space */ | 1 /* letter */ | 2 /* mark */ | 3 /* number */ | 4 /* other */ | 5 /* filler */;

/**
 * What the prose view pads an entity or escape inside a word with (`couldn&#8217;t` reads
 * "couldn’" + six of these + "t", `d&eacute;tente` "dé" + seven + "tente"), so the prose keeps the
 * file's offsets without a space splitting the word: a Unicode noncharacter, which no text holds. A
 * word runs on over fillers when a letter follows them, and a token's `text` leaves them out; between
 * tokens they stand for nothing (no space), so "couldn", "’", "t" touch as they do in "couldn’t".
 */
export const FILLER = '\ufdd0';
const FILLER_CODE = 0xfdd0;
const FILLERS = /\ufdd0/g;

/** s without the prose view's fillers: what a stretch of the prose reads as (a message, a compared text). */
export function unfilled(s: string): string {
  return s.includes(FILLER) ? s.replace(FILLERS, '') : s;
}

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const NUMBER = /\p{N}/u;
const SPACE = /\s/u;

function classifyCode(cp: number, ch: string): CharClass {
  if (cp === FILLER_CODE) return 5;
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return 1;
    if (cp >= 48 && cp <= 57) return 3;
    if (cp === 32 || (cp >= 9 && cp <= 13)) return 0;
    return 4;
  }
  if (LETTER.test(ch)) return 1;
  if (MARK.test(ch)) return 2;
  if (NUMBER.test(ch)) return 3;
  if (SPACE.test(ch)) return 0;
  return 4;
}

/**
 * Calls `visit(start, end, kind)` for each token of text[from, to): a letter followed by letters and
 * combining marks is a word, digits are a number, any other non-space code point is a punctuation
 * token of its own. Apostrophes and hyphens are their own tokens, so "Starrer's" yields "Starrer",
 * "'", "s". Returning false from `visit` stops the scan. A hand-rolled scan rather than a Unicode
 * regular expression: it is the hottest loop of a check (about 2x faster on 1 MB).
 */
export function scanTokens(text: string, from: number, to: number, visit: (start: number, end: number, kind: TokenKind) => boolean | void): void {
  let i = from;
  while (i < to) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff && i + 1 < to ? 2 : 1;
    const cls = classifyCode(cp, width === 2 ? text.slice(i, i + 2) : text.charAt(i));
    // a combining mark with no letter before it belongs to no token, nor does a filler between tokens
    if (cls === 0 || cls === 2 || cls === 5) {
      i += width;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    i += width;
    if (cls === 1 || cls === 3) {
      kind = cls === 1 ? 'word' : 'number';
      while (i < to) {
        const c = text.codePointAt(i) as number;
        if (c === FILLER_CODE) {
          const j = pastFillers(text, i, to);
          if (j < to && continues(cls, (wideClass(text, j, to) & 7) as CharClass)) {
            i = j;
            continue;
          }
          break;
        }
        const w = c > 0xffff && i + 1 < to ? 2 : 1;
        const k = classifyCode(c, w === 2 ? text.slice(i, i + 2) : text.charAt(i));
        if (!continues(cls, k)) break;
        i += w;
      }
    } else kind = 'punct';
    if (visit(start, i, kind) === false) return;
  }
}

/** The strings that tokens of one text share (see `tokenize`). */
interface Shared {
  text: string;
  lower: string;
}

/** Character classes of the ASCII range, as `classifyCode` gives them. */
const ASCII_CLASS = new Uint8Array(128).map((_, c) => classifyCode(c, String.fromCharCode(c)));
const KINDS: readonly TokenKind[] = ['punct', 'word', 'punct', 'number', 'punct', 'punct'];

/** Whether a character of class k goes on with a token that began with class cls (a word, a number). */
function continues(cls: number, k: number): boolean {
  return cls === 1 ? k === 1 || k === 2 : k === 3;
}

/**
 * From i, the first offset going by `step` (1 up to `to`, -1 down to 0) that holds no filler: past the
 * run of fillers at i, where a word or a neighbouring mark goes on.
 */
export function pastFillers(text: string, i: number, to = text.length, step: 1 | -1 = 1): number {
  while (i >= 0 && i < to && text.charCodeAt(i) === FILLER_CODE) i += step;
  return i;
}

/** Class of the code point at i. */
function wideOrAscii(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? (ASCII_CLASS[c] as number) : wideClass(text, i, to) & 7;
}

/** Class of the non-ASCII code point at i, with its width in code units times 8 added. */
function wideClass(text: string, i: number, to: number): number {
  const cp = text.codePointAt(i) as number;
  const width = cp > 0xffff && i + 1 < to ? 2 : 1;
  return classifyCode(cp, width === 2 ? text.slice(i, i + 2) : text.charAt(i)) | (width << 3);
}

/**
 * Splits the segments into tokens (see `scanTokens`), with their offsets in the document text. The
 * same scan as `scanTokens`, inlined with a table for ASCII: it runs over every character checked.
 *
 * Tokens of the same text share one string for `text` and one for `lower` (the same string when the
 * text is already lower case): a 256 KB part of English prose has ~52,000 tokens but ~9,000 distinct
 * texts. The tokens live as long as the rules run over a part, long enough to be promoted to V8's old
 * space, so what they hold stays until the next full collection: each token was ~139 bytes, a slice and
 * its lower-cased copy taking half of it (a 1 MB text's four parts left ~28 MB of them behind).
 */
export function tokenize(text: string, segments: readonly Segment[]): Token[] {
  const tokens: Token[] = [];
  const seen = new Map<string, Shared>();
  for (let segment = 0; segment < segments.length; segment++) {
    const seg = segments[segment] as Segment;
    const to = seg.end;
    let prevEnd = -1;
    let i = seg.start;
    while (i < to) {
      let c = text.charCodeAt(i);
      let cls: number;
      let width = 1;
      if (c < 128) cls = ASCII_CLASS[c] as number;
      else {
        const r = wideClass(text, i, to);
        cls = r & 7;
        width = r >> 3;
      }
      // a combining mark with no letter before it belongs to no token; a filler between tokens is no space
      if (cls === 0 || cls === 2 || cls === 5) {
        if (cls === 5 && prevEnd === i) prevEnd++;
        i += width;
        continue;
      }
      const start = i;
      let filled = false;
      i += width;
      if (cls === 1 || cls === 3) {
        while (i < to) {
          c = text.charCodeAt(i);
          if (c < 128) {
            if (ASCII_CLASS[c] !== cls) break;
            i++;
          } else if (c === FILLER_CODE) {
            const j = pastFillers(text, i, to);
            if (j >= to || !continues(cls, wideOrAscii(text, j, to))) break;
            filled = true;
            i = j;
          } else {
            const r = wideClass(text, i, to);
            if (!continues(cls, r & 7)) break;
            i += r >> 3;
          }
        }
      }
      const slice = filled ? unfilled(text.slice(start, i)) : text.slice(start, i);
      let shared = seen.get(slice);
      if (shared === undefined) {
        const lower = slice.toLowerCase();
        shared = { text: slice, lower: lower === slice ? slice : lower };
        seen.set(slice, shared);
      }
      tokens.push({ start, end: i, text: shared.text, lower: shared.lower, kind: KINDS[cls] as TokenKind, spaceBefore: prevEnd !== start, segment });
      prevEnd = i;
    }
  }
  return tokens;
}

/** The first token of a string, lower-cased ('' when it has none). */
export function firstLower(s: string): string {
  // fast path for the usual glossary term, an ASCII word followed by a space or ASCII punctuation;
  // called for every term and variant of a glossary when it is compiled
  let i = 0;
  while (i < s.length && isAsciiLetter(s.charCodeAt(i))) i++;
  if (i > 0 && (i === s.length || s.charCodeAt(i) < 128) && !isAsciiDigit(s.charCodeAt(i))) return s.slice(0, i).toLowerCase();
  let first = '';
  scanTokens(s, 0, s.length, (start, end) => {
    first = s.slice(start, end).toLowerCase();
    return false;
  });
  return first;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isCapitalized(word: string): boolean {
  // an ASCII first letter is capitalised when it is A-Z: no one-character strings for the usual word
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** True when the token starts a sentence: first in its segment, or after . ! ? : or a line break gap. */
export function startsSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i];
  if (!tok) return false;
  const prev = tokens[i - 1];
  if (!prev || prev.segment !== tok.segment) return true;
  if (tok.start - prev.end > 1 && blankLineBetween(text, prev.end, tok.start)) return true;
  let j = i - 1;
  // skip opening quotes and brackets, a few at most: callers ask this of every token, and a run of
  // thousands of openers ("««««...") walked back over whole made a check quadratic (40,000: 3.8 s)
  const stop = Math.max(-1, j - MAX_OPENERS);
  while (j > stop && OPENERS.has((tokens[j] as Token).text)) j--;
  const p = tokens[j];
  if (!p || p.segment !== tok.segment) return true;
  return ENDERS.has(p.text);
}

/** Openers skipped back over at most (no sentence opens with more). */
const MAX_OPENERS = 8;
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const ENDERS = new Set(['.', '!', '?', ':', '…']);

/** Two line breaks (LF, CRLF or CR) with only white space between, in text[from, to). Called per token: no slicing. */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) {
      if (++breaks === 2) return true;
    } else if (c !== 13 && c !== 32 && c !== 9 && c !== 12 && c !== 11 && c !== 0xa0 && !/\s/.test(text.charAt(k))) breaks = 0;
  }
  return false;
}
