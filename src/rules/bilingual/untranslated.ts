import type { Rule, RuleContext } from '../types.js';
import { plainText, unitViews, type Side } from './unit-text.js';

export const meta = {
  id: 'bilingual/untranslated',
  severity: 'warning',
  description:
    'A unit left untranslated: its target is empty (only whitespace or markup) while the source has text, or is ' +
    'the source again (ignoring case, spacing and markup) when the source has at least two words that are not ' +
    'names, numbers or placeholders. Bilingual files only.',
  confidence:
    '0.95 for an empty target (reported where the target stands, with no length when it has none); 0.9 for a target ' +
    'identical to a source of four or more countable words, 0.75 for two or three. A source whose words are all ' +
    'capitalised (a name or a title such as "Angela Merkel", "Deutsche Bank") or single words are never flagged: ' +
    'they are often the same in English. A unit the file marks fuzzy (PO `#, fuzzy`) is reported as fuzzy (info), ' +
    'not compared; a catalogue into a variant of English (`Language: en_GB`) is not checked for untranslated units.',
  anyLanguage: true,
  examples: [{ text: 'Die Regierung tritt zurück.\tDie Regierung tritt zurück.', flagged: 'Die Regierung tritt zurück.' }],
} satisfies Rule['meta'];

export function check(ctx: RuleContext): void {
  // a catalogue into a variant of English (en_GB from gettext's English msgids) keeps many strings as they are
  const sameLanguage = /^en(?:[_-]|$)/i.test(ctx.doc.languages?.target ?? '') && /^(?:en(?:[_-]|$))?$/i.test(ctx.doc.languages?.source ?? '');
  for (const { unit, source, target } of unitViews(ctx.doc, { fuzzy: true })) {
    if (unit.fuzzy) {
      ctx.report({ start: target.start, end: target.end, message: 'marked fuzzy in the file: the translation awaits review and is not compared with its source', confidence: 1, severity: 'info' });
      continue;
    }
    if (sameLanguage) continue;
    const targetText = plainText(target);
    const sourceText = source ? plainText(source) : '';
    if (!/[\p{L}\p{N}]/u.test(targetText)) {
      if (source && !/[\p{L}\p{N}]/u.test(sourceText)) continue;
      ctx.report({ start: target.start, end: target.end, message: target.end === target.start ? 'the target is empty' : 'the target has no text', confidence: 0.95 });
      continue;
    }
    if (!source || normalise(source) !== normalise(target)) continue;
    const words = countable(sourceText);
    if (words.length < 2 || words.every((w) => /^\p{Lu}/u.test(w))) continue;
    ctx.report({
      start: target.start,
      end: target.end,
      message: 'the target is the source, untranslated',
      confidence: words.length >= 4 ? 0.9 : 0.75,
    });
  }
}

/** The raw text (markup included) folded for comparison: case and runs of whitespace do not count. */
function normalise(s: Side): string {
  return s.raw.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Words of two or more letters; numbers and placeholders were blanked out by `plainText`. */
function countable(text: string): string[] {
  return text.match(/(?<![\p{L}\p{N}_])\p{L}[\p{L}\p{M}'’-]*\p{L}(?![\p{L}\p{N}_])/gu) ?? [];
}

export default { meta, check } satisfies Rule;
