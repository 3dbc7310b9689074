import { describe, expect, it } from 'vitest';
import { spelledCounts, spelledValues } from '../../src/source/number-words.ts';
import { sourceSpelledCounts } from '../../src/source/source-number-words.ts';

const counts = (text: string, lang: string) => Object.fromEntries(sourceSpelledCounts(text, lang));

describe('number words of the original (corpora/lang/number-words.json)', () => {
  it('reads cardinals, ordinals, case forms and scales, each as often as written', () => {
    expect(counts('Ich habe vier Lampen ersetzt, nur vier, die dritte nicht.', 'de')).toEqual({ 4: 2, 3: 1 });
    expect(counts('zwei Millionen Euro', 'de')).toEqual({ 2: 1, 2000000: 1 });
    expect(counts('трёх человек, двадцать пять', 'ru')).toEqual({ 3: 1, 20: 1, 5: 1, 25: 1 });
    expect(counts('Перша виплата, п’ять тисяч', 'uk')).toEqual({ 1: 1, 5: 1, 5000: 1 });
  });
  it('leaves out words that are mostly something else', () => {
    expect(counts('Ein Mann kaufte eine Lampe und einen Tisch; er muss erst achten.', 'de')).toEqual({});
    expect(counts('Наша сім’я, перш ніж піти, мала друга.', 'uk')).toEqual({});
    expect(counts('вторник и семью', 'ru')).toEqual({});
  });
  it('ends a run at punctuation and digits', () => {
    expect(counts('приблизно 1 мільйон, один мільйон', 'uk')).toEqual({ 1000000: 2, 1: 1 });
  });
  it('knows no language without a table', () => {
    expect(counts('vier', 'fr')).toEqual({});
  });
});

describe('English number words', () => {
  it('counts each value once per run, and a run of several words as its total too', () => {
    expect(Object.fromEntries(spelledCounts('four cats and four dogs'))).toEqual({ 4: 2 });
    expect(Object.fromEntries(spelledCounts('a six-month period, 1 million yen'))).toEqual({ 6: 1, 1000000: 1 });
    expect([...spelledValues('sixty-two')].sort()).toEqual(['2', '60', '62']);
  });
});
