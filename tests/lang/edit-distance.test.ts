import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/lang/edit-distance.js';

/** The textbook table, row arrays made afresh (what editDistance computes in reused rows). */
function reference(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        (d[0] as number[]).push(j);
        continue;
      }
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row.push(v);
    }
    if (i > 0 && Math.min(...(d[i] as number[])) > max) return max + 1;
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe('editDistance', () => {
  it.each([
    ['starmer', 'starrer', Infinity, 1],
    ['abcd', 'abdc', Infinity, 1],
    ['ca', 'abc', Infinity, 3],
    ['', 'abc', Infinity, 3],
    ['abc', '', Infinity, 3],
    ['kitten', 'sitting', Infinity, 3],
    ['kitten', 'sitting', 1, 2],
    ['powell', 'paul', 2, 3],
    ['same', 'same', 0, 0],
    ['a', 'abcdef', 2, 3],
    // 32 letters, the most one 32-bit word of the bit-parallel form holds, and 33 (the table)
    ['abcdefghijklmnopqrstuvwxyzabcdef', 'bacdefghijklmnopqrstuvwxyzabcdfe', Infinity, 2],
    ['abcdefghijklmnopqrstuvwxyzabcdefg', 'bacdefghijklmnopqrstuvwxyzabcdfeg', Infinity, 2],
    ['abcdefghijklmnopqrstuvwxyzabcdef', 'zyxwvutsrqponmlkjihgfedcbafedcba', 3, 4],
  ])('%s / %s (max %s) = %s', (a, b, max, d) => {
    expect(editDistance(a, b, max)).toBe(d);
  });

  it('gives what the textbook table gives for words of 1 to 40 ASCII letters (the bit-parallel form and past it), with a bound', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'x', 'y', '-'), minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 8 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(reference(a, b, max));
        expect(editDistance(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives what the textbook table gives, with and without a bound, long words after short ones', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é', '\u{1F600}'), maxLength: 90 });
    fc.assert(
      fc.property(word, word, fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(reference(a, b, max));
      }),
      { numRuns: 2000 },
    );
  });
});
