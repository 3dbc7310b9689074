import type { Document } from '../document/document.js';
import { alignSentences, MAX_SENTENCES } from './align.js';
import type { AlignedPair, AlignedSource } from './aligned.js';
import { alignItems } from './anchors.js';
import { guessLanguage } from './detect.js';
import { isOriginalLang, langData, SOURCE_LANGS } from './lang-data.js';
import { MAX_SPLIT_CHARS, splitSentences, type Sentence } from './split.js';

/** Fewer paired sentences than this share of either side: the two texts do not translate each other. */
const MIN_PAIRED_SHARE = 0.6;
/** How far the length ratio of the two texts may be from the language's usual one (languages.json). */
const MAX_LENGTH_FACTOR = 1.6;

/** Characters of the document's prose, spaces left out. */
function letters(doc: Document): number {
  let n = 0;
  for (const seg of doc.segments) {
    for (let i = seg.start; i < seg.end; i++) {
      const c = doc.text.charCodeAt(i);
      if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0)) n++;
    }
  }
  return n;
}

export type Prepared = { aligned: AlignedSource; warning?: undefined } | { aligned?: undefined; warning: string };

/**
 * Detects the original's language, splits both texts into sentences and aligns them. Returns the
 * alignment, or one line saying why the original cannot be used (the document is a bilingual file,
 * the original is empty, English, in a language other than `lang`, unsupported, or not a translation
 * of the document); the check then goes on without it.
 */
export function prepareSource(source: Document, target: Document, lang?: string): Prepared {
  const name = source.path ?? 'the source';
  // a bilingual file (XLIFF, PO, TSV) carries the source of each unit
  if (target.units) return { warning: `${name} is not used: a bilingual file (${target.format ?? 'units'}) carries the source of each unit; checked without it` };
  if (!/[\p{L}\p{N}]/u.test(source.text)) return { warning: `${name} is empty; checked without the source` };
  const guess = guessLanguage(source.text);
  // a given language is only contradicted by a sure guess; without one, any guess is better than none
  const detected = lang && !guess?.sure ? undefined : guess?.lang;
  if (detected === 'en') return { warning: `${name} is in English, not in the original's language; checked without the source` };
  if (lang && detected && detected !== lang) {
    return { warning: `${name} looks ${describe(detected)}, not ${describe(lang)}; checked without the source` };
  }
  const chosen = lang ?? detected;
  if (!chosen) return { warning: `cannot tell the language of ${name}; give it with --source-lang; checked without the source` };
  if (!isOriginalLang(chosen)) {
    return { warning: `${name} looks ${describe(chosen)}, which source checks do not support (${SOURCE_LANGS.join(', ')}); checked without the source` };
  }
  // an original much shorter or longer than a translation of the document would be is another text,
  // or a part of one (alignment would pair sentences that do not translate each other)
  const expected = langData(chosen)?.lengthRatio;
  const ratio = letters(target) / Math.max(1, letters(source));
  if (expected && (ratio > expected * MAX_LENGTH_FACTOR || ratio < expected / MAX_LENGTH_FACTOR)) {
    const what = ratio > expected ? 'shorter' : 'longer';
    return { warning: `${name} is much ${what} than a translation of the document would be (${describe(chosen)}); checked without the source` };
  }
  const longest = Math.max(source.text.length, target.text.length);
  if (longest > MAX_SPLIT_CHARS) return { warning: `${name} is too long to align with the document (${longest} characters on one side; at most ${MAX_SPLIT_CHARS}); checked without the source` };
  const srcSentences = splitSentences(source, chosen);
  const tgtSentences = splitSentences(target, 'en');
  const most = Math.max(srcSentences.length, tgtSentences.length);
  if (most > MAX_SENTENCES) return { warning: `${name} is too long to align with the document (${most} sentences on one side; at most ${MAX_SENTENCES}); checked without the source` };
  const beads = alignSentences(alignItems(source.text, srcSentences, chosen), alignItems(target.text, tgtSentences, 'en'));
  const pairs: AlignedPair[] = [];
  let srcPaired = 0, tgtPaired = 0;
  for (const b of beads) {
    if (b.s1 === b.s0 || b.t1 === b.t0) continue;
    srcPaired += b.s1 - b.s0;
    tgtPaired += b.t1 - b.t0;
    pairs.push({ source: span(srcSentences, b.s0, b.s1), target: span(tgtSentences, b.t0, b.t1), confidence: b.confidence });
  }
  if (pairs.length === 0 || srcPaired < MIN_PAIRED_SHARE * srcSentences.length || tgtPaired < MIN_PAIRED_SHARE * tgtSentences.length) {
    return { warning: `${name} does not align with the document (${srcPaired} of ${srcSentences.length} source sentences paired); checked without the source` };
  }
  const aligned: AlignedSource = { lang: chosen, text: source.text, pairs, memo: new Map() };
  if (source.path !== undefined) aligned.path = source.path;
  return { aligned };
}

function span(sentences: readonly Sentence[], from: number, to: number) {
  return { start: (sentences[from] as Sentence).start, end: (sentences[to - 1] as Sentence).end };
}

function describe(lang: string): string {
  const n = langData(lang)?.name;
  return n ? `${n} (${lang})` : `to be in "${lang}"`;
}
