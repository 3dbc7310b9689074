import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dicBucket, growthOf, linesFor } from '../../src/source/dic-lines.js';

const require = createRequire(import.meta.url);
const nspell = require('nspell') as (aff: Buffer) => { dictionary(dic: string): unknown; data: Record<string, unknown> };
const dir = (pkg: string) => require.resolve(pkg).replace(/index\.js$/, '');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('dic-lines: the longest word a .dic line can make', () => {
  // every form nspell makes of a line must be within the bound, or load() would leave out a stem that spells a word
  for (const pkg of ['dictionary-de', 'dictionary-ru', 'dictionary-uk', 'dictionary-es']) {
    it(`bounds every form of 1 line in 40 of ${pkg}`, () => {
      const speller = nspell(readFileSync(dir(pkg) + 'index.aff'));
      const growth = growthOf(speller as never);
      const lines = readFileSync(dir(pkg) + 'index.dic', 'utf8').split('\n').slice(1).filter((l, i) => l.length > 0 && l.charCodeAt(0) !== 9 && i % 40 === 0);
      const { longest } = dicBucket(lines, fold, growth);
      let checked = 0, tight = 0;
      lines.forEach((line, i) => {
        speller.data = {};
        speller.dictionary(`1\n${line}`);
        const most = Math.max(0, ...Object.keys(speller.data).map((w) => w.length));
        expect(most, line).toBeLessThanOrEqual(longest[i] as number);
        checked++;
        if (most === longest[i]) tight++;
      });
      expect(checked).toBeGreaterThan(500);
      // a bound that is never reached would filter nothing: it is reached on some lines
      expect(tight).toBeGreaterThan(0);
    });
  }

  it('unbounded when the affix file converts input (ICONV)', () => {
    const growth = growthOf(nspell(readFileSync(dir('dictionary-fr') + 'index.aff')) as never);
    expect(growth('')).toBeGreaterThan(1_000_000);
  });
});

describe('dic-lines: linesFor', () => {
  const lines = ['Vers/S', 'Verhandlung/P', 'Verhandlungen', 'Ver', 'Vase/N', 'Verhandlungsraum/S'];
  const growth = (flags: string) => flags.length * 2;
  const bucket = dicBucket(lines, fold, growth);
  const cases: [string, number[]][] = [
    // "Vers" can make 6 letters at most, "Ver" 3: neither spells an 11-letter word; "Verhandlungsraum" is longer than its head
    ['Verhandlung', [1, 2]],
    ['Vers', [0]],
    ['Ver', [0, 3]],
    ['Versen', [0]],
    ['Verhandlungen', [1, 2]],
    ['Vase', [4]],
    ['Xylophon', []],
  ];
  it.each(cases)('%s', (word, expected) => {
    expect(linesFor(bucket, word, fold(word))).toEqual(expected);
  });
});
