import { nameKey, romaniseCyrillic } from './name-key.js';
import type { Sentence } from './split.js';
import type { AlignItem } from './align.js';

const WORD_OR_NUMBER = /\p{Lu}[\p{L}\p{M}]{2,}|\d[\d.,:]*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * What the aligner compares of a sentence: its length without spaces, and anchors both languages write
 * alike: the digits of each number ("1.000" and "1,000" both give "1000") and the first letters of the
 * sound key of each capitalised word after the first (names: "Selenskyj" and "Zelensky" agree).
 */
export function alignItems(text: string, sentences: readonly Sentence[], lang: string): AlignItem[] {
  return sentences.map((s, k) => {
    const body = text.slice(s.start, s.end);
    const anchors: string[] = [];
    let first = true;
    for (const m of body.matchAll(WORD_OR_NUMBER)) {
      const w = m[0];
      const c = w.charCodeAt(0);
      if (c >= 48 && c <= 57) anchors.push(w.replace(/\D/g, ''));
      else if (!first) anchors.push(anchorKey(w, lang));
      first = false;
    }
    return { length: nonSpace(body), anchors, paragraphStart: k === 0 || (sentences[k - 1] as Sentence).paragraph !== s.paragraph };
  });
}

/**
 * body.replace(/\s+/g, '').length without building the string: the characters that are not JavaScript
 * white space (\s: tab to carriage return, space, no-break space, U+1680, U+2000-U+200A, the line and
 * paragraph separators, U+202F, U+205F, U+3000, U+FEFF).
 */
function nonSpace(body: string): number {
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
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
    memo.set(w, k);
  }
  return k;
}
