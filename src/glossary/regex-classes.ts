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

const propertyCache = new Map<string, Ranges>();

/**
 * The code points a property escape matches case-insensitively (the wider set, as patterns usually run
 * with the i flag), found by testing each code point of the Basic Multilingual Plane once per distinct
 * escape (a few milliseconds; only for patterns with two repeats or more). Every code point above it
 * counts as matching, which can only make the test stricter.
 */
export function propertyRanges(escape: string): Ranges {
  let ranges = propertyCache.get(escape);
  if (ranges) return ranges;
  ranges = [];
  let re: RegExp;
  try {
    re = new RegExp(`^${escape}$`, 'iu');
  } catch {
    ranges.push([0, MAX_CODE]);
    propertyCache.set(escape, ranges);
    return ranges;
  }
  let from = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const inside = c === 0x10000 || re.test(String.fromCharCode(c));
    if (inside && from < 0) from = c;
    else if (!inside && from >= 0) {
      ranges.push([from, c - 1]);
      from = -1;
    }
  }
  ranges.push([from, MAX_CODE]);
  propertyCache.set(escape, ranges);
  return ranges;
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
