import stringSimilarity from 'string-similarity';
import { describe, expect, it } from 'vitest';
import { dice } from '../../src/lang/dice.ts';

describe('the Dice coefficient of letter pairs', () => {
  it.each([
    ['starmer', 'starrer', 2 * 4 / 12],
    ['aaaa', 'aa', 2 * 1 / 4],
    ['abab', 'baba', 2 * 2 / 6],
    ['night', 'nacht', 2 * 1 / 8],
    ['ab', 'ab', 1],
    ['a', 'b', 0],
    ['a', 'ab', 0],
    ['', '', 1],
    ['zz', 'zzz', 2 * 1 / 3],
  ])('%s and %s: %d', (a, b, expected) => {
    expect(dice(a, b)).toBe(expected);
    expect(dice(a, b)).toBe(stringSimilarity.compareTwoStrings(a, b));
  });

  it('gives what string-similarity gives, for letters a-z and for any other string', () => {
    const words = ['selenskyj', 'zelensky', 'aaab', 'abbb', 'mississippi', 'missisipi', 'x', 'kharkov', 'kharkiv', 'Kharkiv', 'São Paulo', 'sao paulo', 'jong-un', 'jongun', 'ааб', 'zyzzyva', 'qq', 'q q'];
    let compared = 0;
    for (const a of words) {
      for (const b of words) {
        expect(dice(a, b), `${a} / ${b}`).toBe(stringSimilarity.compareTwoStrings(a, b));
        compared++;
      }
    }
    expect(compared).toBe(words.length ** 2);
  });

  it('gives what string-similarity gives on pseudo-random words of a few letters', () => {
    // a fixed linear congruential sequence: the same words every run
    let seed = 12345;
    const next = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n);
    const word = () => Array.from({ length: 1 + next(9) }, () => 'abcdeiouz'[next(9)]).join('');
    for (let k = 0; k < 2000; k++) {
      const a = word();
      const b = word();
      expect(dice(a, b), `${a} / ${b}`).toBe(stringSimilarity.compareTwoStrings(a, b));
    }
  });

  it('leaves no count behind between calls', () => {
    expect(dice('abcabc', 'xyz')).toBe(0);
    expect(dice('xyzab', 'abxyz')).toBe(stringSimilarity.compareTwoStrings('xyzab', 'abxyz'));
    expect(dice('xyz', 'abc')).toBe(0);
  });
});
