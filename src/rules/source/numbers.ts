import { MIN_PAIR_CONFIDENCE } from '../../source/aligned.js';
import { compareNumbers } from '../../source/compare-numbers.js';
import { englishForm } from '../../source/numbers.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'source/numbers',
  severity: 'error',
  description:
    'A number, amount, date or time of the original that the translation changed ("1.000 Migranten" → "100 migrants") or ' +
    'left in the original\'s format ("1.000 migrants", "3,5 percent", "14.30 o\'clock"). Numbers are compared by value, ' +
    'each side read the way its language writes numbers: "1.000" → 1,000, "3,5 Prozent" → 3.5 percent, "14.30 Uhr" → ' +
    '2:30 p.m., "16. März" → March 16, "1,5 Millionen" → 1.5 million. Needs the original (--source).',
  confidence:
    '0.9 for a number left in the original\'s format (its digits and separators stand as written in the aligned sentence, ' +
    'and mean another value in English); 0.8 for a changed number when the sentence pair has as many unexplained numbers ' +
    'on each side, 0.65 otherwise. Lowered with the alignment\'s confidence; silent where the sentences are not surely ' +
    'aligned. A number moved to the next sentence, or a small one spelled out, is not a change.',
  examples: [
    { source: 'Mehr als 1.000 Migranten kamen an.', text: 'More than 100 migrants arrived.', flagged: '100', suggestion: '1,000' },
    { source: 'Mehr als 1.000 Migranten kamen an.', text: 'More than 1.000 migrants arrived.', flagged: '1.000', suggestion: '1,000' },
    { source: 'Die Inflation lag bei 3,5 Prozent.', text: 'Inflation stood at 3,5 percent.', flagged: '3,5', suggestion: '3.5' },
  ],
} satisfies Rule['meta'];

export function check(ctx: RuleContext): void {
  const src = ctx.source;
  if (!src) return;
  src.pairs.forEach((pair, k) => {
    if (pair.confidence < MIN_PAIR_CONFIDENCE) return;
    const scale = Math.min(1, pair.confidence + 0.2);
    const { leftover, changed } = compareNumbers(src, k, ctx.text);
    for (const { source, target } of leftover) {
      const english = englishForm(source);
      ctx.report({
        start: target.start,
        end: target.end,
        message: `"${source.text}" is written as the original's language writes it; in English it reads as another number`,
        confidence: round(0.9 * scale),
        suggestions: english ? [{ text: english, confidence: 0.8 }] : [],
        autofix: source.kind === 'number' && english !== undefined,
      });
    }
    for (const { source, target, sure } of changed) {
      const english = englishForm(source);
      ctx.report({
        start: target.start,
        end: target.end,
        message: `the original has "${source.text}" where the translation has "${target.text}"`,
        confidence: round((sure ? 0.8 : 0.65) * scale),
        suggestions: english ? [{ text: english, confidence: 0.6 }] : [],
      });
    }
  });
}

const round = (x: number) => Math.round(x * 100) / 100;

export default { meta, check } satisfies Rule;
