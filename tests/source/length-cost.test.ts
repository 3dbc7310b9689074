import { describe, expect, it } from 'vitest';
import { lengthFloor, lengthProbability } from '../../src/source/length-cost.ts';

const term = (l1: number, l2: number, ratio: number) => -Math.log(Math.max(lengthProbability(l1, l2, ratio), 1e-12));

describe('length-cost', () => {
  it('lengthFloor is never above the length term it stands in for (the aligner skips beads by it)', () => {
    let worst = -Infinity;
    for (const ratio of [0.3, 0.55, 0.8, 1, 1.13, 1.6, 2.2, 3]) {
      for (let l1 = 0; l1 < 600; l1 += 7) {
        for (let l2 = 0; l2 < 900; l2 += 5) worst = Math.max(worst, lengthFloor(l1, l2, ratio) - term(l1, l2, ratio));
      }
    }
    expect(worst).toBeLessThanOrEqual(0);
  });

  it('is tight enough to skip something: far-apart lengths have a floor well above zero', () => {
    expect(lengthFloor(100, 10, 1)).toBeGreaterThan(5);
    expect(lengthFloor(100, 100, 1)).toBe(0);
  });

  it('a pair of equal lengths is the likeliest', () => {
    expect(lengthProbability(100, 100, 1)).toBeGreaterThan(lengthProbability(100, 130, 1));
    expect(lengthProbability(0, 0, 1)).toBe(1);
  });
});
