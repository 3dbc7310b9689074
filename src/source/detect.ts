import { createRequire } from 'node:module';
import type * as Franc from 'franc-min';
import { stopwords, type OriginalLang } from './lang-data.js';
import { classAt, LETTER_ONLY, widthAt } from './letters.js';

const require = createRequire(import.meta.url);
let francModule: typeof Franc | undefined;

/**
 * franc-min's `franc`, loaded on first use: its trigram model takes ~40 ms to load, and only a check
 * with an original whose language the function words leave open needs it. franc-min is an ES module;
 * Node >= 20.19 (package.json engines) loads one with require(), synchronously and without a warning,
 * so the synchronous checker needs no asynchronous preload.
 */
function franc(text: string, options: Parameters<typeof Franc.franc>[1]): string {
  francModule ??= require('franc-min') as typeof Franc;
  return francModule.franc(text, options);
}

/** How much of a text detection looks at: enough for a stable guess, and linear however long the text. */
const SAMPLE_CHARS = 2000;

const FRANC_CODES: Record<string, OriginalLang | 'en'> = { deu: 'de', fra: 'fr', spa: 'es', eng: 'en' };
const LATIN_CANDIDATES = ['deu', 'fra', 'spa', 'eng', 'ita', 'por', 'nld', 'pol', 'ces', 'swe', 'tur', 'ron', 'hun'];

/**
 * The language of a text: by script for Cyrillic, Hebrew, Chinese and Japanese (kana tell Japanese from
 * Chinese; і, ї, є, ґ tell Ukrainian from Russian), and by franc's trigram model for Latin-script text.
 * The commonest function words (corpora/lang/stopwords.json) settle most Latin texts at once: franc
 * takes ~10 ms on a few thousand characters, a count of words ~0.2 ms; franc decides when the count is
 * close. Returns "en" for English, another ISO 639-3 code for a Latin language it does not support, or
 * undefined when the sample is too short or mixed to tell.
 */
export function detectLanguage(text: string): OriginalLang | 'en' | string | undefined {
  return guessLanguage(text)?.lang;
}

/** The guess with how it was made: `sure` unless it is franc's on a short or unclear Latin text. */
export function guessLanguage(text: string): { lang: string; sure: boolean } | undefined {
  const sample = text.slice(0, SAMPLE_CHARS);
  let latin = 0, cyr = 0, ukr = 0, hebrew = 0, han = 0, kana = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) as number;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      if ('іїєґІЇЄҐ'.includes(ch)) ukr++;
    } else if (c >= 0x590 && c <= 0x5ff) hebrew++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  const letters = latin + cyr + hebrew + han + kana;
  // a script tells its language from a few letters; a Latin text needs a sentence or so
  if (letters < 5) return undefined;
  if (cyr > letters / 2) return { lang: ukr > 0 ? 'uk' : 'ru', sure: true };
  if (hebrew > letters / 2) return { lang: 'he', sure: true };
  if (han + kana > letters / 2) return { lang: kana > 0 ? 'ja' : 'zh', sure: true };
  if (latin <= letters / 2 || latin < 20) return undefined;
  const quick = byStopwords(sample);
  if (quick) return { lang: quick, sure: true };
  const code = franc(sample, { only: LATIN_CANDIDATES, minLength: 20 });
  if (code === 'und') return undefined;
  return { lang: FRANC_CODES[code] ?? code, sure: letters >= 300 };
}

/**
 * The language whose function words clearly dominate the sample: twice the hits of the runner-up, and
 * at least one word in six (at most 8 hits needed), so a short sentence can be told too.
 */
function byStopwords(sample: string): string | undefined {
  const languagesOf = stopwordLanguages();
  const counts = new Map<string, number>();
  // the runs of letters (/\p{L}+/gu) of the sample in lower case, by letters.ts's table
  const lower = sample.toLowerCase();
  let words = 0;
  for (let i = 0; i < lower.length; ) {
    if ((classAt(lower, i) & LETTER_ONLY) === 0) {
      i += widthAt(lower, i);
      continue;
    }
    let e = i + widthAt(lower, i);
    while (e < lower.length && (classAt(lower, e) & LETTER_ONLY) !== 0) e += widthAt(lower, e);
    words++;
    const langs = languagesOf.get(lower.slice(i, e));
    if (langs !== undefined) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    i = e;
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const needed = Math.min(8, Math.max(2, Math.ceil(words / 6)));
  if (!first || first[1] < needed || (second && second[1] * 2 > first[1])) return undefined;
  return first[0];
}

let byWord: Map<string, string[]> | undefined;

/**
 * Function word → the languages whose lists have it, in the lists' order, made once per process. Speed:
 * asking every language's set about every word of the sample was most of detection's time; one look-up
 * per word gives the same counts, added in the same order (so ties rank as before).
 */
function stopwordLanguages(): Map<string, string[]> {
  if (byWord) return byWord;
  byWord = new Map();
  for (const [lang, set] of stopwords()) {
    for (const w of set) {
      const langs = byWord.get(w);
      if (langs) langs.push(lang);
      else byWord.set(w, [lang]);
    }
  }
  return byWord;
}
