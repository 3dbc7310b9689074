import { FILLER, unfilled } from '../../document/tokens.js';
import { isEnglishWord } from '../../lang/english.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'artefact/number-format',
  severity: 'warning',
  description:
    'A number written the German, French or Spanish way: a dot or space between thousands ("1.000 people", ' +
    '"40 000 people"), a decimal comma ("3,5 percent"), a space before the percent sign ("40 %"), or "1.200 million" ' +
    'for 1.2 billion; suggests the English form.',
  confidence:
    '0.95 for several dot groups ("10.000.000") or a decimal comma before percent/million/billion or in a range; 0.9 ' +
    'for one dot group before a counted noun or "million"; 0.85 for one dot group ending in ".000" before another ' +
    'word, for a comma followed by one or two digits elsewhere ("1,1 children"), for a space before "%", and for ' +
    'space-separated thousands before a counted noun or with no-break spaces; 0.8, with no automatic fix, for other ' +
    'space-separated thousands. Decimals before units ("3.125 inches"), times ("3.30 pm"), versions, dates, section ' +
    'numbers, lists ("sections 3,5 and 7") and precise millions ("$1.125 million") are not flagged.',
  examples: [
    { text: 'More than 1.000 amendments had been tabled.', flagged: '1.000', suggestion: '1,000' },
    { text: 'the deficit could rise to 3,5 percent of output', flagged: '3,5', suggestion: '3.5' },
    { text: 'inflation fell to 2,3 % per month', flagged: '2,3 %', suggestion: '2.3%' },
    { text: 'which they estimate at 1.200 million euros a year', flagged: '1.200 million', suggestion: '1.2 billion' },
    { text: 'more than 40 000 people marched', flagged: '40 000', suggestion: '40,000' },
  ],
} satisfies Rule['meta'];

/** Words after which a number with three decimals is plausible English ("3.125 inches", "9.572 seconds"). */
const UNITS = new Set([
  'second', 'seconds', 'sec', 'secs', 'inch', 'inches', 'in', 'mm', 'cm', 'm', 'meter', 'meters', 'metre', 'metres', 'km',
  'kilometer', 'kilometers', 'kilometre', 'kilometres', 'mile', 'miles', 'gram', 'grams', 'g', 'kg', 'ounce', 'ounces',
  'oz', 'carat', 'carats', 'liter', 'liters', 'litre', 'litres', 'gallon', 'gallons', 'degree', 'degrees', 'point',
  'points', 'percent', 'per', 'pct', 'hours', 'minutes', 'volts', 'ghz', 'mhz', 'acres', 'pounds', 'lb', 'lbs', 'tons',
  'tonnes', 'feet', 'foot', 'ft', 'yards', 'times', 'years', 'billion', 'trillion', 'thousand',
]);

/** Counted things that are not plain plurals in -s. */
const COUNTED = new Set([
  'people', 'persons', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'euro',
  'dollar', 'new', 'more', 'other', 'additional', 'local', 'young', 'foreign',
]);
const PERCENT = String.raw`(?:\s?%|\s(?:percent|per cent|percentage points)\b)`;
const SPACE = '[ \u00a0\u202f]';

// one alternation, tried left to right at each position: thousands dots, decimal comma, spaced thousands, spaced %
const NUMBER = new RegExp(
  String.raw`(?<![\p{N}.,:/\u00a0\u202f-]|\p{N} )(?:` +
    String.raw`(?<dots>[1-9]\d{0,2}(?:\.\d{3})+)(?![\p{N}]|[.,]\p{N})` +
    String.raw`|(?<comma>\d{1,3},\d{1,2})(?![\p{N}]|[.,]\p{N})` +
    String.raw`|(?<spaced>[1-9]\d{0,2}(?:${SPACE}\d{3})+)(?![\p{N}]|[.,]\p{N}|${SPACE}\p{N}|[-–]\p{N})` +
    String.raw`|(?<pct>\d+(?:[.,]\d+)?)(?=${SPACE}%)` +
    ')',
  'gu',
);

interface Hit {
  start: number;
  end: number;
  replacement: string;
  confidence: number;
  what: string;
}

export function check(ctx: RuleContext): void {
  for (const seg of ctx.doc.segments) {
    const filled = ctx.text.slice(seg.start, seg.end);
    // a separator written as a reference (`40&nbsp;000`, `1&#46;000`) reads as its character padded with
    // fillers (src/inputs/view.ts): the number is read without them, and its range mapped back to the file
    const slice = unfilled(filled);
    const place = slice === filled ? (i: number) => i : fillerMap(filled);
    let covered = 0;
    for (const m of slice.matchAll(NUMBER)) {
      const g = m.groups ?? {};
      const at = m.index ?? 0;
      // the second number of a range ("3,5 to 3,75") was reported with the first
      if (at < covered) continue;
      const hit = g.dots ? dots(slice, at, g.dots) : g.comma ? comma(slice, at, g.comma) : g.spaced ? spaced(slice, at, g.spaced) : g.pct ? percentOnly(slice, at, g.pct) : undefined;
      if (!hit) continue;
      covered = hit.end;
      const start = seg.start + place(hit.start);
      ctx.report({
        start,
        end: seg.start + place(hit.end - 1) + 1,
        message: `${hit.what}: write "${hit.replacement}"`,
        confidence: hit.confidence,
        suggestions: [{ text: hit.replacement, confidence: hit.confidence }],
        autofix: hit.confidence >= 0.85,
      });
    }
  }
}

/** For a text with fillers, the offset in it of each character of the text without them. */
function fillerMap(filled: string): (i: number) => number {
  const at: number[] = [];
  for (let i = 0; i < filled.length; i++) if (filled.charAt(i) !== FILLER) at.push(i);
  return (i) => at[i] ?? filled.length;
}

/**
 * The text just after a number, as far as any test here looks: the rest of the segment would make a
 * segment of many numbers quadratic.
 */
function ahead(slice: string, end: number): string {
  return slice.slice(end, end + 64);
}

/** A telephone number: digits, then a dash or slash, before this group ("(030) 4664 - 171 100"), or "phone" just before. */
const PHONE_BEFORE = /(?:\d\)?\s*[-–/]\s*|\b(?:tel|telephone|phone|fax|mobile|call|hotline)\b\.?:?\s*(?:\(\d+\)\s*)?)$/iu;

/** The word after a number, lower-cased ('' when none follows). */
function nextWord(slice: string, end: number): string {
  return /^\s+([\p{L}]+)/u.exec(ahead(slice, end))?.[1]?.toLowerCase() ?? '';
}

/** A percent sign after a space ("40 %"), as `{ length }` of the space and sign. */
function withPercent(slice: string, end: number): { length: number } | undefined {
  const m = new RegExp(`^${SPACE}%`).exec(ahead(slice, end));
  return m ? { length: m[0].length } : undefined;
}

function dots(slice: string, at: number, num: string): Hit | undefined {
  const end = at + num.length;
  const digits = num.replace(/\./g, '');
  const groups = num.split('.').length - 1;
  const word = nextWord(slice, end);
  // Spanish "1.200 millones" → "1.2 billion"; "$1.125 million" is a precise English figure, so only round groups
  if (word === 'million' && groups === 1 && num.endsWith('00')) {
    const billions = String(Number(digits) / 1000);
    const wordEnd = end + (/^\s+million/u.exec(ahead(slice, end))?.[0].length ?? 0);
    return { start: at, end: wordEnd, replacement: `${billions} billion`, confidence: 0.9, what: `"${num} million" uses a dot between thousands` };
  }
  const counted = COUNTED.has(word) || (word.length > 3 && word.endsWith('s') && !UNITS.has(word) && isEnglishWord(word));
  let confidence = 0;
  if (groups >= 2) confidence = 0.95;
  else if (UNITS.has(word) || /^\s*(?:%|[-–]|\.\d)/.test(ahead(slice, end))) return undefined;
  else if (counted) confidence = 0.9;
  else if (num.endsWith('.000') && word !== '') confidence = 0.85;
  else return undefined;
  const english = Number(digits).toLocaleString('en-US');
  return { start: at, end, replacement: english, confidence, what: `"${num}" uses a dot between thousands` };
}

function comma(slice: string, at: number, num: string): Hit | undefined {
  const end = at + num.length;
  // "sections 3,5 and 7", "1,2,3": a list, not a decimal
  if (/^\s*(?:and|or|&)\s+\d/u.test(ahead(slice, end)) || /\d,\s?$/.test(slice.slice(Math.max(0, at - 3), at))) return undefined;
  // "[1,1]", "(0,0)": a pair of coordinates or inputs, not a decimal
  if (/[[(]$/.test(slice.slice(Math.max(0, at - 1), at)) && /^[\])]/.test(slice.slice(end, end + 1))) return undefined;
  const decimal = num.replace(',', '.');
  const pct = withPercent(slice, end);
  if (pct) return { start: at, end: end + pct.length, replacement: decimal + '%', confidence: 0.95, what: `"${num} %" uses a decimal comma` };
  // "3,5 to 3,75 percent": one finding for the range
  const range = /^(\s(?:to|and|or|-|–)\s)(\d{1,3},\d{1,2})(?![\p{N}]|[.,]\p{N})/u.exec(ahead(slice, end));
  if (range) {
    const second = range[2] as string;
    const rangeEnd = end + range[0].length;
    const pct2 = withPercent(slice, rangeEnd);
    return {
      start: at,
      end: rangeEnd + (pct2?.length ?? 0),
      replacement: `${decimal}${range[1]}${second.replace(',', '.')}${pct2 ? '%' : ''}`,
      confidence: 0.95,
      what: `"${num}" and "${second}" use a decimal comma`,
    };
  }
  const strong = new RegExp(`^${PERCENT}|^\\s(?:million|billion|trillion)\\b`, 'u').test(ahead(slice, end));
  return { start: at, end, replacement: decimal, confidence: strong ? 0.95 : 0.85, what: `"${num}" uses a decimal comma` };
}

function spaced(slice: string, at: number, num: string): Hit | undefined {
  const end = at + num.length;
  const english = Number(num.replace(/\D/g, '')).toLocaleString('en-US');
  const pct = withPercent(slice, end);
  if (pct) return { start: at, end: end + pct.length, replacement: `${english}%`, confidence: 0.85, what: `"${num} %" separates thousands with a space` };
  // "on May 15 200 people marched": a date before a count, not one number (a number before is refused by the look-behind)
  if (/(?:january|february|march|april|may|june|july|august|september|october|november|december|no\.|number|page|pp?\.)\s$/iu.test(slice.slice(Math.max(0, at - 12), at))) return undefined;
  if (PHONE_BEFORE.test(slice.slice(Math.max(0, at - 24), at))) return undefined;
  const word = nextWord(slice, end);
  const counted = COUNTED.has(word) || (word.length > 3 && word.endsWith('s') && isEnglishWord(word));
  const thin = /[\u00a0\u202f]/.test(num);
  const confidence = thin || counted ? 0.85 : 0.8;
  return { start: at, end, replacement: english, confidence, what: `"${num}" separates thousands with a space` };
}

function percentOnly(slice: string, at: number, num: string): Hit | undefined {
  const pct = withPercent(slice, at + num.length);
  if (!pct || num.includes(',')) return undefined;
  return { start: at, end: at + num.length + pct.length, replacement: `${num}%`, confidence: 0.85, what: `"${num} %" has a space before the percent sign` };
}

export default { meta, check } satisfies Rule;
