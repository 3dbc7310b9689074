import { createRequire } from 'node:module';
import type * as PinyinPro from 'pinyin-pro';
import { editDistance } from '../lang/edit-distance.js';
import type { Span } from './aligned.js';
import type { TargetWord } from './names.js';

const require = createRequire(import.meta.url);
let pinyinPro: typeof PinyinPro | undefined;

/**
 * pinyin-pro's `pinyin`, loaded on first use (its dictionary takes ~100 ms to load, and only a Chinese
 * original needs it), from the package's CommonJS build so that the synchronous checker can load it.
 */
function pinyin(text: string): string[] {
  pinyinPro ??= require('pinyin-pro') as typeof PinyinPro;
  return pinyinPro.pinyin(text, { toneType: 'none', type: 'array' });
}

/** Han characters romanised per span, at most: a span is a sentence or two. */
const MAX_HAN = 600;
/** Names are one to three syllables per written word ("Xi", "Jinping", "Zhongguancun"). */
const MAX_SYLLABLES = 3;

/**
 * The pinyin spellings a Chinese span offers for names: every run of one to three consecutive
 * syllables of its Han characters, toneless and joined ("习近平" → "xi", "jin", "jinping", "xijinping"
 * …), by pinyin-pro. Chinese has no capitals, so names are found from the target side: a capitalised
 * target word should be one of these.
 */
export function pinyinSpellings(text: string, span: Span): Set<string> {
  const out = new Set<string>();
  let budget = MAX_HAN;
  for (const run of text.slice(span.start, span.end).matchAll(/\p{Script=Han}+/gu)) {
    const han = run[0].slice(0, budget);
    budget -= han.length;
    const syllables = pinyin(han).map((s) => s.replace(/ü/g, 'u').replace(/v/g, 'u'));
    for (let i = 0; i < syllables.length; i++) {
      let joined = '';
      for (let k = i; k < Math.min(syllables.length, i + MAX_SYLLABLES); k++) {
        joined += syllables[k];
        out.add(joined);
      }
    }
    if (budget <= 0) break;
  }
  return out;
}

/**
 * A target word that misspells a pinyin name of the source: not itself a spelling the source offers,
 * one letter from one of five letters or more. Returns that spelling, or undefined.
 */
export function pinyinMisspelling(word: TargetWord, spellings: ReadonlySet<string>): string | undefined {
  const w = word.folded;
  if (w.length < 5 || spellings.has(w)) return undefined;
  for (const s of spellings) if (s.length >= 5 && s.charAt(0) === w.charAt(0) && editDistance(s, w, 1) === 1) return s;
  return undefined;
}
