import { describe, expect, it } from 'vitest';
import { fold, romanisationPattern } from '../../src/source/name-key.ts';
import { growth } from '../helpers/growth.ts';

const spells = (cyrillic: string[], lang: 'ru' | 'uk', latin: string) => (romanisationPattern(cyrillic, lang) as RegExp).test(fold(latin));

describe('romanisationPattern', () => {
  it('accepts the spellings English texts use for the same letters', () => {
    expect(spells(['Сергей'], 'ru', 'Sergey')).toBe(true);
    expect(spells(['Сергей'], 'ru', 'Sergei')).toBe(true);
    expect(spells(['Алексей'], 'ru', 'Alexei')).toBe(true);
    expect(spells(['Алексей'], 'ru', 'Aleksey')).toBe(true);
    expect(spells(['Зеленський'], 'uk', 'Zelenskyy')).toBe(true);
    expect(spells(['Зеленський'], 'uk', 'Zelensky')).toBe(true);
    expect(spells(['Харків'], 'uk', 'Kharkiv')).toBe(true);
    expect(spells(['Джоли'], 'ru', 'Joli')).toBe(true);
  });

  it('accepts a nominative ending after a stem whose case ending was cut', () => {
    expect(spells(['Нади', 'Над'], 'ru', 'Nadya')).toBe(true);
    expect(spells(['Натальи', 'Наталь'], 'ru', 'Natalya')).toBe(true);
  });

  it('rejects a letter no convention writes for the original one', () => {
    expect(spells(['Вадим'], 'ru', 'Vadom')).toBe(false);
    expect(spells(['Прага'], 'uk', 'Prehe')).toBe(false);
    expect(spells(['Роскосмос'], 'ru', 'Rascosmos')).toBe(false);
    expect(spells(['Сергей'], 'ru', 'Sekgey')).toBe(false);
  });

  it('is linear in the word: a long name is answered at once', () => {
    const long = 'Ааааааааааааааааааааааааааааааааааааааааа';
    expect(spells([long], 'ru', `${'a'.repeat(40)}x`)).toBe(false);
    // a pattern that backtracks over the letters' alternatives would take exponential time in n, a
    // quadratic one 64x; each size is asked 100 times so that the smaller run takes milliseconds (the
    // helper counts a run under 1 ms as 1 ms, where 40 and 320 letters asked once would both fall)
    const asked = (n: number) => {
      for (let k = 0; k < 100; k++) spells(['А'.repeat(n)], 'ru', `${'a'.repeat(n)}x`);
    };
    expect(growth(asked, 40)).toBeLessThan(24);
  });
});
