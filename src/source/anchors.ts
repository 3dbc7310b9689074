import { nameKey, romaniseCyrillic } from './name-key.js';
import type { Sentence } from './split.js';
import type { AlignItem } from './align.js';
import { classAt, DIGIT, LETTER, UPPER, widthAt } from './letters.js';
import { ownString } from '../lang/own-string.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * What the aligner compares of a sentence: its length without spaces, and anchors both languages write
 * alike: the digits of each number ("1.000" and "1,000" both give "1000") and the first letters of the
 * sound key of each capitalised word after the first (names: "Selenskyj" and "Zelensky" agree).
 */
export function alignItems(text: string, sentences: readonly Sentence[], lang: string): AlignItem[] {
  return sentences.map((s, k) => ({ length: nonSpace(text, s.start, s.end), anchors: anchorsOf(text, s.start, s.end, lang), paragraphStart: k === 0 || (sentences[k - 1] as Sentence).paragraph !== s.paragraph }));
}

/**
 * The anchors of text[start, end): what /\p{Lu}[\p{L}\p{M}]{2,}|\d[\d.,:]*\/gu matches there, by hand
 * (letters.ts). In a run of letters and marks that regular expression matches from the run's first
 * capital to the run's end when three letters or more are left from there, and nothing otherwise (a
 * later capital has fewer left); from a digit, digits and the separators . , : after it.
 */
function anchorsOf(text: string, start: number, end: number, lang: string): string[] {
  const anchors: string[] = [];
  let first = true;
  let i = start;
  while (i < end) {
    const c = classAt(text, i);
    if ((c & LETTER) !== 0) {
      let upper = -1, left = 0;
      let e = i;
      while (e < end) {
        const k = classAt(text, e);
        if ((k & LETTER) === 0) break;
        if (upper < 0 && (k & UPPER) !== 0) upper = e;
        if (upper >= 0) left++;
        e += widthAt(text, e);
      }
      if (upper >= 0 && left >= 3) {
        if (!first) anchors.push(anchorKey(text.slice(upper, e), lang));
        first = false;
      }
      i = e;
    } else if ((c & DIGIT) !== 0) {
      let e = i + 1;
      let digits = text.charAt(i);
      for (; e < end; e++) {
        const d = text.charCodeAt(e);
        if (d >= 48 && d <= 57) digits += text.charAt(e);
        else if (d !== 46 && d !== 44 && d !== 58) break;
      }
      anchors.push(digits);
      first = false;
      i = e;
    } else i += widthAt(text, i);
  }
  return anchors;
}

/**
 * text.slice(start, end).replace(/\s+/g, '').length without building the string: the characters that are
 * not JavaScript white space (\s: tab to carriage return, space, no-break space, U+1680, U+2000-U+200A,
 * the line and paragraph separators, U+202F, U+205F, U+3000, U+FEFF).
 */
function nonSpace(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (c < 0xa0) {
      n++;
      continue;
    }
    if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) continue;
    n++;
  }
  return n;
}

/** Per language (a map each, so that a look-up builds no `${lang}:${w}` key), word → anchor key. */
const keys = new Map<string, Map<string, string>>();
/** Words whose anchor key is remembered, at most, per language. */
const MAX_KEYS = 20_000;

/** The first four letters of a capitalised word's sound key (romanised first when Cyrillic), remembered. */
function anchorKey(w: string, lang: string): string {
  let memo = keys.get(lang);
  if (memo === undefined) keys.set(lang, (memo = new Map()));
  let k = memo.get(w);
  if (k === undefined) {
    const cyrillic = CYRILLIC.test(w);
    k = nameKey(cyrillic && (lang === 'ru' || lang === 'uk') ? romaniseCyrillic(w, lang) : w, cyrillic ? 'en' : lang).slice(0, 4);
    if (memo.size >= MAX_KEYS) memo.clear();
    memo.set(ownString(w), k);
  }
  return k;
}
