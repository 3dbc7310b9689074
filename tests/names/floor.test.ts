import { describe, expect, it } from 'vitest';
import { confidenceFloor, MIN_CONFIDENCE } from '../../src/names/floor.ts';
import { indexOf } from './helpers.ts';

const { index } = indexOf([
  { term: 'Hazuko', category: 'place' },
  { term: 'Mizusawa', category: 'place' },
  { term: 'Netanyahu', category: 'person' },
  { term: 'Odajima Kenichi', category: 'person' },
  { term: 'Keir Starmer', category: 'person' },
  { term: 'Fukushima', category: 'place' },
]);
const term = (id: number) => index.term(id)!;

describe('confidenceFloor', () => {
  it('takes a span of two words or more from 0.4', () => {
    expect(confidenceFloor(false, 'starrer', 'starmer', term(4))).toBe(0.4);
  });

  it.each([
    ['hanzuko', 0, 'hazuko'],
    ['mizizawa', 1, 'mizusawa'],
    ['odashima', 3, 'odajima'],
  ])('takes a single word of syllables, one sign misread, from 0.25: %s', (written, id, word) => {
    expect(confidenceFloor(true, written, word, term(id))).toBe(0.25);
  });

  it.each([
    ['netanya', 2, 'netanyahu', 'the name cut short is another name'],
    ['fukushimashi', 5, 'fukushima', 'the name with an ending'],
    ['starrer', 4, 'starmer', 'not syllables of a romanisation'],
    ['kenichy', 3, 'kenichi', 'the written word is not syllables'],
  ])('keeps 0.5 for %s (%s)', (written, id, word) => {
    expect(confidenceFloor(true, written, word, term(id))).toBe(MIN_CONFIDENCE);
  });
});
