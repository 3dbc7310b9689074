import { editDistance } from '../../lang/edit-distance.js';
import { isEnglishWord } from '../../lang/english.js';
import { MIN_PAIR_CONFIDENCE, sourceWindow, targetWindow } from '../../source/aligned.js';
import { fold } from '../../source/name-key.js';
import { misspelling, sourceNames, targetWords, writesName } from '../../source/names.js';
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
    'the alignment\'s confidence; 0.6 for a romanised (Cyrillic) name, compared by its consonants only, and nothing is said where the sentences are not surely aligned (below 0.5). Target words ' +
    'that are English dictionary words, or that the original itself has nearby, are never flagged.',
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
  src.pairs.forEach((pair, k) => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    const names = sourceNames(src.text, pair.source, src.lang);
    if (names.length === 0) return;
    const around = targetWords(ctx.tokens, targetWindow(src, k));
    const srcAround = sourceWindow(src, k);
    const sourceWords = new Set((src.text.slice(srcAround.start, srcAround.end).match(/[\p{L}\p{M}]+/gu) ?? []).map(fold));
    const here = targetWords(ctx.tokens, pair.target).filter(
      (w) => !sourceWords.has(w.folded) && !names.some((n) => writesName(n, w)) && !isEnglishWord(w.token.text),
    );
    for (const name of names) {
      if (around.some((w) => writesName(name, w))) continue;
      const near = misspelling(name, here);
      if (!near) continue;
      const { token } = near.word;
      const romanised = name.skeletons.length > 0;
      const base = romanised ? 0.6 : near.distance === 1 && name.forms[0] && name.forms[0].length >= 5 ? 0.85 : 0.7;
      const suggestion = bestSpelling(name.english, name.text, token.text);
      ctx.report({
        start: token.start,
        end: token.end,
        message: `the original has "${name.text}" here; "${token.text}" may be a misspelling of it`,
        confidence: Math.round(base * Math.min(1, pair.confidence + 0.2) * 100) / 100,
        suggestions: [{ text: suggestion, confidence: src.lang === 'ru' || src.lang === 'uk' ? 0.5 : 0.8 }],
      });
    }
  });
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
