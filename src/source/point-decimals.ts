import type { Span } from './aligned.js';
import { langData } from './lang-data.js';
import type { Quantity } from './numbers.js';

/** A number with a point and one digit after it ("2.5", "11.0"), not part of a longer number or a date. */
const POINT_DECIMAL = /(?<![\d.,])\d+\.\d(?![\d]|[.,]\d)/g;

/**
 * A decimal written with a point in an original whose language writes a comma ("ТМ 2.5" in Russian),
 * which the reading splits into two pieces matched by value, changed in the translation to another
 * decimal of the same whole part ("TM 2.1"): the literals of both sides are matched one to one, and a
 * source literal left over is paired with a target literal left over that shares its whole part. Only
 * for a pair aligned surely; linear in the two sentences.
 */
export function changedPointDecimals(source: string, s: Span, lang: string, target: string, t: Span): { source: Quantity; target: Quantity }[] {
  if (langData(lang)?.decimal !== ',') return [];
  const read = (text: string, span: Span): Quantity[] =>
    [...text.slice(span.start, span.end).matchAll(POINT_DECIMAL)].map((m) => {
      const start = span.start + (m.index ?? 0);
      return { start, end: start + m[0].length, text: m[0], values: [String(Number(m[0]))], kind: 'number' };
    });
  const sourceLeft = read(source, s);
  if (sourceLeft.length === 0) return [];
  const targetLeft: Quantity[] = [];
  for (const q of read(target, t)) {
    const same = sourceLeft.findIndex((p) => p.text === q.text);
    if (same >= 0) sourceLeft.splice(same, 1);
    else targetLeft.push(q);
  }
  const whole = (q: Quantity) => q.text.slice(0, q.text.indexOf('.'));
  const out: { source: Quantity; target: Quantity }[] = [];
  for (const q of sourceLeft) {
    const at = targetLeft.findIndex((p) => whole(p) === whole(q));
    if (at < 0) continue;
    out.push({ source: q, target: targetLeft[at] as Quantity });
    targetLeft.splice(at, 1);
  }
  return out;
}
