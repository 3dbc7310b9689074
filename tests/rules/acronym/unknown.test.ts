import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/acronym/unknown.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

// The term only: no variant lists "USL system", so the rule must find it by itself.
const glossary = [{ term: 'US asylum system' }, { term: 'NATO', caseSensitive: true }, { term: 'ECOWAS' }, { term: 'Financial Action Task Force' }];

describe('acronym/unknown', () => {
  it('flags an invented acronym with the glossary term that its letters and neighbours fit', () => {
    const text = 'to reduce the strain on the USL system and the migration';
    const run = runRule(rule, text, { glossary });
    expect(flagged(run)).toEqual(['USL system → US asylum system']);
    const f = run.findings[0]!;
    expect([f.range.start.offset, f.range.end.offset]).toEqual([28, 38]);
    expect(f.severity).toBe('warning');
    expect(f.confidence).toBeGreaterThan(0.6);
    expect(f.fix).toBeUndefined();
  });

  it('flags an unknown acronym without a suggestion at low confidence, once', () => {
    const run = runRule(rule, 'the migration of the MINT to the United States. The MINT said so.', { glossary });
    expect(flagged(run)).toEqual(['MINT']);
    const f = run.findings[0]!;
    expect(f.severity).toBe('info');
    expect(f.confidence).toBeGreaterThanOrEqual(0.4);
    expect(f.confidence).toBeLessThanOrEqual(0.6);
    expect(runRule(rule, 'A study by the QRZ found that.', { glossary }).findings[0]!.confidence).toBeGreaterThan(f.confidence);
  });

  it('suggests a glossary acronym with the same letters (Romance word order)', () => {
    expect(flagged(runRule(rule, 'The defence ministers of the OTAN met in Brussels.', { glossary }))).toEqual(['OTAN → NATO']);
  });

  it('does not flag common acronyms, plurals of them, or glossary terms and their words', () => {
    const text = 'NATO, the EU, the UN and the CEO of CNN met NGOs and the FBI; GDP rose. ECOWAS and the US asylum system.';
    expect(runRule(rule, text, { glossary }).findings).toEqual([]);
  });

  it('does not flag roman numerals, dotted forms, numbered designations or addresses', () => {
    const text = 'After World War II, Pope Leo XIV flew MH17 and a QZV-19 to the U.S. and E.E.U.U. Mail QRZ@example.org or see AT&T.';
    expect(runRule(rule, text, { glossary }).findings).toEqual([]);
  });

  it('does not flag words in an all-caps headline or label line', () => {
    expect(runRule(rule, 'BREAKING: QRZ BANS IMPORTS\nThe ban starts today.', { glossary }).findings).toEqual([]);
    expect(runRule(rule, 'QRZV\n\nThe ban starts today.', { glossary }).findings).toEqual([]);
  });

  it('does not flag acronyms the text defines', () => {
    const texts = [
      'The Kenya Wildlife Service (KWS) said the KWS would act.',
      'The KWS (Kenya Wildlife Service) said so.',
      'The Kenya Wildlife Service said on Monday that KWS rangers were ready.',
      'The Bank of Ghana cut rates; BoG data and BOG officials agreed.',
      'The Financial Action Task Force said FATF rules apply.',
      'said a spokeswoman for the European consumer association BEUC.',
    ];
    for (const text of texts) expect(runRule(rule, text).findings).toEqual([]);
    // a glossary term whose initials spell it is defined too
    expect(runRule(rule, 'FATF rules apply.', { glossary }).findings).toEqual([]);
  });

  it('leaves an acronym the writer relies on alone', () => {
    const run = runRule(rule, 'The ADC grew. ADC cases rose. Cut the ADC load.', { glossary });
    expect(run.findings).toEqual([]);
    expect(run.dropped.map((d) => d.text)).toEqual(['ADC']);
  });

  it('documents examples that it flags', () => {
    for (const ex of rule.meta.examples) expect(flagged(runRule(rule, ex.text, { glossary }))).toContain(`${ex.flagged} → ${ex.suggestion}`);
  });
});
