import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { english, isEnglishWord, spells } from '../../src/lang/english.ts';

describe('isEnglishWord', () => {
  it('agrees with the Hunspell speller on every lower-case word of the clean prose', () => {
    const text = readFileSync(new URL('../quality/clean/brown-press.txt', import.meta.url), 'utf8');
    const words = [...new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])];
    expect(words.length).toBeGreaterThan(3000);
    const disagree = words.filter((w) => isEnglishWord(w) !== english().correct(w));
    expect(disagree).toEqual([]);
    const capitalised = [...new Set(text.match(/\b\p{Lu}\p{Ll}+/gu) ?? [])];
    expect(capitalised.length).toBeGreaterThan(1000);
    expect(capitalised.filter((w) => spells(w) !== english().correct(w))).toEqual([]);
  });

  it('answers a word asked again, in any casing, as the first time, also after more words than its memo keeps', () => {
    const asked = ['Berry', 'berry', 'BERRY', 'Rwanda', 'loathous', 'Ministries', 'starrer'];
    const first = asked.map(isEnglishWord);
    expect(first).toEqual([true, true, true, false, false, true, false]);
    for (let k = 0; k < 70_000; k++) isEnglishWord(`w${k}`);
    expect(asked.map(isEnglishWord)).toEqual(first);
    expect(asked.map(isEnglishWord)).toEqual(first);
  });

  it('counts lower-case dictionary words and their affixed forms, not names or non-words', () => {
    expect(['beatings', 'deportations', 'unhappily', 'ministries'].every(isEnglishWord)).toBe(true);
    expect(['loathous', 'starrer', 'rwanda'].some(isEnglishWord)).toBe(false);
    expect(isEnglishWord('Berry')).toBe(true);
    expect(isEnglishWord('Haftar')).toBe(false);
  });
});

describe('LineSet (the cached English word set)', () => {
  it('answers as a Set of the lines would, for every line, near misses and oddities', async () => {
    const { LineSet } = await import('../../src/lang/english.ts');
    const lines = ['berry', 'café', '', 'naïve', 'berry', 'o’clock', 'x', 'abc'];
    const text = lines.join('\n');
    const set = new Set(text.split('\n'));
    const ls = new LineSet(text);
    const probes = [...lines, 'berr', 'berrys', 'ab', 'abcd', 'berry\ncafé', 'caf', 'X', 'é', 'naïv', 'c'];
    for (const p of probes) expect(ls.has(p), p).toBe(set.has(p));
    expect(new LineSet('').has('')).toBe(true);
    expect(new LineSet('a').has('')).toBe(false);
    // text read in place (code units) needs its table: without one it would find nothing, silently
    expect(() => new LineSet(new Uint8Array([97, 10, 98]))).toThrow(/table of line starts/);
  });
});
