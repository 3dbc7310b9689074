import { expect } from 'vitest';
import { letters, prose, type AdversarialCase } from '../case.ts';

// #17 item 1: spelling/non-word built ~54·n candidates of length n for one word of n letters, and
// O(n³) doubled-letter repairs: 'x' × 1,500 took 12 s and 3.6 GB, 5,000 random letters ran out of heap.
// Here prose with long words in it: one 'x' × 1,500, and 5,000 random letters.
export default {
  name: '#17 item 1: prose with one 1,500-letter word and one of 5,000 random letters',
  sizes: [20_000, 100_000],
  generate: (size, random) => `${prose(size - 6_510, random)} The ${'x'.repeat(1_500)} and ${letters(5_000, random)} end.`,
  expect: (result) => {
    // the long words are dropped with the reason, never judged
    const long = result.dropped.filter((d) => d.text.length >= 1_500);
    expect(long.map((d) => d.reason)).toEqual([expect.stringMatching(/^longer than 30 letters/), expect.stringMatching(/^longer than 30 letters/)]);
  },
} satisfies AdversarialCase;
