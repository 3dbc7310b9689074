import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/engine/gc.ts';

describe('collectGarbage', () => {
  it('frees unreachable objects promoted to the old space', () => {
    let junk: { n: number; s: string }[] | null = Array.from({ length: 400_000 }, (_, n) => ({ n, s: `item ${n}` }));
    collectGarbage(); // promote the array and its objects
    const withJunk = process.memoryUsage().heapUsed;
    expect(junk.length).toBe(400_000);
    junk = null;
    collectGarbage();
    expect(process.memoryUsage().heapUsed).toBeLessThan(withJunk - 10_000_000);
  });
});
