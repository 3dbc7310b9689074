import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/artefact/source-abbreviation.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';
import { itFlagsItsExamples } from './examples.ts';

describe('artefact/source-abbreviation', () => {
  it('removes the left-over half of "z. B." so that the sentence reads as English', () => {
    const text = 'provide them with social support, such as: B. a scholarship and support';
    const run = runRule(rule, text);
    expect(flagged(run)).toEqual(['such as: B. → such as']);
    const f = run.findings[0]!;
    expect([f.range.start.offset, f.range.end.offset]).toEqual([34, 45]);
    expect(f.confidence).toBe(0.95);
    expect(text.slice(0, f.fix!.start) + f.fix!.text + text.slice(f.fix!.end)).toBe(
      'provide them with social support, such as a scholarship and support',
    );
  });

  it('finds left-over halves after other translations', () => {
    expect(flagged(runRule(rule, 'new lines, for example B. in the east'))).toEqual(['for example B. → for example']);
    expect(flagged(runRule(rule, 'replaceable by users, that is: h. without tools'))).toEqual(['that is: h. → that is']);
  });

  it('translates whole German, French and Spanish abbreviations', () => {
    const text =
      'rail, z. B. in new lines; users, d. h. without tools; aid, u. a. for repairs; Texas bzw. California; ' +
      'taxes, c.-à-d. over rates; land, p. ej. owned; cars, p. ex. used; trains usw. and 450 Mio. phones';
    expect(flagged(runRule(rule, text))).toEqual([
      'z. B. → e.g.',
      'd. h. → i.e.',
      'u. a. → including',
      'bzw. → or',
      'c.-à-d. → i.e.',
      'p. ej. → e.g.',
      'p. ex. → e.g.',
      'usw. → etc.',
      'Mio. → million',
    ]);
  });

  it('fixes only the abbreviations whose English does not depend on the sense', () => {
    const run = runRule(rule, 'Texas bzw. California, z.B. Austin');
    expect(run.findings.map((f) => [f.text, f.confidence, f.fix !== undefined])).toEqual([
      ['bzw.', 0.8, false],
      ['z.B.', 0.95, true],
    ]);
    expect(run.findings[0]!.suggestions.map((s) => s.text)).toEqual(['or', 'and', 'respectively']);
  });

  it('capitalises the English at the start of a sentence', () => {
    expect(flagged(runRule(rule, 'Costs rose. Z. B. rents doubled.'))).toEqual(['Z. B. → E.g.']);
  });

  it('suggests removing a lone capital between a comma and a lower-case word, without a fix', () => {
    const run = runRule(rule, 'support for migrants, B. a scholarship');
    expect(flagged(run)).toEqual(['B.  → ']);
    expect(run.findings[0]!.confidence).toBe(0.65);
    expect(run.findings[0]!.fix).toBeUndefined();
  });

  it('never flags initials, English abbreviations or Latin names', () => {
    const text =
      'President John F. Kennedy and J. K. Rowling met U. S. officials, e.g. in Washington, i.e. at the White House, ' +
      'ca. 1900, etc. The bacteria, E. coli and A. armata, grew. Samuel A. and Henry A. Berger agreed. ' +
      'Singing "O Sole Mio." he left. Such as B. B. King. For example, B. Smith wrote.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  itFlagsItsExamples(rule);
});
