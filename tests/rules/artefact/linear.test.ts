import { describe, expect, it } from 'vitest';
import detachedHyphen from '../../../src/rules/artefact/detached-hyphen.ts';
import numberFormat from '../../../src/rules/artefact/number-format.ts';
import pageFurniture from '../../../src/rules/artefact/page-furniture.ts';
import quotes from '../../../src/rules/artefact/quotes.ts';
import repeatedWord from '../../../src/rules/artefact/repeated-word.ts';
import type { Rule } from '../../../src/rules/types.ts';
import { fastestCheck, LINEAR_TIMEOUT } from '../linear-timing.ts';

// Each rule is timed on one shape at two sizes, eight times apart, in the same run: a linear rule
// takes about 8 times as long on the larger, a quadratic one 64 times (the
// quadratic scans these tests guard against cost far more). The bound is loose on
// purpose: the machine is shared and the collector runs when it likes. (The smaller size is large
// enough that compiled code and caches do not make it unrepresentatively fast.) See linear-timing.ts
// for what is timed.
const SMALL = 20_000;

function fill(size: number, unit: (k: number) => string): string {
  let s = '';
  for (let k = 0; s.length < size; k++) s += unit(k);
  return s;
}

const fastest = fastestCheck;

const cases: [string, Rule, (k: number) => string][] = [
  ['repeated-word: a word doubled over every line break', repeatedWord, () => 'x\n'],
  ['number-format: numbers in one long segment', numberFormat, (k) => `${1 + (k % 9)}.000 and ${k % 7},5 `],
  ['quotes: quotation marks on one line', quotes, (k) => (k % 3 ? '"a" ' : '“b ')],
  ['page-furniture: pointers between lines', pageFurniture, (k) => (k % 2 ? 'Read also: A story about the war today\n\n' : 'Share\n')],
  ['detached-hyphen: hyphens without spaces', detachedHyphen, () => 'well- known -x '],
];

describe('artefact rules are linear in their input', () => {
  it.each(cases)('%s', (_name, rule, unit) => {
    const small = fill(SMALL, unit);
    fastest(rule, small); // warm-up
    expect(fastest(rule, fill(8 * SMALL, unit))).toBeLessThan(40 * fastest(rule, small) + 100);
  }, LINEAR_TIMEOUT);
});
