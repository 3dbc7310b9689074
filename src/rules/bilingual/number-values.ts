import { readYamlData } from '../../lang/yaml-cache.js';

/** A number as written in a unit, with its value in one canonical form for comparison. */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  /** Digits only, "." before decimals, no leading or trailing zeros: "1.000", "1 000" and "1,000" → "1000". */
  value: string;
  /** Set for the month of a numeric date ("05.03.2024"): an English month name stands for it. */
  month?: boolean;
  /** Set for the ":00" of a time: "18.00 Uhr" may be "6 p.m." */
  optional?: boolean;
  /** The value times the scale word after it ("20 тыс." → 20000), when there is one. */
  scaled?: string;
  /** The hour as written, for a 12-hour time ("11 pm": value 23, written 11). */
  written?: string;
}

/** Words that multiply the number before them (corpora/rules/number-scales.yaml), lower-case, by word. */
export type Scales = ReadonlyMap<string, number>;

const SCALES_FILE = new URL('../../../corpora/rules/number-scales.yaml', import.meta.url);

export function loadScales(): Scales {
  const out = new Map<string, number>();
  const data = readYamlData(SCALES_FILE) as Record<string, string[]>;
  for (const [factor, words] of Object.entries(data)) for (const w of words) out.set(String(w).toLowerCase(), Number(factor));
  return out;
}

/** "2月" (Chinese and Japanese): a number right before 月 is a month. */
function month(text: string, at: number, raw: string): boolean {
  return text.charAt(at + raw.length) === '月' && /^\d{1,2}$/.test(raw);
}


/** The scale word right after a number ("20 тыс.", "2,5 Mio.", "2万"), as its factor. */
function scaleAfter(text: string, end: number, scales: Scales): number | undefined {
  const word = /^[ \u00a0]?(\p{L}+)/u.exec(text.slice(end, end + 24))?.[1];
  if (word === undefined) return undefined;
  // Chinese and Japanese run the scale into the next word ("5万円"): its first character then
  return scales.get(word.toLowerCase()) ?? scales.get(String.fromCodePoint(word.codePointAt(0) as number));
}

function scaled(value: string, factor: number): string {
  const n = Math.round(Number(value) * factor * 1e6) / 1e6;
  return Number.isFinite(n) && n < 1e21 ? String(n) : value;
}

const SPACES = '\u0020\u00a0\u202f\u2009';
/** A letter of a script written with spaces: Chinese and Japanese run numbers into the words ("掲載店舗1,000件"). */
const NON_CJK_LETTER = String.raw`[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
// digit runs joined by one separator each; split up below when the separators do not make one number.
// A run starts after no letter, digit or underscore, except a UI mnemonic's underscore ("_1") and the
// "x" of a dimension ("30mm x15.5mm", "30x40").
const NUMBER = new RegExp(
  `(?:(?<![\\p{N}_]|${NON_CJK_LETTER})|(?<=(?:^|[^\\p{L}\\p{N}_])_)|(?<=(?:^|[\\s\\p{N}])[xX×]))\\d+(?:[.,${SPACES}]\\d+)*`,
  'gu',
);
const DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
/** "16.3." (a day and month with their periods, no year): German and other European dates. */
const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})$/;
/** "14.30" before "Uhr", "h", "hours", "pm" or after "um": a time, hour and minutes. */
const DOTTED_TIME = /^([01]?\d|2[0-4])\.([0-5]\d)$/;
const TIME_AFTER = /^\s?(?:Uhr|h\b|Std\b|heures?\b|horas?\b|hrs?\b|hours?\b|o'clock|[ap]\.?m\.?(?![\p{L}]))/iu;
const TIME_BEFORE = /(?:^|[^\p{L}])(?:um|gegen|ab|bis|vers|à|a las|at|в|о|до)\s$/iu;
/**
 * "pm", "a.m.", "am": a 12-hour time after an hour. A bare "am" before a number or a capital is the German
 * preposition ("um 12 am 5.3.2024", "12 am Montag": at 12 on 5 March, on Monday), not the morning.
 */
const TIME_12H = /^\s*(?:([aApP])\.[mM]\.?|([pP])[mM]|([aA])[mM](?!\s+[\d\p{Lu}]))(?!\p{L})/u;

/** English words for the numbers a translator may spell out. */
export const SPELLED: Readonly<Record<string, readonly string[]>> = {
  '0': ['zero', 'no'], '1': ['one', 'a', 'an', 'single', 'first', 'once'], '2': ['two', 'both', 'second', 'twice', 'pair'],
  '3': ['three', 'third', 'thrice'], '4': ['four', 'fourth'], '5': ['five', 'fifth'], '6': ['six', 'sixth'], '7': ['seven', 'seventh'],
  '8': ['eight', 'eighth'], '9': ['nine', 'ninth'], '10': ['ten', 'tenth'], '11': ['eleven'], '12': ['twelve', 'dozen'],
  '13': ['thirteen'], '14': ['fourteen'], '15': ['fifteen'], '16': ['sixteen'], '17': ['seventeen'], '18': ['eighteen'],
  '19': ['nineteen'], '20': ['twenty'], '30': ['thirty'], '40': ['forty'], '50': ['fifty'], '100': ['hundred'], '1000': ['thousand'],
};

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The numbers in `text` (masked stretches already blanked), at `base + index`. Locale formats are
 * normalised: one kind of separator before groups of three digits is a thousands separator ("1.000",
 * "1,000", "1 000"); a separator before other than three digits is a decimal point ("3,5"); with both, the
 * last is the decimal point ("1.234,5"). A numeric date is split into day, month and year, and a 12-hour
 * time ("2:30 pm") is read as the 24-hour one ("14:30"), so formats that differ by language compare equal.
 */
export function numbersIn(text: string, base: number, scales: Scales = new Map()): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const start = base + (m.index ?? 0);
    const raw = m[0];
    const date = DATE.exec(raw);
    if (date) {
      let at = start;
      (date.slice(1) as string[]).forEach((part, k) => {
        out.push({ start: at, end: at + part.length, text: part, value: canonical(part, ''), ...(k === 1 ? { month: true } : {}) });
        at += part.length + 1;
      });
      continue;
    }
    const parts = timeOrDayMonth(text, m.index ?? 0, raw, start);
    if (parts) {
      out.push(...parts);
      continue;
    }
    const value = readNumber(raw);
    const factor = value === undefined ? undefined : scaleAfter(text, (m.index ?? 0) + raw.length, scales);
    if (value !== undefined) out.push({ start, end: start + raw.length, text: raw, value, ...(factor ? { scaled: scaled(value, factor) } : {}), ...(month(text, m.index ?? 0, raw) ? { month: true } : {}) });
    else for (const p of pieces(raw, start)) out.push(p);
  }
  return withTimes(text, base, out);
}

/**
 * "14.30 Uhr" as hour and minutes, "16.3." as day and month: read as decimals they would never match
 * the target's "2:30 p.m." or "March 16". Only the few characters around are read.
 */
function timeOrDayMonth(text: string, at: number, raw: string, start: number): NumberMention[] | undefined {
  const end = at + raw.length;
  const time = DOTTED_TIME.exec(raw);
  const split = (k: number, month?: boolean): NumberMention[] => {
    const second = raw.slice(k + 1);
    const extra = month ? { month } : /^0+$/.test(second) ? { optional: true } : {};
    return [
      { start, end: start + k, text: raw.slice(0, k), value: canonical(raw.slice(0, k), '') },
      { start: start + k + 1, end: start + raw.length, text: second, value: canonical(second, ''), ...extra },
    ];
  };
  // "14.30 Uhr" first; then "bis 24.12." is a date, and "um 14.30" without its "Uhr" a time
  if (time && TIME_AFTER.test(text.slice(end, end + 10))) return split((time[1] as string).length);
  const dm = DAY_MONTH.exec(raw);
  if (dm && text.charAt(end) === '.' && !/\d/.test(text.charAt(end + 1))) {
    const [day, month] = [Number(dm[1]), Number(dm[2])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return split((dm[1] as string).length, true);
  }
  if (time && TIME_BEFORE.test(text.slice(Math.max(0, at - 8), at))) return split((time[1] as string).length);
  return undefined;
}

/** The canonical value of a run of digits and separators, or undefined when it is not one number. */
function readNumber(raw: string): string | undefined {
  const seps = [...raw.matchAll(new RegExp(`[.,${SPACES}]`, 'gu'))].map((s) => s[0]);
  if (seps.length === 0) return canonical(raw, '');
  const groups = raw.split(new RegExp(`[.,${SPACES}]`, 'u'));
  const kinds = new Set(seps.map((s) => (SPACES.includes(s) ? ' ' : s)));
  const lastSep = seps[seps.length - 1] as string;
  const last = groups[groups.length - 1] as string;
  const head = groups[0] as string;
  const middleOk = (gs: string[]) => gs.slice(1).every((g) => g.length === 3);
  if (kinds.size === 1) {
    if (head.length <= 3 && middleOk(groups)) return canonical(groups.join(''), '');
    // one dot or comma before other than three digits: a decimal ("3,5"); a space never is
    if (seps.length === 1 && lastSep !== ' ' && !SPACES.includes(lastSep)) return canonical(head, last);
    return undefined;
  }
  if (kinds.size === 2 && !SPACES.includes(lastSep) && seps.slice(0, -1).every((s) => s !== lastSep)) {
    const whole = groups.slice(0, -1);
    if ((whole[0] as string).length <= 3 && middleOk(whole)) return canonical(whole.join(''), last);
  }
  return undefined;
}

/** A run that is not one number ("2, 3", "10 20"): its digit groups, each a number. */
function pieces(raw: string, start: number): NumberMention[] {
  return [...raw.matchAll(/\d+/g)].map((d) => {
    const s = start + (d.index ?? 0);
    return { start: s, end: s + d[0].length, text: d[0], value: canonical(d[0], '') };
  });
}

function canonical(whole: string, decimals: string): string {
  const w = whole.replace(/^0+(?=\d)/, '');
  const d = decimals.replace(/0+$/, '');
  return d === '' ? w : `${w}.${d}`;
}

/** "2:30 pm" is 14:30, "12 am" is 0: the hour is rewritten to the 24-hour clock. */
function withTimes(text: string, base: number, list: NumberMention[]): NumberMention[] {
  for (let k = 0; k < list.length; k++) {
    const n = list[k] as NumberMention;
    const next = list[k + 1];
    const minutes = next && /^[:.]$/.test(text.slice(n.end - base, next.start - base)) && next.text.length === 2 ? next : undefined;
    const from = (minutes ?? n).end - base;
    const after = text.slice(from, from + 12);
    const ampm = TIME_12H.exec(after);
    if (!ampm || !/^\d{1,2}$/.test(n.text)) continue;
    const hour = Number(n.text) % 12 + ((ampm[1] ?? ampm[2] ?? ampm[3] ?? '').toLowerCase() === 'p' ? 12 : 0);
    n.written = n.value;
    n.value = String(hour);
    if (minutes) k++;
  }
  return list;
}
