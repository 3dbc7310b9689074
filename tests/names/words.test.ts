import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/document/tokens.ts';
import { titleBefore } from '../../src/names/evidence.ts';
import { nameRuns } from '../../src/names/words.ts';
import { wordsOf } from './helpers.ts';

describe('name words and runs', () => {
  it('joins hyphenated and apostrophe parts, not a possessive', () => {
    expect(wordsOf("Kim Jong-un met O'Brien and Starmer's aide.").map((w) => [w.text, w.folded])).toEqual([
      ['Kim', 'kim'],
      ['Jong-un', 'jongun'],
      ["O'Brien", 'obrien'],
      ['Starmer', 'starmer'],
    ]);
  });

  it('marks articles, particles, capitals throughout and other scripts', () => {
    const [sisi, von, nato, ernan] = wordsOf('al-Sisi von NATO Эрнан');
    expect([sisi!.capital, von!.particle, nato!.allCaps, ernan!.otherScript]).toEqual([true, true, true, true]);
  });

  it('calls a word written in capitals throughout allCaps, of two letters or more, in any script', () => {
    const text = "NATO Nato A US-led US-LED O'NEILL ÉTAT État МВД Мвд ΣΑΣ Σας McDONALD DÜSSELDORF";
    expect(wordsOf(text).map((w) => [w.text, w.allCaps])).toEqual([
      ['NATO', true],
      ['Nato', false],
      ['A', false],
      ['US-led', false],
      ['US-LED', true],
      ["O'NEILL", true],
      ['ÉTAT', true],
      ['État', false],
      ['МВД', true],
      ['Мвд', false],
      ['ΣΑΣ', true],
      ['Σας', false],
      ['McDONALD', false],
      ['DÜSSELDORF', true],
    ]);
  });

  it('runs capitalised words across particles, not across punctuation', () => {
    const text = 'Ursula von der Leyen met Olaf Scholz, Emmanuel Macron.';
    const tokens = tokenize(text, [{ start: 0, end: text.length }]);
    const words = wordsOf(text);
    expect(nameRuns(tokens, words).map(([a, b]) => words.slice(a, b).map((w) => w.text).join(' '))).toEqual(['Ursula von der Leyen', 'Olaf Scholz', 'Emmanuel Macron']);
  });
});

describe('titles before a name', () => {
  const before = (text: string, name: string, titles?: string[], offices = false) => {
    const tokens = tokenize(text, [{ start: 0, end: text.length }]);
    return titleBefore(tokens, tokens.findIndex((t) => t.text === name), titles, offices);
  };

  it('finds office titles of one or more words, with or without a dot', () => {
    expect(before('Prime Minister Keir Starmer', 'Keir')).toBe(true);
    expect(before('Gen. Khalifa Haftar', 'Khalifa')).toBe(true);
    expect(before('said Keir Starmer', 'Keir')).toBe(false);
    expect(before('Strongman Khalifa Haftar', 'Khalifa', ['Strongman'])).toBe(true);
  });

  it('counts honorifics only when asked for any title', () => {
    expect(before('Mr. Levitt said', 'Levitt')).toBe(true);
    expect(before('Mr. Levitt said', 'Levitt', undefined, true)).toBe(false);
  });
});
