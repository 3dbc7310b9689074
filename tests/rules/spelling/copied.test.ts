import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/engine/checker.ts';
import { parsePo } from '../../../src/inputs/po.ts';
import { growth } from '../../helpers/growth.ts';

// spelling/non-word leaves alone a target's word that its unit's source has as a whole word, same letters
// and case (copied.ts): a command, name or code copied over, not a misspelling of the translation.
const checker = createChecker({ defaultGlossary: false, rules: ['spelling/non-word'] });
const po = (source: string, target: string) => `msgid "${source}"\nmsgstr "${target}"\n`;
const COPIED = "written the same in the unit's source: copied from it (a command, name or code), not misspelt";
const run = (source: string, target: string) => {
  const r = checker.check(parsePo(po(source, target), 'a.po'));
  return {
    flagged: r.findings.map((f) => f.message),
    copied: r.dropped.filter((d) => d.reason === COPIED).map((d) => d.text),
  };
};
const FLAGGED = ['"goverment" is not an English word; perhaps "government"'];

describe('spelling/non-word: words copied from the source', () => {
  it.each([
    ['a whole word of the source', 'Utilisez goverment maintenant.'],
    ['at the start of the source', 'goverment, dit-il.'],
    ['at the end, after a digit-free mark', 'Voir (goverment)'],
    ['more than once in the source', 'goverment et goverment.'],
  ])('drops the word when the source has it as %s', (_, source) => {
    expect(run(source, 'Use goverment now.')).toEqual({ flagged: [], copied: ['goverment'] });
  });

  it.each([
    ['only inside a longer word', 'Utilisez governmentgoverment.'],
    ['only followed by letters', 'Utilisez govermentx.'],
    ['only next to a digit', 'Utilisez goverment2.'],
    ['only next to an underscore', 'Utilisez _goverment.'],
    ['only in another case', 'Utilisez Goverment.'],
    ['not at all', 'Utilisez le gouvernement.'],
  ])('reports the word when the source has it %s', (_, source) => {
    expect(run(source, 'Use goverment now.')).toEqual({ flagged: FLAGGED, copied: [] });
  });

  // a unit's source was searched whole for every candidate word of its target: a source of 10n copies of a
  // word and a target of n unknown words took 0.77 s at n = 1,000 and 23.1 s at n = 8,000
  it('takes time linear in the size of a long unit', () => {
    const make = (n: number) => po(Array.from({ length: 10 * n }, () => 'Aquzzkda').join(' '), Array.from({ length: n }, () => 'the quzzkd').join(' '));
    expect(growth((n) => checker.check(parsePo(make(n), 'a.po')), 500)).toBeLessThan(24);
  });
});
