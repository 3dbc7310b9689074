import { langData } from './lang-data.js';

/** A number, time or date part as written, with the values it may stand for. */
export interface Quantity {
  start: number;
  end: number;
  text: string;
  /** Canonical values: "1000", "3.5", "14:30" for a time; with a scale word also the product ("1500000"). */
  values: string[];
  kind: 'number' | 'time' | 'month';
  /** With a scale word: the product ("10 тисяч" → "10000"), which the number stands for. */
  scaled?: string;
}

const SPACES = ' \u00a0\u202f\u2009';
// a number may follow a Chinese or Japanese character directly ("約2万人"), not a Latin or Cyrillic letter ("W4"),
// except a run of two or more capitals that abbreviates a word before it ("FY2023", "JPY1,089", after kana
// "ランキングTOP3") or a
// unit after another number ("183cm92kg"). The leading (?=\d) changes no match: it only lets the
// engine turn down a position that holds no digit before it tries the three look-behinds (3x faster)
const RUN = /(?=\d)(?:(?<=(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}])\p{Lu}{2,4})|(?<=(?<!\p{L})N[or]\.)|(?<=\d\p{Ll}{1,3})|(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}_.,]))\d+(?:[.,:' \u00a0\u202f\u2009]\d+)*/gu;
/**
 * RUN for a language written in Han characters, where a Latin word is a foreign insert that a number may
 * follow directly ("Windows10", "iPhone14"): only the last look-behind differs, a word of two or more
 * Latin letters allowed. After one letter it stays a code or an abbreviation ("A4", "H11年" Heisei 11).
 */
const RUN_HAN = new RegExp(RUN.source.replace('(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_.,])', '(?<![\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_.,])(?<!(?<![\\p{Script=Latin}\\p{N}])\\p{Script=Latin})'), 'gu');
const NUMERIC_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const CLOCK = /^(\d{1,2})[:.](\d{2})$/;
const AFTER_WORD = /^[\s\u00a0]?(\p{L}+)\.?/u;
/** A four-digit year and a range mark right before a number: its first two digits ("1827～", "1827-"). */
const RANGE_START_YEAR = /(?<!\d)(1\d|20)\d\d\s?[～〜~–-]\s?$/;
const AMPM = /^\s?([ap])\.?\s?m\b\.?/i;
/** What may follow an hour in Chinese or Japanese ("1時30分"), and the scale characters of a composite number ("2万1000"). */
const CJK_HOUR = new Set(['時', '时', '点']);
const COMPOSITE_SCALE = new Set(['万', '億', '亿']);

/**
 * The quantities in text[from, to) read as `lang` writes numbers (languages.json: decimal mark and
 * group separators): "1.000" is 1000 in German and 1 in English, "3,5" is 3.5 in German and two numbers
 * in English. Times become "HH:MM" ("14.30 Uhr", "2:30 p.m."), a numeric date gives its day, month and
 * year, and a scale word after a number adds its product ("1,5 Millionen" → 1.5 and 1500000). Linear.
 */
export function quantities(text: string, from: number, to: number, lang: string): Quantity[] {
  const out: Quantity[] = [];
  // most sentences have no digit, and RUN matches none there: told before the sentence is copied out
  if (!hasDigit(text, from, to)) return out;
  const slice = halfWidth(text.slice(from, to));
  const { decimal, groups, scale, timeWords, monthMarks, eras } = numberTables(lang);
  const english = lang === 'en';
  let skip: Set<number> | undefined;
  // Speed: exec with lastIndex rather than matchAll, which copies the regular expression at every call
  // (once per sentence of both texts); RUN never matches the empty string, so the matches are the same
  const run = langData(lang)?.script === 'Han' ? RUN_HAN : RUN;
  run.lastIndex = 0;
  for (let m = run.exec(slice); m !== null; m = run.exec(slice)) {
    const raw = m[0];
    const start = from + (m.index ?? 0);
    if (skip?.has(m.index ?? 0)) continue;
    const after = slice.slice((m.index ?? 0) + raw.length, (m.index ?? 0) + raw.length + 24);
    const word = AFTER_WORD.exec(after)?.[1]?.toLowerCase();
    if (monthMarks.includes(after.charAt(0))) {
      out.push({ start, end: start + raw.length, text: raw, values: [canon(raw, '')], kind: 'month' });
      continue;
    }
    const date = NUMERIC_DATE.exec(raw);
    if (date && lang !== 'en') {
      let at = start;
      (date.slice(1) as string[]).forEach((part, k) => {
        out.push({ start: at, end: at + part.length, text: part, values: [canon(part, '')], kind: k === 1 ? 'month' : 'number' });
        at += part.length + 1;
      });
      continue;
    }
    // "1時30分" (Japanese, Chinese): an hour and its minutes
    const cjkTime = CJK_HOUR.has(after.charAt(0)) ? /^[時时点](\d{1,2})分/.exec(after) : null;
    if (cjkTime && Number(raw) <= 24) {
      (skip ??= new Set<number>()).add((m.index ?? 0) + raw.length + 1);
      out.push({ start, end: start + raw.length, text: raw, values: [clockText(Number(raw), Number(cjkTime[1])), clockText(Number(raw) + 12, Number(cjkTime[1])), raw], kind: 'time' });
      continue;
    }
    const time = readTime(raw, after, word, timeWords, lang, decimal);
    if (time) {
      // a translation may give the hour alone ("at 18 o'clock", "at 6")
      // and "2 часа", "14 Uhr" may be a duration or given as a plain number
      const hours = english ? time.flatMap((t) => [String(Number(t.slice(0, 2))), String(Number(t.slice(0, 2)) % 12 || 12)]) : /^\d+$/.test(raw) ? [raw] : [];
      out.push({ start, end: start + raw.length, text: raw, values: [...time, ...hours], kind: 'time' });
      continue;
    }
    const before = slice.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0);
    const era = eras.find(([name]) => before.endsWith(name));
    for (const piece of readRun(raw, start, decimal, groups)) {
      // a scale word after the number, or a scale character right after it (Chinese, Japanese)
      const factor = (word ? scale[word] : undefined) ?? scale[after.charAt(0)];
      if (factor) {
        piece.scaled = scaled(piece.values[0] as string, factor);
        piece.values.push(piece.scaled);
      }
      if (era) piece.values.push(String(era[1] + Number(piece.values[0])));
      // "2万1000" is 21000: a number before a scale character and one after it make one
      const composite = compositeValue(slice, m.index ?? 0, raw, scale);
      if (composite) piece.values.push(composite);
      // a two-digit year ("in 86", "22") written out in full
      if (!english && /^\d{2}$/.test(piece.text)) {
        piece.values.push(`19${piece.text}`, `20${piece.text}`);
        // the end of a range of years takes the century of its start ("1827～91年", "1827-91": 1891)
        const century = RANGE_START_YEAR.exec(slice.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0));
        if (century) piece.values.push(`${century[1]}${piece.text}`);
      }
      // "10.02" in English may be a date left as the original writes it: it stands for its parts too
      if (english && /^\d{1,2}\.\d{1,2}(?:\.\d{2,4})?$/.test(piece.text)) piece.values.push(...[...piece.text.matchAll(/\d+/g)].map((d) => canon(d[0], '')));
      out.push(piece);
    }
  }
  return out;
}

/** The value of a Chinese or Japanese composite number this run is part of ("2万1000", "58万7000"), if any. */
function compositeValue(slice: string, at: number, raw: string, scale: Record<string, number>): string | undefined {
  // both patterns below need a scale character right after the run or right before it (nearly never there)
  if (!COMPOSITE_SCALE.has(slice.charAt(at + raw.length)) && !COMPOSITE_SCALE.has(slice.charAt(at - 1))) return undefined;
  if (!/^\d+$/.test(raw)) return undefined;
  const unit = (c: string | undefined) => (c ? (scale[c] ?? 1) : 1);
  const next = /^([万億亿])(\d+)([千])?(?!\d)/.exec(slice.slice(at + raw.length, at + raw.length + 12));
  if (next && scale[next[1] as string]) return String(Number(raw) * unit(next[1]) + Number(next[2]) * unit(next[3]));
  const prev = /(\d+)([万億亿])$/.exec(slice.slice(Math.max(0, at - 12), at));
  if (prev && scale[prev[2] as string]) return String(Number(prev[1]) * unit(prev[2]) + Number(raw) * unit(slice.charAt(at + raw.length) === '千' ? '千' : undefined));
  return undefined;
}

/** Whether text[from, to) has a digit, ASCII or full-width (which halfWidth makes ASCII). */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19)) return true;
  }
  return false;
}

interface NumberTables {
  decimal: string;
  groups: Set<string>;
  scale: Record<string, number>;
  timeWords: Set<string>;
  monthMarks: readonly string[];
  eras: [string, number][];
}

const tables = new Map<string, NumberTables>();

/** The mark a language writes between a number's whole part and its decimals (languages.json; "." when unknown). */
export const decimalMark = (lang: string): string => numberTables(lang).decimal;

/** A language's ways of writing numbers (languages.json), as sets and lists made once per process. */
function numberTables(lang: string): NumberTables {
  let t = tables.get(lang);
  if (t === undefined) {
    const data = langData(lang) ?? langData('en');
    t = {
      decimal: data?.decimal ?? '.',
      groups: new Set([...(data?.group ?? [',']), ...SPACES]),
      scale: data?.scale ?? {},
      timeWords: new Set(data?.timeWords ?? []),
      monthMarks: data?.monthMarks ?? [],
      eras: Object.entries(data?.eras ?? {}),
    };
    tables.set(lang, t);
  }
  return t;
}

/** Full-width digits and separators (Japanese, Chinese) as ASCII, one for one, so offsets hold. */
function halfWidth(s: string): string {
  return /[\uff0c-\uff1a]/.test(s) ? s.replace(/[\uff0c-\uff1a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : s;
}

/** After a time: a short word or a dash, another time and the word after it ("und 15.30 Uhr", "– 14 Uhr"). */
const RANGE = /^\s*(?:\p{Ll}{1,4}|[–-])\s*\d{1,2}(?:[.:]\d{2})?\s*(\p{L}+)/u;

function readTime(raw: string, after: string, word: string | undefined, timeWords: Set<string>, lang: string, decimal: string): string[] | undefined {
  const clock = CLOCK.exec(raw);
  const ampm = lang === 'en' ? AMPM.exec(after) : null;
  // a time word after the next time of a range counts for this one too ("13.25 und 15.30 Uhr")
  const range = RANGE.exec(after);
  const isTimeWord = (word !== undefined && timeWords.has(word)) || (range !== null && timeWords.has((range[1] as string).toLowerCase()));
  let hour: number, minute: number;
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
    // "3.50" is a decimal unless a time word or am/pm follows; a colon always makes a time, and so does a
    // point between hours and minutes where the language's decimal mark is a comma ("в 21.55 мск"; not a
    // date, "10.02.")
    if (!raw.includes(':') && !isTimeWord && !ampm && (decimal === '.' || clock[2] === undefined || Number(clock[1]) < 10 || /^(?:\s?\d|\.)/.test(after))) return undefined;
  } else if (/^\d{1,2}$/.test(raw) && (isTimeWord || ampm)) {
    hour = Number(raw);
    minute = 0;
  } else return undefined;
  if (hour > 24 || minute > 59) return undefined;
  if (ampm) {
    hour = (hour % 12) + ((ampm[1] as string).toLowerCase() === 'p' ? 12 : 0);
    return [clockText(hour, minute)];
  }
  // a 24-hour time without am/pm may also be written as the 12-hour one
  return hour > 12 ? [clockText(hour, minute)] : [clockText(hour, minute), clockText(hour + 12, minute)];
}

const clockText = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** A run of digits and separators as one number, or as its digit groups when it is not one. */
function readRun(raw: string, start: number, decimal: string, groups: Set<string>): Quantity[] {
  // Speed: most runs are digits alone, one number: told by their characters, before the lists below are made
  let digits = true;
  for (let i = 0; i < raw.length && digits; i++) digits = raw.charCodeAt(i) >= 48 && raw.charCodeAt(i) <= 57;
  if (digits) return [{ start, end: start + raw.length, text: raw, values: [canon(raw, '')], kind: 'number' }];
  const seps = [...raw.matchAll(/[^\d]/g)];
  const parts = raw.split(/[^\d]/);
  const one = (whole: string, dec: string): Quantity[] => [{ start, end: start + raw.length, text: raw, values: [canon(whole, dec)], kind: 'number' }];
  if (seps.length === 0) return one(raw, '');
  const last = (seps[seps.length - 1] as RegExpMatchArray)[0];
  const grouped = (ps: string[], sepChars: string[]) =>
    (ps[0] as string).length <= 3 && ps.slice(1).every((p) => p.length === 3) && sepChars.every((s) => groups.has(s) && s === sepChars[0]);
  const sepChars = seps.map((s) => s[0]);
  if (!sepChars.includes(decimal) && grouped(parts, sepChars)) return one(parts.join(''), '');
  if (last === decimal && sepChars.slice(0, -1).every((s) => s !== decimal)) {
    const whole = parts.slice(0, -1);
    const wholeSeps = sepChars.slice(0, -1);
    if (whole.length === 1 || grouped(whole, wholeSeps)) return one(whole.join(''), parts[parts.length - 1] as string);
  }
  // not one number in this language ("3,5" in English, "10 20"): each digit group on its own
  return [...raw.matchAll(/\d+/g)].map((d) => {
    const s = start + (d.index ?? 0);
    return { start: s, end: s + d[0].length, text: d[0], values: [canon(d[0], '')], kind: 'number' as const };
  });
}

function canon(whole: string, decimals: string): string {
  const w = whole.replace(/^0+(?=\d)/, '');
  const d = decimals.replace(/0+$/, '');
  return d === '' ? w : `${w}.${d}`;
}

function scaled(value: string, factor: number): string {
  const n = Number(value) * factor;
  return Number.isFinite(n) ? canon(String(Math.round(n * 1000) / 1000), '') : value;
}

/** A source quantity written the English way ("1.000" → "1,000", "3,5" → "3.5", "14:30" → "2:30 p.m."). */
export function englishForm(q: Quantity): string | undefined {
  const v = q.values[0];
  if (v === undefined || q.kind === 'month') return undefined;
  if (q.kind === 'time') {
    const [h = 0, m = 0] = v.split(':').map(Number);
    return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`;
  }
  const [whole = '', decimals] = v.split('.');
  const grouped = whole.length > 4 || /[^\d]/.test(q.text) ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}
