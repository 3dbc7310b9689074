import { describe, expect, it } from 'vitest';
import { matchCasing } from '../../src/glossary/casing.ts';

describe('matchCasing: a suggestion follows the capitalisation of the text it replaces', () => {
  it.each([
    // [replaced text, glossary term, suggestion]
    ['Federal Canzler', 'federal chancellor', 'Federal Chancellor'],
    ['federal canzler', 'federal chancellor', 'federal chancellor'],
    ['Federal canzler', 'federal chancellor', 'Federal chancellor'],
    ['Secretary Of Stat', 'secretary of state', 'Secretary of State'],
    ['Of Stat Secretary', 'of state secretary', 'Of State Secretary'],
    ['Keir Starrer', 'Keir Starmer', 'Keir Starmer'],
    ['keir starrer', 'Keir Starmer', 'Keir Starmer'],
    ['KEIR STARRER', 'Keir Starmer', 'KEIR STARMER'],
    ['Actual', 'current', 'Current'],
    ['actual', 'current', 'current'],
    ['ACTUAL', 'current', 'CURRENT'],
    ['Cnn', 'CNN', 'CNN'],
    ['USL system', 'US asylum system', 'US asylum system'],
    ['Foreign Ministry', 'State Department', 'State Department'],
    ['foreign ministry', 'State Department', 'State Department'],
    ['Foreign Minister', 'Secretary of State', 'Secretary of State'],
    ['Gens Saddam Haftar', 'Gen. Saddam Haftar', 'Gen. Saddam Haftar'],
    ['Bundeskanzlers', 'federal chancellor’s', 'Federal chancellor’s'],
    ['A', 'b', 'B'],
    ['', 'x', 'x'],
    ['3,5 percent', '3.5 percent', '3.5 percent'],
  ])('%j replaced by %j → %j', (matched, term, expected) => {
    expect(matchCasing(matched, term)).toBe(expected);
  });
});
