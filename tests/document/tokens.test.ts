import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FILLER, isAllCaps, isCapitalized, scanTokens, startsSentence, tokenize, unfilled } from '../../src/document/tokens.ts';

describe('tokenize', () => {
  it('reads fillers (the padding of an escape inside a word) as part of the word when a letter follows, else as nothing', () => {
    const F = (n: number) => FILLER.repeat(n);
    // "couldn’t" written couldn&#8217;t, "détente" written d&eacute;tente, "résumé." written r&eacute;sum&eacute;.
    const text = `couldn’${F(6)}t dé${F(7)}tente ré${F(7)}sumé${F(7)}. 1${F(3)}0 ${F(2)}x`;
    const toks = tokenize(text, [{ start: 0, end: text.length }]);
    expect(toks.map((t) => [t.text, t.lower, t.kind, t.spaceBefore, text.slice(t.start, t.end)])).toEqual([
      ['couldn', 'couldn', 'word', true, 'couldn'],
      ['’', '’', 'punct', false, '’'],
      ['t', 't', 'word', false, 't'],
      ['détente', 'détente', 'word', true, `dé${F(7)}tente`],
      ['résumé', 'résumé', 'word', true, `ré${F(7)}sumé`],
      ['.', '.', 'punct', false, '.'],
      ['10', '10', 'number', true, `1${F(3)}0`],
      ['x', 'x', 'word', true, 'x'],
    ]);
    expect(unfilled(`Mü${F(5)}nchen`)).toBe('München');
  });

  it('gives the tokens scanTokens finds, whatever the text (surrogates, marks, digits of any script)', () => {
    const piece = fc.constantFrom('a', 'Z', 'é', 'e\u0301', '\u0301', '٣', '7', ' ', '\n', '-', "'", '😀', '\ud83d', 'ß', 'İ', 'ǅ', '\u00a0', '中', '.', FILLER);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), (parts, cut) => {
        const text = parts.join('');
        const mid = text.length === 0 ? 0 : cut % text.length;
        const segments = [
          { start: 0, end: mid },
          { start: mid, end: text.length },
        ];
        const expected: [number, number, string][] = [];
        segments.forEach((seg) => scanTokens(text, seg.start, seg.end, (start, end, kind) => void expected.push([start, end, kind])));
        expect(tokenize(text, segments).map((t) => [t.start, t.end, t.kind])).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('splits words, numbers and punctuation with offsets and spacing', () => {
    const text = "Starrer's 3 -party";
    const toks = tokenize(text, [{ start: 0, end: text.length }]);
    expect(toks.map((t) => [t.text, t.kind, t.spaceBefore])).toEqual([
      ['Starrer', 'word', true],
      ["'", 'punct', false],
      ['s', 'word', false],
      ['3', 'number', true],
      ['-', 'punct', true],
      ['party', 'word', false],
    ]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('keeps combining marks inside words and respects segments', () => {
    const text = 'Pe\u0301rez <b> Lo\u0301pez';
    const toks = tokenize(text, [
      { start: 0, end: 6 },
      { start: 11, end: text.length },
    ]);
    expect(toks.map((t) => [t.text, t.segment])).toEqual([
      ['Pe\u0301rez', 0],
      ['Lo\u0301pez', 1],
    ]);
  });
});

describe('word helpers', () => {
  it('tells capitals, all caps and sentence starts', () => {
    expect(isCapitalized('Keir')).toBe(true);
    expect(isCapitalized('keir')).toBe(false);
    expect(isAllCaps('USL')).toBe(true);
    expect(isAllCaps('A')).toBe(false);
    const text = 'He left. “Then she came';
    const toks = tokenize(text, [{ start: 0, end: text.length }]);
    expect(startsSentence(text, toks, 0)).toBe(true);
    expect(startsSentence(text, toks, 1)).toBe(false);
    expect(startsSentence(text, toks, 4)).toBe(true);
  });
});

describe('tokenize on odd Unicode', () => {
  it('handles astral characters, lone surrogates and lone combining marks', () => {
    const text = '\u0301Ab\u0301c 😀 x\ud800y ٣4';
    const toks = tokenize(text, [{ start: 0, end: text.length }]);
    expect(toks.map((t) => [t.start, t.text, t.kind, t.spaceBefore])).toEqual([
      [1, 'Ab\u0301c', 'word', true],
      [6, '😀', 'punct', true],
      [9, 'x', 'word', true],
      [10, '\ud800', 'punct', false],
      [11, 'y', 'word', false],
      [13, '٣4', 'number', true],
    ]);
  });
});
