/**
 * Character classes for the hand-written scanners of the source path (span-words.ts, anchors.ts,
 * split.ts, detect.ts, names.ts): a letter or mark (\p{L}\p{M}), a letter (\p{L}), an upper-case letter (\p{Lu}),
 * an ASCII digit, a sentence breaker (split.ts), a character of the Latin script (names.ts).
 * Speed: the regular expressions they replace (/[\p{L}\p{M}]+/gu and /\p{Lu}[\p{L}\p{M}]{2,}|\d[\d.,:]*\/gu)
 * look each character up in Unicode's tables at every position they try; here a character's class is
 * worked out once per process (by the same property escapes) and kept in a table by code point, so a
 * scan is one array read per character.
 */
export const LETTER = 1;
export const UPPER = 2;
export const DIGIT = 4;
/** A character after which Unicode's sentence rules (UAX #29) may end a sentence: a terminator, a separator (split.ts). */
export const BREAKER = 16;
/** A letter (\p{L}), marks left out. */
export const LETTER_ONLY = 32;
/** A character of the Latin script (\p{Script=Latin}). */
export const LATIN = 64;
const KNOWN = 8;

const IS_LETTER = /^[\p{L}\p{M}]$/u;
const IS_LETTER_ONLY = /^\p{L}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_LATIN = /^\p{Script=Latin}$/u;
const IS_BREAKER = /^[\p{Sentence_Terminal}\u2024\ufe52\uff0e\r\u0085\u2028\u2029]$/u;

/** Class bits by code unit (BMP), KNOWN once worked out. */
const table = new Uint8Array(0x10000);
/** Classes of characters outside the BMP (surrogate pairs), worked out once; made (1 MB) on the first one met. */
let astral: Uint8Array | undefined;

function classify(ch: string): number {
  return (IS_LETTER.test(ch) ? LETTER : 0) | (IS_UPPER.test(ch) ? UPPER : 0) | (ch >= '0' && ch <= '9' && ch.length === 1 ? DIGIT : 0) | (IS_BREAKER.test(ch) ? BREAKER : 0) | (IS_LETTER_ONLY.test(ch) ? LETTER_ONLY : 0) | (IS_LATIN.test(ch) ? LATIN : 0) | KNOWN;
}

/** The class of the character (code point) at text[i]: LETTER, UPPER, DIGIT, BREAKER, LETTER_ONLY bits (and KNOWN). */
export function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      astral ??= new Uint8Array(0x110000 - 0x10000);
      let k = astral[cp - 0x10000] as number;
      if (k === 0) astral[cp - 0x10000] = k = classify(String.fromCodePoint(cp));
      return k;
    }
  }
  let k = table[c] as number;
  if (k === 0) table[c] = k = classify(String.fromCharCode(c));
  return k;
}

/** Code units of the character (code point) at text[i]: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/** Some character (code point) of text[from, to) is of the Latin script: else /\p{Script=Latin}/u matches nowhere in it. */
export function hasLatin(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += widthAt(text, i)) if ((classAt(text, i) & LATIN) !== 0) return true;
  return false;
}
