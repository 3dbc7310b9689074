import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/glossary/near-miss.ts';
import { runRule } from '../helpers/rule-tester.ts';

/**
 * A weekday or a month is capitalised but no name: beside a word taken for a misspelt name it is no other name that
 * word is part of (corpora/names/particles.yaml calendarWords). Runs of capitalised words are not split at them.
 */
const glossary = [
  { term: 'Kharkiv', category: 'place' },
  { term: 'Olaf Scholz', category: 'person' },
  { term: 'Monday Night Football', category: 'organisation' },
];
const found = (text: string) => runRule(rule, text, { glossary }).findings.map((f) => [f.range.start.offset, f.range.end.offset, f.suggestions[0]?.text]);

describe('weekdays and months beside a misspelt name', () => {
  it.each([
    ['On Monday Charkiw was shelled.', [[10, 17, 'Kharkiv']]],
    ['Last Friday Charkiw was shelled.', [[12, 19, 'Kharkiv']]],
    ['On Wednesday Charkiw was shelled.', [[13, 20, 'Kharkiv']]],
    ['In December Charkiw was shelled.', [[12, 19, 'Kharkiv']]],
    ['In March Charkiw was shelled.', [[9, 16, 'Kharkiv']]],
    ['Charkiw Sunday was calm.', [[0, 7, 'Kharkiv']]],
    ['Shells hit Charkiw.', [[11, 18, 'Kharkiv']]],
    ['On Monday Olaf Sholz spoke.', [[10, 20, 'Olaf Scholz']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    // another name beside the word: still part of that name
    'Natalya Charkiw spoke.',
    // a name with a weekday in it, written right, and another day's
    'He watched Monday Night Football.',
    'He watched Tuesday Night Football.',
  ])('%s: nothing', (text) => {
    expect(found(text)).toEqual([]);
  });
});
