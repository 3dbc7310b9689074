import { describe, expect, it, vi } from 'vitest';
import { isListedWord } from '../../src/lang/word-list.ts';

describe('the larger English word list', () => {
  const words = ['ambience', 'enquired', 'oncological', 'shorn', 'aa', 'zzz', 'superviors', 'accomodating', 'qqqq', '', 'a\nb'];
  const expected = [true, true, true, true, true, true, false, false, false, false, false];

  it('answers the same by searching the text and, after many lookups, from the table of lines', () => {
    expect(words.map((w) => isListedWord(w))).toEqual(expected);
    for (let k = 0; k < 40; k++) isListedWord(`notaword${k}`);
    expect(words.map((w) => isListedWord(w))).toEqual(expected);
  });

  it('answers the same from the table built at once for a caller that will ask about many words', async () => {
    vi.resetModules();
    const fresh = await import('../../src/lang/word-list.ts');
    expect(words.map((w) => fresh.isListedWord(w, 1000))).toEqual(expected);
    expect(words.map((w) => fresh.isListedWord(w))).toEqual(expected);
  });
});
