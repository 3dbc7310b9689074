import { describe, expect, it } from 'vitest';
import { indexOf, wordsOf } from './helpers.ts';

const entries = [
  { term: 'Volodymyr Zelensky', category: 'person' },
  { term: 'Keir Starmer', category: 'person' },
  { term: 'Vuhledar', category: 'place' },
  { term: 'Federal Reserve', category: 'organisation' },
  { term: 'Hryhorenko', category: 'person' },
  { term: 'Svatove-Kreminna', category: 'place' },
  { term: 'Nagorno-Karabakh', category: 'place' },
];
const { index } = indexOf(entries);
const found = (word: string) => index.candidates(wordsOf(word)[0]!).map((id) => entries[id]!.term).sort();

describe('NameIndex', () => {
  // candidates are generous (alignment and scoring decide): a word finds the names it may stand for
  it('finds a name by the sound of any of its spellings', () => {
    expect(found('Selenskyj')).toContain('Volodymyr Zelensky');
    expect(found('Wolodymyr')).toContain('Volodymyr Zelensky');
    expect(found('Gryhorenko')).toEqual(['Hryhorenko']);
  });

  it('finds a key one letter off ("Vugledar" FKLTR, "Vuhledar" FLTR)', () => {
    expect(found('Vugledar')).toContain('Vuhledar');
    expect(found('Starmen')).toEqual(['Keir Starmer']);
  });

  it('finds a hyphenated name by a part alike', () => {
    expect(found('Svatove-Kremlin')).toContain('Svatove-Kreminna');
    expect(found('Svatovo-Kremennaya')).toContain('Svatove-Kreminna');
    // parts of three letters or fewer, or alike in nothing, find nothing
    expect(found('Kim-Svatov')).not.toContain('Nagorno-Karabakh');
    expect(found('Jean-Paul')).toEqual([]);
  });

  it('does not index ordinary English words of a name', () => {
    expect(found('Federal')).not.toContain('Federal Reserve');
    expect(found('Reserve')).toEqual([]);
  });

  it('finds nothing for an unrelated word', () => {
    expect(found('Macron')).toEqual([]);
  });

  it('makes a term of its name words once', () => {
    expect(index.term(0)).toBe(index.term(0));
    expect(index.term(0)!.words.map((w) => w.text)).toEqual(['Volodymyr', 'Zelensky']);
  });
});
