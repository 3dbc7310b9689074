import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/artefact/number-format.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';
import { itFlagsItsExamples } from './examples.ts';

describe('artefact/number-format', () => {
  it('turns a German thousands dot into a comma, with offsets and a safe fix', () => {
    const text = 'More than 1.000 amendments had been tabled.';
    const run = runRule(rule, text);
    expect(flagged(run)).toEqual(['1.000 → 1,000']);
    const f = run.findings[0]!;
    expect([f.range.start.offset, f.range.end.offset]).toEqual([10, 15]);
    expect(f.confidence).toBe(0.9);
    expect(f.fix).toEqual({ start: 10, end: 15, text: '1,000' });
  });

  it('flags dot groups before counted nouns and several dot groups anywhere', () => {
    expect(flagged(runRule(rule, 'Around 700.000 migrants, 300.000 families, 100.000 new homes, 1.500 weapons and 10.000.000 in total'))).toEqual([
      '700.000 → 700,000',
      '300.000 → 300,000',
      '100.000 → 100,000',
      '1.500 → 1,500',
      '10.000.000 → 10,000,000',
    ]);
  });

  it('rewrites Spanish thousands of millions as billions', () => {
    expect(flagged(runRule(rule, 'costs of 1.200 million euros and a further 2.000 million dollars'))).toEqual([
      '1.200 million → 1.2 billion',
      '2.000 million → 2 billion',
    ]);
  });

  it('turns decimal commas into points, with the percent sign closed up', () => {
    expect(flagged(runRule(rule, 'rise to 3,5 percent; 2,9 % growth; 2,4 billion euros; 1,1 children per woman'))).toEqual([
      '3,5 → 3.5',
      '2,9 % → 2.9%',
      '2,4 → 2.4',
      '1,1 → 1.1',
    ]);
  });

  it('reports a range of decimal commas once', () => {
    expect(flagged(runRule(rule, 'in a range of 3,5 to 3,75 percent.'))).toEqual(['3,5 to 3,75 → 3.5 to 3.75']);
  });

  it('joins space-separated thousands and a spaced percent sign', () => {
    const run = runRule(rule, 'more than 40 000 people; around 1\u00a0200 trucks; by 12 % next year; 60 000 nursing posts');
    expect(flagged(run)).toEqual(['40 000 → 40,000', '1\u00a0200 → 1,200', '12 % → 12%', '60 000 → 60,000']);
    expect(run.findings.map((f) => f.fix !== undefined)).toEqual([true, true, true, false]);
  });

  it('reads "[1,1]" and "(0,0)" as pairs, not decimals', () => {
    expect(runRule(rule, 'On the left, the input of [1,1] gives 0; on the right, (0,0) gives 1.').findings).toEqual([]);
    expect(runRule(rule, 'Growth was [1,1 percent] last year.').findings.map((f) => f.text)).toEqual(['1,1']);
  });

  it('leaves the digit groups of a telephone number alone', () => {
    const texts = [
      'Witnesses should call the police at (030) 4664 - 171 100 or any other station.',
      'Readers can reach the hotline at phone 020 7946 018 every day.',
      'Tel.: (089) 233 445 566',
    ];
    for (const t of texts) expect(runRule(rule, t).findings, t).toEqual([]);
    expect(runRule(rule, 'Some 171 100 people signed the petition.').findings.map((f) => f.text)).toEqual(['171 100']);
  });

  it('never flags English numbers, decimals, times, versions, dates, sections or lists', () => {
    const text =
      'About 1,000 people and 2,500,000 dollars; 1.5 million voters; growth of 0.2 percent; at 3.30 pm; ' +
      'version 2.1.3 and Section 1.2; on 12.03.2024; he ran 100 meters in 9.572 seconds; a 3.125 inch pipe; ' +
      'sections 3,5 and 7; items 1,2,3; the 1961 season; on May 15 200 people marched; Odyssey 8 266-366; ' +
      'call 555 123 4567; the score was 2.500; he hit 40%; $1.50 each; 1,000,000; a $1.125 million contract.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  itFlagsItsExamples(rule);
});
