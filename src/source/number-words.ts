/** English number words and their values, for numbers a translation spells out ("sixty-two", "eleven thousand", "noon" for 12 o'clock). */
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  dozen: 12, noon: 12, midday: 12, half: 0.5, quarter: 0.25, once: 1, single: 1, twice: 2, both: 2, double: 2, pair: 2, thrice: 3, triple: 3,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** What a word is to a run of number words: a unit ("two", "first"), a scale ("thousand"), "and", an article, or neither. */
export interface NumberWord {
  unit?: number;
  scale?: number;
  and?: boolean;
  article?: boolean;
}

const english = (w: string): NumberWord | undefined => {
  const unit = UNITS[w];
  if (unit !== undefined) return { unit };
  const scale = SCALES[w];
  if (scale !== undefined) return { scale };
  if (w === 'and') return { and: true };
  return w === 'a' || w === 'an' ? { article: true } : undefined;
};

/**
 * The values of the runs of number words in an English text: "sixty-two" → 62, "eleven thousand" →
 * 11000, "a day and a half" → 0.5 and 1.5 (a half after "and" adds to a number before it or to one).
 * Every single word counts on its own as well. Linear in the text.
 */
export function spelledValues(text: string): Set<string> {
  return new Set(spelledCounts(text).keys());
}

/** spelledValues with how often each value is written ("four ... four" → 4 twice). */
export function spelledCounts(text: string): Map<string, number> {
  // "at first" is "in the beginning", not a first of something the original numbers
  return runValues(text.toLowerCase().replace(/\bat first\b/g, 'at').match(/[a-z]+|[^a-z\s-]/g) ?? [], english);
}

/** The values of the runs of number words among `words` (in order), each with how often it is written. Linear. */
export function runValues(words: readonly string[], lookup: (w: string) => NumberWord | undefined): Map<string, number> {
  const out = new Map<string, number>();
  const add = (v: number) => out.set(String(v), (out.get(String(v)) ?? 0) + 1);
  // `n` words in the run: a run of one unit was counted as that unit already
  let total = 0, current = 0, any = false, afterAnd = false, n = 0, lone = false;
  const flush = () => {
    if (any && !(n === 1 && lone)) add(total + current);
    total = current = n = 0;
    lone = false;
    any = false;
  };
  for (const w of words) {
    const word = lookup(w);
    const unit = word?.unit;
    const scale = word?.scale;
    if (unit !== undefined) {
      add(unit);
      lone = n++ === 0;
      if (unit < 1) add((any ? total + current : 1) + unit);
      current += unit;
      any = true;
    } else if (scale !== undefined) {
      current = (current || 1) * scale;
      n++;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
      any = true;
    } else if (word?.and) {
      afterAnd = true;
      continue;
    } else if (word?.article) {
      continue;
    } else flush();
    if (!afterAnd && unit === undefined && scale === undefined) flush();
    afterAnd = false;
  }
  flush();
  return out;
}
