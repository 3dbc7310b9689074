import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/title/abbreviation.ts';
import { applyFixes } from '../../../src/fix/apply.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';
import { growth } from '../../helpers/growth.ts';

const glossary = [
  { term: 'Saddam Haftar', category: 'person', titles: ['Gen.'] },
  { term: 'Khalifa Haftar', category: 'person', titles: ['Field Marshal'] },
];

describe('title/abbreviation', () => {
  it('corrects a mangled rank before a glossary person with high confidence', () => {
    const text = 'a representative of the Libyan Gens Saddam Haftar, who was';
    const run = runRule(rule, text, { glossary });
    expect(flagged(run)).toEqual(['Gens Saddam Haftar → Gen. Saddam Haftar']);
    const f = run.findings[0]!;
    expect(f.confidence).toBe(0.95);
    expect(f.fix?.text).toBe('Gen. Saddam Haftar');
    expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe('Gens Saddam Haftar');
  });

  it('corrects known mangled titles before other names', () => {
    expect(flagged(runRule(rule, 'Gral. Juan Pérez spoke, and Oberst Klaus Weber.', { glossary }))).toEqual([
      'Gral. Juan Pérez → Gen. Juan Pérez',
      'Oberst Klaus Weber → Col. Klaus Weber',
    ]);
  });

  it("flags a near copy of the person's own title", () => {
    expect(flagged(runRule(rule, 'Gne. Saddam Haftar arrived.', { glossary }))).toEqual(['Gne. Saddam Haftar → Gen. Saddam Haftar']);
  });

  it('leaves correct and British-style titles alone', () => {
    const run = runRule(rule, 'Gen. Saddam Haftar and Gen Saddam Haftar met General Saddam Haftar and Dr Smith.', { glossary });
    expect(run.findings).toEqual([]);
  });

  it('merges the forms of one rank written in a row, so a second fix finds nothing', () => {
    const text = 'Gens. Gens Saddam Haftar spoke. Gral Gens Saddam Haftar spoke. Gen Gens. Juan Pérez came.';
    const once = applyFixes(text, runRule(rule, text, { glossary }).findings).output;
    expect(once).toBe('Gen. Saddam Haftar spoke. Gen. Saddam Haftar spoke. Gen. Juan Pérez came.');
    expect(runRule(rule, once, { glossary }).findings).toEqual([]);
  });

  it('does not flag mangled-looking words that are not before a name', () => {
    expect(runRule(rule, 'The Roman gens was a clan. Gens of old.', { glossary }).findings).toEqual([]);
  });
});

describe('title/abbreviation: French and Spanish honorifics', () => {
  it('corrects honorifics that no English text uses, and French ones English uses too when the source is French', () => {
    expect(flagged(runRule(rule, 'Mme Anne Hidalgo and Dra. Ana López spoke.', { glossary, sourceLang: 'fr' }))).toEqual([
      'Mme Anne Hidalgo → Ms. Anne Hidalgo',
      'Dra. Ana López → Dr. Ana López',
    ]);
  });

  it('leaves French honorifics that English writes too when the text is not known to come from French', () => {
    // "Mme" for a Frenchwoman in an English story, "Mmes." as the plural of "Mrs."
    expect(flagged(runRule(rule, 'A portrait of Mme Dupuis hung there. Messrs. and Mmes. John Carter came, and Mlle Roche.', { glossary }))).toEqual([]);
    expect(flagged(runRule(rule, 'Mme Anne Hidalgo and Dra. Ana López spoke.', { glossary }))).toEqual(['Dra. Ana López → Dr. Ana López']);
    expect(flagged(runRule(rule, 'Messrs. and Mmes. William Thompson came.', { glossary, sourceLang: 'fr' }))).toEqual([]);
  });

  it('reads "M." and "Sr." as honorifics only when the source language says so', () => {
    expect(runRule(rule, 'M. Night Shyamalan and John Smith Sr. Jones came.', { glossary }).findings).toEqual([]);
    expect(flagged(runRule(rule, 'Then M. Lecornu spoke.', { glossary, sourceLang: 'fr' }))).toEqual(['M. Lecornu → Mr. Lecornu']);
    expect(flagged(runRule(rule, 'Then Sr. Sánchez spoke.', { glossary, sourceLang: 'es' }))).toEqual(['Sr. Sánchez → Mr. Sánchez']);
    expect(runRule(rule, 'Then Sr. Sánchez spoke.', { glossary, sourceLang: 'fr' }).findings).toEqual([]);
    // a middle initial, a name suffix, and a title at the end of a paragraph are not honorifics
    expect(runRule(rule, 'Richard M. Nixon spoke.', { glossary, sourceLang: 'fr' }).findings).toEqual([]);
    expect(runRule(rule, 'a daughter, Mrs. J. M. Cheshire of Griffin', { glossary, sourceLang: 'fr' }).findings).toEqual([]);
    expect(runRule(rule, 'said John Smith Sr.\n\nThe vote came.', { glossary, sourceLang: 'es' }).findings).toEqual([]);
  });

  it('is linear in a line of one capitalised word written again and again ("Paris Paris ...", "Gens Gens ...")', () => {
    for (const word of ['Paris ', 'Gens ']) expect(growth((n) => runRule(rule, word.repeat(n), { glossary }), 2_000), word).toBeLessThan(24);
  });
});
