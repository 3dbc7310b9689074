import { describe, expect, it } from 'vitest';
import { compareWords } from '../../src/names/similarity.ts';
import { indexOf, wordsOf } from './helpers.ts';

const { index } = indexOf([]);
const compare = (a: string, b: string) => compareWords(index.compared(wordsOf(a)[0]!), index.compared(wordsOf(b)[0]!));

describe('compareWords', () => {
  it('tells the same word, an acceptable variant, a bent spelling and another word apart', () => {
    expect(compare('Starmer', 'Starmer').kind).toBe('exact');
    expect(compare('Sanchez', 'Sánchez').kind).toBe('exact');
    expect(compare('Alexey', 'Alexei').kind).toBe('same');
    expect(compare('Starrer', 'Starmer').kind).toBe('bent');
    expect(compare('Hatfar', 'Haftar').kind).toBe('bent');
    expect(compare('Selenskyj', 'Zelensky')).toMatchObject({ kind: 'bent', transliteration: true, canonEdits: 0 });
    expect(compare('Biden', 'Bush').kind).toBe('none');
    expect(compare('Il', 'Un').kind).toBe('none');
    expect(compare('Jerome', 'Colin').kind).toBe('none');
  });

  it('allows more edits the longer the word', () => {
    expect(compare('Dnepropetrovsk', 'Dnipropetrovsk')).toMatchObject({ kind: 'bent', edits: 1 });
    expect(compare('Goliyshmanovo', 'Golyshmanov').kind).toBe('bent');
    expect(compare('Biden', 'Bush').kind).toBe('none');
  });

  it('takes words apart in sound only as a weak match', () => {
    expect(compare('Powell', 'Paul')).toMatchObject({ kind: 'bent', weak: true });
    expect(compare('Risham', 'Risch').kind).toBe('none');
  });

  it('scores a convention or one letter above a far spelling', () => {
    expect(compare('Selenskyj', 'Zelensky').score).toBeGreaterThan(compare('Starrer', 'Starmer').score);
    expect(compare('Starrer', 'Starmer').score).toBeGreaterThan(compare('Powell', 'Paul').score);
  });

  it.each([
    ['Haliwa', 'Haliva'],
    ['Hoover', 'Huber'],
    ['Raab', 'Rahav'],
    ['Aaron', 'Aharon'],
  ])('reads %s as %s bent by the letters Hebrew writes alike', (a, b) => {
    expect(compare(a, b)).toMatchObject({ kind: 'bent', transliteration: true });
  });

  it.each([
    // Polish and Ukrainian places: Wade-Giles p/b on one side and Hebrew v/b on the other never meet
    ['Polin', 'Volyn'],
    ['Huber', 'Hubert'],
    ['Rahav', 'Rabin'],
  ])('does not take %s for %s by a convention', (a, b) => {
    expect(compare(a, b).transliteration).not.toBe(true);
  });
});
