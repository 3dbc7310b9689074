import { describe, expect, it } from 'vitest';
import { phraseDiff, replacementLabel } from '../../src/fix/phrases.ts';

const shown = (before: string, after: string) =>
  phraseDiff(before, after)
    .map((p) => ('same' in p ? p.same : `[${p.removed} → ${replacementLabel(p.added)}]`))
    .join('');

describe('phraseDiff', () => {
  it.each([
    ['the Foreign Ministry said', 'the State Department said', 'the [Foreign Ministry → State Department] said'],
    ['Keir Starrer spoke', 'Keir Starmer spoke', 'Keir [Starrer → Starmer] spoke'],
    ['a third -party deal', 'a third-party deal', 'a [third -party → third-party] deal'],
    ['It ended.\n\nLeave a Comment', 'It ended.', 'It ended.[\n\nLeave a Comment → (delete)]'],
    ['one two', 'one new two', 'one [ → new ]two'],
    ['same', 'same', 'same'],
    ['Gens Saddam Haftar met the Foreign Ministry.', 'Gen. Saddam Haftar met the State Department.', '[Gens → Gen.] Saddam Haftar met the [Foreign Ministry → State Department].'],
    ['first line\nsecond line', 'first word\nsecond word', 'first [line → word]\nsecond [line → word]'],
  ])('%j → %j', (before, after, expected) => {
    expect(shown(before, after)).toBe(expected);
  });

  it('rebuilds both texts', () => {
    const before = 'The Foreign Ministry and Keir Starrer said: “no”.';
    const after = 'The State Department and Keir Starmer said: ‘no’.';
    const phrases = phraseDiff(before, after);
    expect(phrases.map((p) => ('same' in p ? p.same : p.removed)).join('')).toBe(before);
    expect(phrases.map((p) => ('same' in p ? p.same : p.added)).join('')).toBe(after);
  });
});
