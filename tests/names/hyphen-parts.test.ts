import { describe, expect, it } from 'vitest';
import { bentParts } from '../../src/names/hyphen-parts.ts';
import { indexOf, wordsOf } from './helpers.ts';

/** Real places; each negative is a real, distinct name one guard keeps apart from a glossary name. */
const entries = [
  { term: 'Fujine', category: 'place' },
  { term: 'Yokote', category: 'place' },
  { term: 'Kitakami', category: 'place' },
  { term: 'Hanamaki', category: 'place' },
  { term: 'Tono', category: 'place' },
  { term: 'Kobe', category: 'place' },
  { term: 'Osaki', category: 'place' },
  { term: 'Kumamoto', category: 'place' },
  { term: 'Odajima Kenichi', category: 'person' },
  { term: 'Wakatake-cho', category: 'place' },
  { term: 'Bielsko-Biała', category: 'place' },
];
const { glossary, index } = indexOf(entries);

/** What bentParts finds in `text`: the part as written → the suggestion. */
function parts(text: string, taken: (start: number, end: number) => boolean = () => false): string[] {
  return bentParts(wordsOf(text), index, glossary, taken).map((p) => `${text.slice(p.start, p.end)} → ${p.suggestion}`);
}

describe('bentParts: a bent name joined by a hyphen to a name written right', () => {
  it('flags the bent part only, with its exact range', () => {
    const text = 'The Fujine-Yokotem section closed.';
    expect(parts(text)).toEqual(['Yokotem → Yokote']);
    const [p] = bentParts(wordsOf(text), index, glossary, () => false);
    expect([p!.start, p!.end]).toEqual([11, 18]);
    expect(parts('The Fujine-Yokotema section closed.')).toEqual(['Yokotema → Yokote']);
    expect(parts('The Kitakami-Hanamoki line reopened.')).toEqual(['Hanamoki → Hanamaki']);
  });

  it('needs a part that is a glossary word: Morioka-Yokota names Yokota, another place', () => {
    expect(parts('The Morioka-Yokota road reopened.')).toEqual([]);
  });

  it('leaves English words (the Tone river) and names the dictionary knows (Osaka, not Osaki) alone', () => {
    expect(parts('The Kitakami-Tone canal is old.')).toEqual([]);
    expect(parts('The Kobe-Osaka line is busy.')).toEqual([]);
  });

  it('compares only with names of one word (a place joined to a place), and only as bent: Kumagaya is not Kumamoto', () => {
    expect(parts('The Fujine-Kumagaya bus left.')).toEqual([]);
    expect(parts('The Fujine-Odajimo stop is near.')).toEqual([]);
  });

  it('leaves names written right and spans another finding holds', () => {
    expect(parts('The Fujine-Yokote section closed.')).toEqual([]);
    expect(parts('The Fujine-Yokotem section closed.', () => true)).toEqual([]);
  });

  it('flags the stem of a name whose kind follows its hyphen, the kind translated (Wakatake-cho, the town of Wakatake)', () => {
    const text = 'She lives in Wakakake Town.';
    expect(parts(text)).toEqual(['Wakakake → Wakatake']);
    expect(parts('She lives in Wakatake Town.')).toEqual([]);
  });

  it('takes a stem one letter off only: Kawatake is a surname of its own', () => {
    expect(parts('The pitcher Kawatake won.')).toEqual([]);
  });

  it('needs a word of its kind after the hyphen: Bielsk is not Bielsko-Biała', () => {
    expect(parts('He was born in Bielsk.')).toEqual([]);
  });
});

describe('bentParts: a name of two words run together, one letter off', () => {
  const { glossary: g, index: i } = indexOf([
    { term: 'Chuodai Iino', category: 'place' },
    { term: 'Activision Blizzard', category: 'organisation' },
    { term: 'Costa Rica', category: 'place' },
    { term: 'Sri Lanka', category: 'place' },
    { term: 'Santa Clara', category: 'place' },
  ]);
  const joined = (text: string) => bentParts(wordsOf(text), i, g, () => false).map((p) => `${text.slice(p.start, p.end)} → ${p.suggestion}`);

  it('flags the word whole, suggesting the name', () => {
    expect(joined('The cafe in Chuo-Daiino reopened.')).toEqual(['Chuo-Daiino → Chuodai Iino']);
    expect(joined('Shares of ActivisionBlizzards fell.')).toEqual(['ActivisionBlizzards → Activision Blizzard']);
  });

  it('leaves the words joined letter for letter (a hashtag) and the name written right', () => {
    expect(joined('#ActivisionBlizzard and Chuodai-Iino, Costa Rica.')).toEqual([]);
  });

  it('leaves the name made an adjective: Costarican, Srilankan', () => {
    expect(joined('The Costarican and Srilankan teams met.')).toEqual([]);
  });

  it('takes one letter off only: Santaclaus is no Santa Clara', () => {
    expect(joined('Children wrote to Santaclaus.')).toEqual([]);
  });
});
