import type { Token } from '../document/tokens.js';
import { isEnglishWord } from '../lang/english.js';
import type { AlignedPair, AlignedSource } from './aligned.js';
import { sourceDictionary } from './dictionary.js';
import { lostStart } from './gap.js';
import { isPlaceName } from './exonyms.js';
import { exonymWritten } from './missing-names.js';
import { pairSourceCapitals, pairTargetWords } from './pair-names.js';
import { writesName, type SourceName } from './names.js';

/** Only spaces and punctuation (a quote, a dash, a bullet) before the first capitalised word of a sentence. */
const OPENING = /^[\s\p{P}\p{S}]*$/u;

/**
 * The name that opened the original's sentence, lost together with the translation's first word: the
 * translation begins in lower case ("and other medications") or with punctuation (": Supreme Court
 * orders") where the original begins with a capitalised word (gap.ts lostStart), and that word is a
 * name: one the original's dictionary does not know (in lower case, for Russian and Ukrainian, which
 * capitalise only names inside a sentence; at all, compounds included, for German, which capitalises
 * every noun), or a country, region or city (exonyms.ts), that no word of the translation's sentence writes, nor its English name. A sentence start
 * alone says nothing (any word is capitalised there): the lost first word is the evidence. Linear in the
 * sentence's words.
 */
export function lostOpener(src: AlignedSource, k: number, pair: AlignedPair, tokens: readonly Token[], text: string): SourceName | undefined {
  const dict = sourceDictionary(src.lang);
  if (!dict) return undefined;
  // a translation's sentence that begins with a capital A to Z lost no first word (lostStart asks for a small
  // letter or punctuation there): told without the original's capitals (most sentences)
  const c0 = text.charCodeAt(pair.target.start);
  if (c0 >= 65 && c0 <= 90) return undefined;
  const first = pairSourceCapitals(src, k)[0];
  if (!first || !OPENING.test(src.text.slice(pair.source.start, first.start))) return undefined;
  if (first.text.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return undefined;
  // a place ("Pakistan", "Україна") is a name though English and the dictionary know it
  const place = isPlaceName(first.text, src.lang);
  if (!place && isEnglishWord(first.text)) return undefined;
  if (!lostStart(text, pair.target, src.text, pair.source)) return undefined;
  const romanised = src.lang === 'ru' || src.lang === 'uk';
  if (!place && (romanised ? dict.has(first.text.toLowerCase()) : dict.isWord(first.text, true))) return undefined;
  const all = pairTargetWords(src, k, tokens, true);
  if (all.some((w) => writesName(first, w)) || exonymWritten(first, src.lang, () => all)) return undefined;
  return first;
}
