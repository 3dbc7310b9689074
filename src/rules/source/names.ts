import { editDistance } from '../../lang/edit-distance.js';
import { isEnglishWord } from '../../lang/english.js';
import { MIN_PAIR_CONFIDENCE, sourceWindow, type AlignedPair, type Span } from '../../source/aligned.js';
import { pinyinMisspelling, pinyinSpellings } from '../../source/chinese.js';
import { fold } from '../../source/name-key.js';
import { misspelling, sourceNames, targetWords, writesName, type SourceName, type TargetWord } from '../../source/names.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'source/names',
  severity: 'error',
  description:
    'A name of the original written differently in the translation: "Keir Starrer" where the German says "Keir Starmer". ' +
    'A name is a capitalised word of the original that its Hunspell dictionary does not know; the translation may write it ' +
    'as it is, inflected ("Starmers"), or by a known convention ("Selenskyj" → "Zelensky", Cyrillic romanised). A word of ' +
    'the aligned target sentence one or two letters away from it is flagged, with the original\'s spelling as the fix. ' +
    'Needs the original (--source).',
  confidence:
    '0.85 for one letter changed in a name of five letters or more; 0.7 for two letters, or a shorter name; lowered with ' +
    'the alignment\'s confidence; 0.6 for a romanised (Cyrillic) name, compared by its consonants only; nothing is said ' +
    'where the sentences are not surely aligned (below 0.5). Words the original itself has nearby are never flagged, nor ' +
    'English words unless capitalised mid-sentence and one letter off a name of five letters or more ("Matron" for "Macron"). ' +
    'Chinese has no capitals: there each capitalised target word is compared with the pinyin of the original (pinyin-pro), ' +
    'at 0.6.',
  examples: [
    {
      source: 'Der britische Premierminister Keir Starmer traf in Kigali ein.',
      text: 'The British Prime Minister Keir Starrer arrived in Kigali.',
      flagged: 'Starrer',
      suggestion: 'Starmer',
    },
  ],
} satisfies Rule['meta'];

export function check(ctx: RuleContext): void {
  const src = ctx.source;
  if (!src) return;
  const kept = new Set(targetWords(ctx.tokens, { start: 0, end: ctx.text.length }).map((w) => w.folded));
  src.pairs.forEach((pair, k) => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    const srcAround = sourceWindow(src, k);
    if (src.lang === 'zh') {
      checkPinyin(ctx, src.text, srcAround, pair);
      return;
    }
    const names = sourceNames(src.text, srcAround, src.lang, kept);
    if (names.length === 0) return;
    const sourceWords = new Set((src.text.slice(srcAround.start, srcAround.end).match(/[\p{L}\p{M}]+/gu) ?? []).map(fold));
    // each capitalised word of the target sentence that writes no name of the original but is one or two
    // letters from one: the same name may be written right nearby and bent here
    for (const word of targetWords(ctx.tokens, pair.target)) {
      if (sourceWords.has(word.folded) || names.some((n) => writesName(n, word))) continue;
      const near = closest(names, word);
      if (!near) continue;
      const { name, distance } = near;
      // an English word is a misspelling only mid-sentence, one letter off a long name that the translation
      // writes correctly elsewhere ("Matron's faction" beside "Macron"): else it is likely a translation
      if (isEnglishWord(word.token.text) && (distance > 1 || word.folded.length < 5 || !name.forms.some((f) => kept.has(f)) || sentenceStart(ctx.text, word.token.start, pair.target.start))) continue;
      const { token } = word;
      const romanised = name.skeletons.length > 0;
      const base = romanised ? 0.6 : distance === 1 && name.forms[0] && name.forms[0].length >= 5 ? 0.85 : 0.7;
      ctx.report({
        start: token.start,
        end: token.end,
        message: `the original has "${name.text}" here; "${token.text}" may be a misspelling of it`,
        confidence: Math.round(base * Math.min(1, pair.confidence + 0.2) * 100) / 100,
        suggestions: [{ text: bestSpelling(name.english, name.text, token.text), confidence: romanised ? 0.5 : 0.8 }],
      });
    }
  });
}

/** Chinese: capitalised target words against the pinyin of the source (chinese.ts). */
function checkPinyin(ctx: RuleContext, text: string, around: Span, pair: AlignedPair): void {
  const spellings = pinyinSpellings(text, around);
  if (spellings.size === 0) return;
  for (const word of targetWords(ctx.tokens, pair.target)) {
    if (isEnglishWord(word.token.text)) continue;
    const near = pinyinMisspelling(word, spellings);
    if (!near) continue;
    const suggestion = near.charAt(0).toUpperCase() + near.slice(1);
    ctx.report({
      start: word.token.start,
      end: word.token.end,
      message: `the original reads "${suggestion}" here in pinyin; "${word.token.text}" may be a misspelling of it`,
      confidence: Math.round(0.6 * Math.min(1, pair.confidence + 0.2) * 100) / 100,
      suggestions: [{ text: suggestion, confidence: 0.5 }],
    });
  }
}

function closest(names: readonly SourceName[], word: TargetWord): { name: SourceName; distance: number } | undefined {
  let best: { name: SourceName; distance: number } | undefined;
  for (const name of names) {
    const near = misspelling(name, [word]);
    if (near && (!best || near.distance < best.distance)) best = { name, distance: near.distance };
  }
  return best;
}

function sentenceStart(text: string, at: number, from: number): boolean {
  return /(^|[.!?:"“”]\s*)$/u.test(text.slice(Math.max(from, at - 3), at));
}

/** The original's spelling to suggest: without a case ending the target word lacks ("Starmers" → "Starmer"). */
function bestSpelling(english: string, original: string, target: string): string {
  const name = /\p{Script=Latin}/u.test(original) ? original : english;
  let best = name;
  let bestDistance = editDistance(name.toLowerCase(), target.toLowerCase());
  for (let cut = 1; cut <= 3 && name.length - cut >= 3; cut++) {
    const stem = name.slice(0, name.length - cut);
    const d = editDistance(stem.toLowerCase(), target.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [stem, d];
  }
  return best;
}

export default { meta, check } satisfies Rule;
