import { MONTHS } from '../rules/bilingual/number-values.js';
import { sourceWindow, targetWindow, type AlignedSource, type Span } from './aligned.js';
import { spelledValues } from './number-words.js';
import { quantities, type Quantity } from './numbers.js';

/** Pairs aligned at least this surely are compared on their own, without the sentences around them. */
const SURE_PAIR = 0.8;

export interface NumberComparison {
  /** A source number written in the target as the original's language writes it ("1.000 migrants"). */
  leftover: { source: Quantity; target: Span }[];
  /** A source number the target lacks, paired with a target number the source lacks. */
  changed: { source: Quantity; target: Quantity; sure: boolean }[];
  /** Source numbers the target lacks, with no target number to pair them with. */
  missing: Quantity[];
}

/**
 * Compares the numbers of aligned pair `k`: a source quantity is present when a target quantity within
 * one pair either side has one of its values (so a number moved to the next sentence is not missing),
 * or when the target spells it out ("62" → "sixty-two", "1,5 Tage" → "a day and a half").
 */
export function compareNumbers(src: AlignedSource, k: number, text: string): NumberComparison {
  const pair = src.pairs[k];
  const out: NumberComparison = { leftover: [], changed: [], missing: [] };
  if (!pair) return out;
  const sourceHere = quantities(src.text, pair.source.start, pair.source.end, src.lang);
  if (sourceHere.length === 0) return out;
  // a surely aligned pair is compared with its own target; an unsure one with the sentences around it too
  const radius = pair.confidence >= SURE_PAIR ? 0 : 1;
  const win = targetWindow(src, k, radius);
  const targetAround = quantities(text, win.start, win.end, 'en');
  const values = new Set(targetAround.flatMap((q) => q.values));
  const words = new Set(text.slice(win.start, win.end).toLowerCase().match(/\p{L}+/gu) ?? []);
  for (const v of spelledValues(text.slice(win.start, win.end))) values.add(v);
  const unmatched = sourceHere.filter((q) => !present(q, values, words));
  if (unmatched.length === 0) return out;
  const srcAround = sourceWindow(src, k, radius);
  const sourceValues = new Set(quantities(src.text, srcAround.start, srcAround.end, src.lang).flatMap((q) => q.values));
  const targetHere = quantities(text, pair.target.start, pair.target.end, 'en');
  const extra = targetHere.filter((q) => !q.values.some((v) => sourceValues.has(v)));
  const rest: Quantity[] = [];
  for (const q of unmatched) {
    const at = q.kind === 'month' ? -1 : literalAt(text, q.text, pair.target);
    if (at >= 0) {
      const target = { start: at, end: at + q.text.length };
      out.leftover.push({ source: q, target });
      for (let x = extra.length - 1; x >= 0; x--) if (overlaps(extra[x] as Quantity, target)) extra.splice(x, 1);
    } else rest.push(q);
  }
  const numeric = rest.filter((q) => q.kind !== 'month');
  const sure = numeric.length === extra.length;
  const pairs = Math.min(numeric.length, extra.length);
  for (let x = 0; x < pairs; x++) out.changed.push({ source: numeric[x] as Quantity, target: extra[x] as Quantity, sure });
  // a small count the translation may say in words this reading does not know ("1回" → "once more", "a")
  out.missing = [...numeric.slice(pairs), ...rest.filter((q) => q.kind === 'month')].filter((q) => q.kind !== 'number' || !/^\d$/.test(q.values[0] as string));
  return out;
}

function present(q: Quantity, values: Set<string>, words: Set<string>): boolean {
  if (q.values.some((v) => values.has(v))) return true;
  return q.kind === 'month' && words.has(MONTHS[Number(q.values[0]) - 1] ?? '');
}

/** Where the source's digits stand as written in the target span, not inside a longer number; or -1. */
function literalAt(text: string, literal: string, span: Span): number {
  if (!/[^\d]/.test(literal)) return -1;
  for (let at = text.indexOf(literal, span.start); at >= 0 && at + literal.length <= span.end; at = text.indexOf(literal, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + literal.length);
    if (!/[\d.,]/.test(before) && !/\d/.test(after) && !/[.,]\d/.test(text.slice(at + literal.length, at + literal.length + 2))) return at;
  }
  return -1;
}

function overlaps(q: Quantity, s: Span): boolean {
  return q.start < s.end && s.start < q.end;
}
