import type { Rule, RuleContext } from '../types.js';
import { MONTHS, numbersIn, SPELLED, type NumberMention } from './number-values.js';
import { plainText, unitViews, type Side } from './unit-text.js';

export const meta = {
  id: 'bilingual/numbers',
  severity: 'warning',
  description:
    'A number of the source that the target lacks or changed ("1.000 Menschen" → "100 people"); locale formats ' +
    '("1.000" / "1 000" / "1,000", "3,5" / "3.5", "14:30" / "2:30 pm", "5.3.2024" / "March 5, 2024") compare equal, ' +
    'small numbers may be spelled out, and numbers inside placeholders and tags are ignored. Bilingual files only.',
  confidence:
    '0.8 for a changed number (the source has one number the target lacks and the target one the source lacks: ' +
    'reported on the target number); 0.75 for a number missing from the target (a translator may render it in ' +
    'words this rule does not know, such as "half" or "a million"); 0.6 when only the month of a numeric date is ' +
    'missing. Extra numbers in the target are not reported: the source may spell them out.',
  examples: [
    { text: 'Mehr als 1.000 Menschen demonstrierten.\tMore than 100 people demonstrated.', flagged: '100', suggestion: '1,000' },
    { text: 'Die Inflation lag bei 3,5 Prozent.\tInflation was high.', flagged: 'Inflation was high.' },
  ],
} satisfies Rule['meta'];

export function check(ctx: RuleContext): void {
  for (const { source, target } of unitViews(ctx.doc)) {
    if (!source || target.end === target.start) continue;
    const srcNums = numbersIn(plainText(source), source.start);
    if (srcNums.length === 0) continue;
    const targetText = plainText(target);
    const tgtNums = numbersIn(targetText, target.start);
    const missing: NumberMention[] = [];
    const extra = [...tgtNums];
    const words = new Set(targetText.toLowerCase().match(/\p{L}+/gu) ?? []);
    // months last, and by name first: "1.3.2025 (3)" / "March 1, 2025 (3)" must not pair the month with the "3"
    for (const s of [...srcNums.filter((n) => !n.month), ...srcNums.filter((n) => n.month)]) {
      if (s.month && words.has(MONTHS[Number(s.value) - 1] ?? '')) continue;
      const k = extra.findIndex((t) => t.value === s.value);
      if (k >= 0) extra.splice(k, 1);
      else missing.push(s);
    }
    missing.sort((a, b) => a.start - b.start);
    const unexplained = missing.filter((s) => !spelledOut(s, words));
    // a source number and a target number that each lack their partner: the number was changed
    const changed = Math.min(unexplained.length, extra.length);
    for (let k = 0; k < changed; k++) reportChanged(ctx, unexplained[k] as NumberMention, extra[k] as NumberMention);
    reportMissing(ctx, target, unexplained.slice(changed));
  }
}

function spelledOut(n: NumberMention, words: Set<string>): boolean {
  return (SPELLED[n.value] ?? []).some((w) => words.has(w));
}

function reportChanged(ctx: RuleContext, source: NumberMention, target: NumberMention): void {
  const english = englishFormat(source);
  ctx.report({
    start: target.start,
    end: target.end,
    message: `the source has "${source.text}" where the target has "${target.text}"`,
    confidence: source.month ? 0.6 : 0.8,
    suggestions: english ? [{ text: english, confidence: 0.6 }] : [],
  });
}

function reportMissing(ctx: RuleContext, target: Side, missing: NumberMention[]): void {
  if (missing.length === 0) return;
  const list = missing.map((n) => `"${n.text}"`);
  const what = list.length === 1 ? `the number ${list[0]}` : `the numbers ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  ctx.report({
    start: target.start,
    end: target.end,
    message: `the source has ${what}, which the target lacks`,
    confidence: missing.every((n) => n.month) ? 0.6 : 0.75,
  });
}

/** The source number written the English way ("1.000" → "1,000", "3,5" → "3.5", "2024" stays), for the suggestion. */
function englishFormat(n: NumberMention): string | undefined {
  if (n.month) return undefined;
  const [whole = '', decimals] = n.value.split('.');
  const separated = /[^\d]/.test(n.text) && whole.length > 3;
  const grouped = separated ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

export default { meta, check } satisfies Rule;
