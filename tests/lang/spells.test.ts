import { describe, expect, it } from 'vitest';
import { english, spells } from '../../src/lang/english.ts';

/** Casings other than lower case and sentence case, which spells() answers without the speller. */
function casings(word: string): string[] {
  const up = word.toUpperCase();
  const out = [up, word.charAt(0).toLowerCase() + word.slice(1).toUpperCase()];
  if (word.length > 2) out.push(word.slice(0, 2).toUpperCase() + word.slice(2).toLowerCase(), word.charAt(0).toUpperCase() + word.slice(1, -1).toLowerCase() + word.slice(-1).toUpperCase());
  return out;
}

describe('spells() for other casings', () => {
  it('answers as the Hunspell speller does', () => {
    const speller = english();
    const words = ['NATO', 'USA', 'McDonald', 'DeSantis', 'iPhone', 'PayPal', 'MacBook', 'NASA', 'Nasa', 'IOWA', 'ÉCOLE', 'STRASSE', 'İSTANBUL', 'ÖL', 'DNA', 'TV', 'OK', 'Ok', 'XIth', 'XXL'];
    // a sample of the dictionary's words and names (its table after affix expansion) in other casings
    const sample = Object.keys((speller as unknown as { data: Record<string, unknown> }).data).filter((_, i) => i % 53 === 0);
    for (const w of sample) words.push(...casings(w));
    for (const w of words) expect([w, spells(w)]).toEqual([w, speller.correct(w)]);
    expect(words.length).toBeGreaterThan(1000);
  });
});
