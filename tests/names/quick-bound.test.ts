import { describe, expect, it } from 'vitest';
import { spellings } from '../../src/names/conventions.ts';
import type { ComparedWord } from '../../src/names/similarity.ts';
import { wordDistanceBounds } from '../../src/names/distance-bound.ts';
import { random } from './helpers.ts';

const LETTERS = 'aeiouyhkszcjlnrtdmbpgvwfxq-éß';

function word(next: () => number): string {
  const n = 1 + Math.floor(next() * 12);
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS[Math.floor(next() * (next() < 0.7 ? 12 : LETTERS.length))];
  return s;
}

function compared(folded: string): ComparedWord {
  const s = spellings([folded]);
  return { folded, same: s.same, spellings: s.all, conventions: s.conventions, keys: [] };
}

describe("similarity.ts's quick distance bound (the summaries of each word's spellings)", () => {
  it('is never over the least bound of the pairs of spellings it stands for, and often equal to it', () => {
    const next = random(3);
    let equal = 0;
    for (let i = 0; i < 20_000; i++) {
      const a = word(next);
      // half the time a near copy, whose bound is small
      const b = next() < 0.5 ? a.slice(0, Math.floor(next() * a.length)) + word(next).slice(0, 2) + a.slice(Math.floor(next() * a.length)) : word(next);
      const [quick, least] = wordDistanceBounds(compared(a), compared(b));
      expect(quick).toBeLessThanOrEqual(least);
      if (quick === least) equal++;
    }
    expect(equal).toBeGreaterThan(5_000);
  });

  it('tells words of other letters and lengths apart, and not words one spelling apart', () => {
    expect(wordDistanceBounds(compared('starmer'), compared('boykov'))[0]).toBeGreaterThanOrEqual(4);
    expect(wordDistanceBounds(compared('kim'), compared('zelensky'))[0]).toBeGreaterThanOrEqual(5);
    expect(wordDistanceBounds(compared('alexei'), compared('aleksey'))[0]).toBeLessThanOrEqual(1);
  });
});
