import { describe, expect, it } from 'vitest';
import { hasGap, lostStart } from '../../src/source/gap.ts';

const gap = (text: string) => hasGap(text, { start: 0, end: text.length });

describe('hasGap: a hole in a sentence where a word was left out', () => {
  it('finds an article left before punctuation or a preposition, "and" ending a sentence, a dash ending it', () => {
    expect(gap('He stares at the gulf between Kyiv and.')).toBe(true);
    expect(gap('He seeks the membership of the in the union.')).toBe(true);
    expect(gap('They gave me a room with a view of the, and left.')).toBe(true);
    expect(gap('She was given a.')).toBe(true);
    expect(gap('Hike with meat -')).toBe(true);
  });
  it('passes over what English writes: stranded prepositions, two prepositions, abbreviations, compounds', () => {
    expect(gap('Peat long ago was mined in.')).toBe(false);
    expect(gap('They told what they had to deal with.')).toBe(false);
    expect(gap('Residents of the town logged in.')).toBe(false);
    expect(gap('What are you looking at?')).toBe(false);
    expect(gap('He was driving towards and left the road.')).toBe(false);
    expect(gap('Prices saw a rise of between 5 and 10 percent.')).toBe(false);
    expect(gap('A deer emerged from among the trees.')).toBe(false);
    expect(gap('They hired the in-house lawyers.')).toBe(false);
    expect(gap('They gathered at 9 a.m. on Sunday.')).toBe(false);
    expect(gap('It ended at 9 a.m.')).toBe(false);
  });
  it('passes over whole sentences, initials, quotations and "and,"', () => {
    expect(gap('He plans to seek the membership of Moldova in the union.')).toBe(false);
    expect(gap('George A. Romero and L.A. Confidential.')).toBe(false);
    expect(gap('Many took part in the "Race of Hope".')).toBe(false);
    expect(gap('Romania and, of course, Moldova.')).toBe(false);
    expect(gap('They keep coming in and out.')).toBe(false);
  });
  it('finds a sentence opened by a preposition right before a comma, not one opened by a phrase', () => {
    expect(gap('In, Turkey, there was a conflict between players.')).toBe(true);
    expect(gap('“On, the eve of the match, they met.')).toBe(true);
    expect(gap('In Turkey, there was a conflict between players.')).toBe(false);
    expect(gap('Of course, they met on the eve of the match.')).toBe(false);
    expect(gap('Inside, the hall was full.')).toBe(false);
  });
  it('looks only inside the span', () => {
    const text = 'It was given a. It was given a medal.';
    expect(hasGap(text, { start: 16, end: text.length })).toBe(false);
    expect(hasGap(text, { start: 0, end: 15 })).toBe(true);
  });
});

describe('lostStart: a sentence begun in lower case where its original begins with a capital', () => {
  const whole = (t: string) => ({ start: 0, end: t.length });
  it('compares the first letters', () => {
    const [en, uk] = ['and other medications help.', 'Семаглутид та інші засоби допомагають.'];
    expect(lostStart(en, whole(en), uk, whole(uk))).toBe(true);
    expect(lostStart('“and so.', whole('“and so.'), 'так.', whole('так.'))).toBe(false);
    expect(lostStart('Other medications help.', whole('Other medications help.'), uk, whole(uk))).toBe(false);
    expect(lostStart(': Supreme Court orders a release', whole(': Supreme Court orders a release'), 'Pakistan: Oberstes Gericht', whole('Pakistan: Oberstes Gericht'))).toBe(true);
  });
  it('not a sentence begun with a number, an ellipsis, a word with a capital inside or a name particle', () => {
    const uk = 'Мешканці Бучі вирішили.';
    for (const en of ['2008 saw residents of the town decide.', '...and so it went.', 'iPhone sales rose.', 'de Gaulle said so.']) expect(lostStart(en, whole(en), uk, whole(uk))).toBe(false);
  });
});
