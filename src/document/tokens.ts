import type { Segment } from './document.js';

export type TokenKind = 'word' | 'number' | 'punct';

/** A word, number or single punctuation character, with its offsets in the document text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Whitespace (or the segment start) stands between this token and the one before. */
  spaceBefore: boolean;
  /** Index of the segment the token lies in. */
  segment: number;
}

// Letters with their combining marks, digits, and single non-space characters. Apostrophes and
// hyphens are their own tokens, so "Starrer's" yields "Starrer", "'", "s".
const TOKEN = /(\p{L}[\p{L}\p{M}]*)|(\p{N}+)|([^\s\p{L}\p{M}\p{N}])/gu;

export function tokenize(text: string, segments: readonly Segment[]): Token[] {
  const tokens: Token[] = [];
  segments.forEach((seg, segment) => {
    const slice = text.slice(seg.start, seg.end);
    let prevEnd = -1;
    for (const m of slice.matchAll(TOKEN)) {
      const start = seg.start + (m.index ?? 0);
      const t = m[0];
      tokens.push({
        start,
        end: start + t.length,
        text: t,
        lower: t.toLowerCase(),
        kind: m[1] !== undefined ? 'word' : m[2] !== undefined ? 'number' : 'punct',
        spaceBefore: prevEnd !== start,
        segment,
      });
      prevEnd = start + t.length;
    }
  });
  return tokens;
}

export function isCapitalized(word: string): boolean {
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
  if (/\n\s*\n|\r\s*\r/.test(text.slice(prev.end, tok.start))) return true;
  let j = i - 1;
  // skip opening quotes and brackets
  while (j >= 0 && /^["“‘'(\[«]$/.test((tokens[j] as Token).text)) j--;
  const p = tokens[j];
  if (!p || p.segment !== tok.segment) return true;
  return /^[.!?:…]$/.test(p.text);
}
