/** Character classes of a regular expression as code-point ranges, for regex-ambiguity.ts. */

export const MAX_CODE = 0x10ffff;

export type Ranges = [number, number][];

const NAMED: [string, string][] = [
  ['\\w', '48-57,65-90,95-95,97-122'],
  ['\\d', '48-57'],
  ['\\s', '9-13,32-32,160-160,5760-5760,8192-8202,8232-8233,8239-8239,8287-8287,12288-12288,65279-65279'],
  ['.', '0-9,11-12,14-8231,8234-1114111'],
  ['[\\s\\S]', '0-1114111'],
];

/** A class as a reader would write it: \w, \d, ., a character, or the ranges in brackets. */
export function describe(ranges: Ranges): string {
  const sorted: Ranges = [];
  for (const [lo, hi] of [...ranges].sort((x, y) => x[0] - y[0])) {
    const prev = sorted[sorted.length - 1];
    if (prev && lo <= prev[1] + 1) prev[1] = Math.max(prev[1], hi);
    else sorted.push([lo, hi]);
  }
  const key = sorted.map(([lo, hi]) => `${lo}-${hi}`).join(',');
  const named = NAMED.find(([, k]) => k === key);
  if (named) return named[0];
  const one = (c: number) => (c < 33 || c > 126 ? `\\u{${c.toString(16)}}` : String.fromCharCode(c));
  const inClass = (c: number) => (/[\\\]^-]/.test(String.fromCharCode(c)) ? `\\${String.fromCharCode(c)}` : one(c));
  const [only] = sorted;
  if (sorted.length === 1 && only && only[0] === only[1]) return one(only[0]);
  if (sorted.length > 6) return 'a character class';
  return `[${sorted.map(([lo, hi]) => (lo === hi ? inClass(lo) : `${inClass(lo)}-${inClass(hi)}`)).join('')}]`;
}

const propertyCache = new Map<string, RegExp>();

/** A test for one character of a property escape, case-insensitive (patterns usually run with the i flag). */
export function propertyTest(escape: string): RegExp {
  let re = propertyCache.get(escape);
  if (!re) {
    try {
      re = new RegExp(`^${escape}$`, 'iu');
    } catch {
      re = /^[\s\S]$/u;
    }
    propertyCache.set(escape, re);
  }
  return re;
}

/** The widest interval tested character by character; a wider one counts as meeting the property. */
const MAX_TESTED = 512;

/**
 * Whether a property matches a code point in lo..hi. Listing a property's code points means testing
 * all 1.1 million; the classes it is compared with cut the code points into few intervals, mostly small
 * (`\s`, `[.;]`), so only those are tested, and a wide one is taken to meet it (the test stays strict).
 */
export function intersects(re: RegExp, lo: number, hi: number): boolean {
  if (hi - lo + 1 > MAX_TESTED) return true;
  for (let c = lo; c <= hi; c++) if (c < 0xd800 || c > 0xdfff) if (re.test(String.fromCodePoint(c))) return true;
  return false;
}

export function complement(ranges: Ranges): Ranges {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  let from = 0;
  for (const [lo, hi] of sorted) {
    if (lo > from) out.push([from, lo - 1]);
    from = Math.max(from, hi + 1);
  }
  if (from <= MAX_CODE) out.push([from, MAX_CODE]);
  return out;
}

/** The ranges with their ASCII other-case letters: patterns usually run case-insensitively. */
export function folded(ranges: Ranges): Ranges {
  const out: Ranges = [...ranges];
  for (const [lo, hi] of ranges) {
    for (const [from, to, shift] of [[65, 90, 32], [97, 122, -32]] as const) {
      const l = Math.max(lo, from);
      const h = Math.min(hi, to);
      if (l <= h) out.push([l + shift, h + shift]);
    }
  }
  return out;
}
