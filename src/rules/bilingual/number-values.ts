/** A number as written in a unit, with its value in one canonical form for comparison. */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  /** Digits only, "." before decimals, no leading or trailing zeros: "1.000", "1 000" and "1,000" → "1000". */
  value: string;
  /** Set for the month of a numeric date ("05.03.2024"): an English month name stands for it. */
  month?: boolean;
}

const SPACES = '\u0020\u00a0\u202f\u2009';
// digit runs joined by one separator each; split up below when the separators do not make one number
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}_])\\d+(?:[.,${SPACES}]\\d+)*`, 'gu');
const DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
const TIME_12H = /^\s*([ap])\.?m\.?(?![\p{L}])/iu;

/** English words for the numbers a translator may spell out. */
export const SPELLED: Readonly<Record<string, readonly string[]>> = {
  '0': ['zero', 'no'], '1': ['one', 'a', 'an', 'single', 'first'], '2': ['two', 'both', 'second', 'twice', 'pair'],
  '3': ['three', 'third'], '4': ['four', 'fourth'], '5': ['five', 'fifth'], '6': ['six', 'sixth'], '7': ['seven', 'seventh'],
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
export function numbersIn(text: string, base: number): NumberMention[] {
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
    const value = readNumber(raw);
    if (value !== undefined) out.push({ start, end: start + raw.length, text: raw, value });
    else for (const p of pieces(raw, start)) out.push(p);
  }
  return withTimes(text, base, out);
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
    const minutes = next && text.slice(n.end - base, next.start - base) === ':' && next.text.length === 2 ? next : undefined;
    const after = text.slice((minutes ?? n).end - base);
    const ampm = TIME_12H.exec(after);
    if (!ampm || !/^\d{1,2}$/.test(n.text)) continue;
    const hour = Number(n.text) % 12 + ((ampm[1] as string).toLowerCase() === 'p' ? 12 : 0);
    n.value = String(hour);
    if (minutes) k++;
  }
  return list;
}
