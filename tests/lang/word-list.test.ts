import { describe, expect, it } from 'vitest';
import { isListedWord } from '../../src/lang/word-list.ts';

describe('the larger English word list', () => {
  const words = ['ambience', 'enquired', 'oncological', 'shorn', 'aa', 'zzz', 'superviors', 'accomodating', 'qqqq', '', 'a\nb'];
  const expected = [true, true, true, true, true, true, false, false, false, false, false];

  it('answers the same by searching the text and, after many lookups, from the table of lines', () => {
    expect(words.map(isListedWord)).toEqual(expected);
    for (let k = 0; k < 40; k++) isListedWord(`notaword${k}`);
    expect(words.map(isListedWord)).toEqual(expected);
  });
});
