/** English number words and their values, for numbers a translation spells out ("sixty-two", "eleven thousand", "noon" for 12 o'clock). */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  dozen: 12, noon: 12, midday: 12, half: 0.5, quarter: 0.25, once: 1, single: 1, twice: 2, both: 2, double: 2, pair: 2, thrice: 3, triple: 3,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The values of the runs of number words in an English text: "sixty-two" → 62, "eleven thousand" →
 * 11000, "a day and a half" → 0.5 and 1.5 (a half after "and" adds to a number before it or to one).
 * Every single word counts on its own as well. Linear in the text.
 */
export function spelledValues(text: string): Set<string> {
  const out = new Set<string>();
  let total = 0, current = 0, any = false, afterAnd = false;
  const flush = () => {
    if (any) out.add(String(total + current));
    total = current = 0;
    any = false;
  };
  for (const m of text.toLowerCase().matchAll(/[a-z]+|[^a-z\s-]/g)) {
    const w = m[0];
    const unit = UNITS[w];
    const scale = SCALES[w];
    if (unit !== undefined) {
      out.add(String(unit));
      if (unit < 1) out.add(String((any ? total + current : 1) + unit));
      current += unit;
      any = true;
    } else if (scale !== undefined) {
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      any = true;
    } else if (w === 'and') {
      afterAnd = true;
      continue;
    } else if (w === 'a' || w === 'an') {
      continue;
    } else flush();
    if (!afterAnd && unit === undefined && scale === undefined) flush();
    afterAnd = false;
  }
  flush();
  return out;
}
