import { MONTHS } from '../rules/bilingual/number-values.js';
import { around, rememberAt, type AlignedPair, type AlignedSource, type Span } from './aligned.js';
import { spelledCounts } from './number-words.js';
import { decimalMark, quantities, type Quantity } from './numbers.js';
import { changedPointDecimals } from './point-decimals.js';
import { sourceSpelledCounts } from './source-number-words.js';

/** Pairs aligned at least this surely are compared on their own, without the sentences around them. */
const SURE_PAIR = 0.8;
/** Numbers in a pair's original, at most, for its numbers to be compared (see compare). */
const MAX_PAIR_NUMBERS = 200;

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
  return rememberAt(src, 'numbers', k, () => compare(src, k, text));
}

const sourceQuantities = (src: AlignedSource, k: number) =>
  rememberAt(src, 'q:s', k, () => {
    const p = src.pairs[k] as AlignedPair;
    return quantities(src.text, p.source.start, p.source.end, src.lang);
  });
const targetQuantities = (src: AlignedSource, k: number, text: string) =>
  rememberAt(src, 'q:t', k, () => {
    const p = src.pairs[k] as AlignedPair;
    return quantities(text, p.target.start, p.target.end, 'en');
  });
const targetSpelled = (src: AlignedSource, k: number, text: string) =>
  rememberAt(src, 'spelled', k, () => {
    const p = src.pairs[k] as AlignedPair;
    return { counts: spelledCounts(text.slice(p.target.start, p.target.end)), words: new Set(text.slice(p.target.start, p.target.end).toLowerCase().match(/\p{L}+/gu) ?? []) };
  });

const sourceSpelled = (src: AlignedSource, k: number) =>
  rememberAt(src, 's:spelled', k, () => {
    const p = src.pairs[k] as AlignedPair;
    return sourceSpelledCounts(src.text.slice(p.source.start, p.source.end), src.lang);
  });

/** The values the target spells out more often than the source does. */
function unaccounted(target: readonly Map<string, number>[], source: readonly Map<string, number>[]): Set<string> {
  const count = new Map<string, number>();
  for (const m of target) for (const [v, n] of m) count.set(v, (count.get(v) ?? 0) + n);
  for (const m of source) for (const [v, n] of m) if (count.has(v)) count.set(v, (count.get(v) as number) - n);
  return new Set([...count].filter(([, n]) => n > 0).map(([v]) => v));
}

function compare(src: AlignedSource, k: number, text: string): NumberComparison {
  const pair = src.pairs[k];
  const out: NumberComparison = { leftover: [], changed: [], missing: [] };
  if (!pair) return out;
  const sourceHere = sourceQuantities(src, k);
  // a pair with hundreds of numbers is a table or a run of data, not a sentence: it is passed over, as the
  // comparisons below are quadratic in a pair's numbers (13,000 numbers in one pair took 3.4 s)
  if (sourceHere.length === 0 || sourceHere.length > MAX_PAIR_NUMBERS) return out;
  // written as the original writes it, and meaning another number in English ("9,0", "1.000"): a
  // leftover even where the English reading happens to match a value nearby
  const leftovers = new Set<Quantity>();
  for (const q of sourceHere) {
    if (q.kind !== 'number' || !/\D/.test(q.text) || readsTheSame(q)) continue;
    const at = literalAt(text, q.text, pair.target);
    if (at >= 0) {
      out.leftover.push({ source: q, target: { start: at, end: at + q.text.length } });
      leftovers.add(q);
    }
  }
  decimalCommas(src.text, pair.source, src.lang, text, pair.target, out);
  // a surely aligned pair is compared with its own target; an unsure one with the sentences around it too
  const sure = pair.confidence >= SURE_PAIR;
  if (sure) for (const c of changedPointDecimals(src.text, pair.source, src.lang, text, pair.target)) out.changed.push({ ...c, sure: true });
  const near = around(src, k, sure ? 0 : 1);
  const values = new Set(near.flatMap((x) => targetQuantities(src, x, text).flatMap((q) => q.values)));
  // a surely aligned pair is matched one to one: "27 елементів ..., 27 країн" → "22 elements ..., 27
  // countries" has one 27 too few, though the value is there
  const consumed = sure ? oneToOne(sourceHere.filter((q) => !leftovers.has(q)), targetQuantities(src, k, text), pair) : undefined;
  // a piece of a number the source's reading split ("1.28" in a Russian text, "17 674", "１万７６７４") is matched by value
  const piece = (q: Quantity) => /[\d０-９][.,\s\u00a0\u202f万億千]$/u.test(src.text.slice(Math.max(0, q.start - 2), q.start)) || /^[.,\s\u00a0\u202f万億千][\d０-９]/u.test(src.text.slice(q.end, q.end + 2));
  let unmatched = sourceHere.filter((q) => !leftovers.has(q) && (consumed && !piece(q) ? !consumed.source.has(q) : !q.values.some((v) => values.has(v))));
  if (unmatched.length > 0) {
    const spelled = near.map((x) => targetSpelled(src, x, text));
    const words = new Set(spelled.flatMap((sp) => [...sp.words]));
    // matched one to one, only a number spelled out still counts ("27" left over is not "present" in the other 27);
    // a number the original spells out too accounts for its English twin ("vier ... vier" → "four ... four")
    const spelledValues = unaccounted(spelled.map((sp) => sp.counts), near.map((x) => sourceSpelled(src, x)));
    for (const v of spelledValues) values.add(v);
    unmatched = unmatched.filter((q) => !present(q, consumed && !piece(q) ? spelledValues : values, words));
  }
  // a road or line named by a capital and a number ("die B 19") that the translation writes as one code ("the B19")
  unmatched = unmatched.filter((q) => !codeWritten(src.text, q, text, pair.target));
  if (unmatched.length === 0) return out;
  const sourceValues = new Set(near.flatMap((x) => sourceQuantities(src, x).flatMap((q) => q.values)));
  const targetHere = targetQuantities(src, k, text);
  const extra = targetHere.filter((q) => (consumed ? !consumed.target.has(q) : !q.values.some((v) => sourceValues.has(v))) && !out.leftover.some((l) => overlaps(q, l.target)));
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
  const even = numeric.length === extra.length;
  const pairs = Math.min(numeric.length, extra.length);
  for (let x = 0; x < pairs; x++) out.changed.push({ source: numeric[x] as Quantity, target: extra[x] as Quantity, sure: even });
  // a small count the translation may say in words this reading does not know ("1回" → "once more", "a")
  out.missing = [...numeric.slice(pairs), ...rest.filter((q) => q.kind === 'month')].filter((q) => q.kind !== 'number' || !/^\d$/.test(q.values[0] as string));
  return out;
}

/**
 * A comma between digits that no group of three follows: a decimal comma, which English does not write. It
 * is one where the original writes the number with a point, or with the comma in a language whose decimal
 * mark the comma is: in a Chinese, Japanese or Hebrew original "[0,0]" is a pair of numbers (a point, a
 * vector), written as it should be in English too.
 */
// (?=\d) first: a position without a digit is turned down before the look-behind is tried (same matches)
const DECIMAL_COMMA = /(?=\d)(?<![\p{L}\d.,])\d+,\d{1,2}(?![\d,.]\d|\d)/gu;

/**
 * A decimal comma in the translation ("0,5 l", "TB 2,5") where the original has the same digits as a
 * decimal, with a comma or a point ("0.5 л"): English reads it as two numbers or as thousands. The
 * original's own reading of its number does not matter (an informal Russian "0.5" is read as two).
 * Linear in the two sentences.
 */
function decimalCommas(source: string, s: Span, lang: string, target: string, t: Span, out: NumberComparison): void {
  // DECIMAL_COMMA needs a comma between two digits: most sentences have none, and are not copied out
  if (!commaBetweenDigits(target, t.start, t.end)) return;
  const original = source.slice(s.start, s.end);
  for (const m of target.slice(t.start, t.end).matchAll(DECIMAL_COMMA)) {
    const start = t.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (out.leftover.some((l) => l.target.start < end && start < l.target.end)) continue;
    const point = m[0].replace(',', '.');
    const at = (decimalMark(lang) === ',' ? [m[0], point] : [point]).map((lit) => original.search(new RegExp(`(?<![\\d.,])${lit.replace('.', '\\.')}(?![\\d]|[.,]\\d)`))).find((x) => x >= 0);
    if (at === undefined) continue;
    const value = String(Number(point));
    out.leftover.push({ source: { start: s.start + at, end: s.start + at + m[0].length, text: m[0], values: [value], kind: 'number' }, target: { start, end } });
  }
}

/** Some comma in text[from, to) has an ASCII digit right before and right after it, inside the span. */
function commaBetweenDigits(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf(',', from + 1); i >= 0 && i < to - 1; i = text.indexOf(',', i + 1)) {
    const before = text.charCodeAt(i - 1), after = text.charCodeAt(i + 1);
    if (before >= 48 && before <= 57 && after >= 48 && after <= 57) return true;
  }
  return false;
}

/**
 * Source and target quantities of a pair matched one to one by a shared value (the same text first),
 * each with the candidate nearest its place in the sentence, so that of two equal target numbers the
 * one standing where the source has another is left over. Quadratic in a sentence's numbers (a few).
 */
function oneToOne(source: readonly Quantity[], target: readonly Quantity[], pair: AlignedPair): { source: Set<Quantity>; target: Set<Quantity> } {
  const out = { source: new Set<Quantity>(), target: new Set<Quantity>() };
  const place = (q: Quantity, span: Span) => (q.start - span.start) / Math.max(1, span.end - span.start);
  for (const same of [true, false]) {
    for (const q of source) {
      if (out.source.has(q)) continue;
      let best: Quantity | undefined;
      for (const t of target) {
        // the same value, and in the first round the same text too ("14.30" is no time in English) and the
        // same scaled value ("10 тисяч" is no "10" but "10,000", the "10" beside it the "10")
        if (out.target.has(t) || !t.values.some((v) => q.values.includes(v))) continue;
        if (same && (t.text !== q.text || (q.scaled !== undefined && !t.values.includes(q.scaled)))) continue;
        if (!best || Math.abs(place(t, pair.target) - place(q, pair.source)) < Math.abs(place(best, pair.target) - place(q, pair.source))) best = t;
      }
      if (!best) continue;
      out.source.add(q);
      out.target.add(best);
    }
  }
  // one number written twice side by side in two readings ("明治23（1890）年", an era year and its Western
  // year) is one; two numbers of the same digits ("1年（1万km）") are two
  for (const q of source) {
    if (out.source.has(q)) continue;
    for (const p of out.source) {
      if (Math.abs(p.start - q.end) > 2 && Math.abs(q.start - p.end) > 2) continue;
      if (p.values.some((v) => q.values.includes(v) && (v !== p.values[0] || v !== q.values[0]))) out.source.add(q);
    }
  }
  return out;
}

/** The source number's digits read the English way mean the same ("2024", "15:30"). */
function readsTheSame(q: Quantity): boolean {
  return quantities(q.text, 0, q.text.length, 'en').some((e) => e.text === q.text && e.values.includes(q.values[0] as string));
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

/**
 * The source number follows a lone capital and a space ("B 19") or Latin letters directly (a Japanese
 * "A4", "iPhone14"), and the target writes the two together ("B19", "A4", "iPhone14"), which English reads as no number.
 */
function codeWritten(source: string, q: Quantity, target: string, span: Span): boolean {
  const before = source.slice(Math.max(0, q.start - 12), q.start);
  const letter = /(?<![\p{L}\p{N}])(\p{Lu})[ \u00a0]$/u.exec(before)?.[1] ?? /\p{Script=Latin}+$/u.exec(before)?.[0];
  if (!letter) return false;
  const at = target.slice(span.start, span.end).indexOf(`${letter}${q.text}`);
  return at >= 0 && !/\d/.test(target.charAt(span.start + at + letter.length + q.text.length));
}
