import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { affixLookup } from '../../src/source/affix-lookup.js';
import { linesByStem } from '../../src/source/dic-lines.js';

const require = createRequire(import.meta.url);
type Speller = { correct(word: string): boolean; data: Record<string, unknown> };
const nspell = require('nspell') as (aff: Buffer, dic?: string) => Speller;
const dir = (pkg: string) => require.resolve(pkg).replace(/index\.js$/, '');
const files = (pkg: string) => ({ aff: readFileSync(dir(pkg) + 'index.aff'), dic: readFileSync(dir(pkg) + 'index.dic', 'utf8') });

/** The look-up over a .dic text, as SourceDictionary makes it. */
function lookupOf(aff: Buffer, dic: string) {
  const stems = linesByStem(dic);
  const look = affixLookup(nspell(aff) as never, dic, (stem) => stems.get(stem));
  if (!look) throw new Error('not modelled');
  return look;
}

describe('affix-lookup: nspell answers without expanding the dictionary', () => {
  const de = files('dictionary-de');
  const look = lookupOf(de.aff, de.dic);

  // [word, accepted, why] (dictionary-de: klar/ACU, ästhetisch/AU, Ähre/Nm, Haus/Tpmij, ärmel/hke,
  // äbte/Nozm, Ährenamt/dS; h NEEDAFFIX, o ONLYINCOMPOUND, d FORBIDDENWORD; it has no KEEPCASE line)
  const table: [string, boolean, string][] = [
    ['klar', true, 'a stem'],
    ['klare', true, 'a suffix'],
    ['Ähren', true, 'a suffix on a noun'],
    ['unästhetisch', true, 'a prefix'],
    ['unästhetische', true, 'a prefix and a suffix, both combinable'],
    ['unästhetischx', false, 'no entry adds "x"'],
    ['Klar', true, 'a capitalised lower-case word'],
    ['KLARE', true, 'all capitals: the lower case'],
    ['HAUS', true, 'all capitals: the sentence case'],
    ['haus', false, 'a noun in lower case'],
    ['ärmel', false, 'NEEDAFFIX: not a word alone'],
    ['ärmel-', true, 'NEEDAFFIX: with its affix'],
    ['Ärmel', true, 'a noun of its own'],
    ['äbte', false, 'ONLYINCOMPOUND'],
    ['äbten', true, 'a form of an ONLYINCOMPOUND stem is a word to nspell'],
    ['Ährenamt', false, 'FORBIDDENWORD'],
    ['ÄHRENAMT', false, 'FORBIDDENWORD on the sentence case'],
    ['Ährenamts', true, 'a form of a FORBIDDENWORD stem is a word to nspell'],
    ['', false, 'empty'],
  ];
  const full = nspell(de.aff, de.dic);
  for (const [word, accepted, why] of table) {
    it(`${JSON.stringify(word)}: ${accepted ? 'accepted' : 'rejected'} (${why})`, () => {
      expect(look(word)).toBe(accepted);
      expect(full.correct(word)).toBe(accepted);
    });
  }

  it('answers as nspell with the whole .dic on every 40th form it makes and their casings (German)', () => {
    let checked = 0, accepted = 0;
    Object.keys(full.data).forEach((form, i) => {
      if (i % 40 !== 0) return;
      for (const w of [form, form.toLowerCase(), form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1), `${form}x`, form.slice(1)]) {
        const answer = full.correct(w);
        expect(look(w), w).toBe(answer);
        checked++;
        if (answer) accepted++;
      }
    });
    expect(checked).toBeGreaterThan(50_000);
    expect(accepted).toBeGreaterThan(checked / 4);
    expect(accepted).toBeLessThan(checked);
  });

  // Russian and Spanish: 1 line in 100 of the .dic, the look-up and nspell on the same lines
  for (const pkg of ['dictionary-ru', 'dictionary-es']) {
    it(`answers as nspell on the forms of 1 line in 100 of ${pkg}`, () => {
      const { aff, dic } = files(pkg);
      const lines = dic.split('\n').slice(1).filter((l, i) => l.length > 0 && l.charCodeAt(0) !== 9 && i % 100 === 0);
      const part = `${lines.length}\n${lines.join('\n')}`;
      const speller = nspell(aff, part);
      const sub = lookupOf(aff, part);
      let checked = 0;
      for (const form of Object.keys(speller.data)) {
        for (const w of [form, form.toUpperCase(), form.charAt(0).toUpperCase() + form.slice(1), form.slice(0, -1)]) {
          expect(sub(w), w).toBe(speller.correct(w));
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(5_000);
    });
  }

  it('leaves a word longer than a name or compound to nspell, so that no look-up grows faster than its word', () => {
    const de = files('dictionary-de');
    const look = lookupOf(de.aff, de.dic);
    expect(look('un' + 'ästhetisch'.repeat(7))).toBeUndefined();
    expect(look('unästhetische')).toBe(true);
  });

  it('leaves to nspell what it does not model: input conversions (French, Ukrainian)', () => {
    for (const pkg of ['dictionary-fr', 'dictionary-uk']) {
      const { aff } = files(pkg);
      expect(affixLookup(nspell(aff) as never, '1\nx', () => undefined)).toBeUndefined();
    }
  });
});
