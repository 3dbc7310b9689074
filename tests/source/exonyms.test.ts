import { describe, expect, it } from 'vitest';
import { exonymsOf, writesExonym } from '../../src/source/exonyms.ts';

describe('exonyms (ICU region and language names, corpora/lang/exonyms.json)', () => {
  it('finds the English name of a country from its inflected form in the original', () => {
    expect(exonymsOf('Германии', 'ru')).toEqual(expect.arrayContaining(['Germany', 'German']));
    expect(exonymsOf('Польщі', 'uk')).toEqual(expect.arrayContaining(['Poland', 'Polish']));
    expect(exonymsOf('Deutschland', 'de')).toEqual(expect.arrayContaining(['Germany']));
    expect(exonymsOf('Englisch', 'de')).toEqual(['English']);
  });

  it('adds the names news uses beside ICU and cities from the data file', () => {
    expect(exonymsOf('Туреччину', 'uk')).toContain('Turkey');
    expect(exonymsOf('Москве', 'ru')).toContain('Moscow');
    expect(exonymsOf('München', 'de')).toEqual(['Munich']);
  });

  it('does not take a noun for a country that shares its first letters', () => {
    expect(exonymsOf('Monaten', 'de')).toBeUndefined();
    expect(exonymsOf('Haus', 'de')).toBeUndefined();
    expect(exonymsOf('Kamera', 'de')).toBeUndefined();
    expect(exonymsOf('Кирова', 'ru')).toBeUndefined();
  });

  it('accepts the adjective of a name but not another word', () => {
    expect(writesExonym('russian', ['Russia'])).toBe(true);
    expect(writesExonym('ukrainian', ['Ukraine'])).toBe(true);
    expect(writesExonym('chinese', ['China'])).toBe(true);
    expect(writesExonym('rush', ['Russia'])).toBe(false);
    expect(writesExonym('polite', ['Poland'])).toBe(false);
  });
});
