import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/english.ts';
import { candidates, corrections, MAX_WORD_LENGTH } from '../../src/lang/suggest.ts';

/** Every lower-case form the en-US speller accepts. */
function dictionaryForms(): string[] {
  const sp = english();
  return Object.keys((sp as unknown as { data: Record<string, unknown> }).data).filter((w) => w === w.toLowerCase() && sp.correct(w));
}

describe('corrections', () => {
  it('ranks the likeliest word first', () => {
    expect(corrections('loathous')[0]?.text).toBe('loathsome');
    expect(corrections('recieve')[0]?.text).toBe('receive');
  });

  it('looks no further than MAX_WORD_LENGTH letters, because no longer word can reach the dictionary', () => {
    const longest = dictionaryForms().reduce((m, w) => Math.max(m, w.length), 0);
    expect(longest).toBeGreaterThan(20);
    // a candidate is at most 3 letters shorter than the word (checked below), so a word of more than
    // MAX_WORD_LENGTH letters has no candidate in the dictionary
    expect(longest + 3).toBeLessThanOrEqual(MAX_WORD_LENGTH);
    const words = ['loathous', 'deportating', 'freeating', 'bleeation', 'kneeated', 'seeically', 'mmmmmmm', 'collonaded', 'beautifically', 'nationalizationally', 'x'.repeat(MAX_WORD_LENGTH), 'ab'.repeat(15)];
    for (const w of words) {
      const { edits, repairs } = candidates(w);
      const shortest = [...edits, ...repairs].reduce((m, c) => Math.min(m, c.length), Infinity);
      expect(w.length - shortest, w).toBeLessThanOrEqual(3);
    }
  });

  it('returns nothing for a longer word, without building candidates', () => {
    expect(corrections('x'.repeat(MAX_WORD_LENGTH + 1))).toEqual([]);
    expect(corrections('x'.repeat(100_000))).toEqual([]);
    expect(corrections('qwertyuiopasdfghjklzxcvbnmqwertyuiop'.repeat(200))).toEqual([]);
  });
});
