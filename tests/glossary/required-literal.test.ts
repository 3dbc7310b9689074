import { describe, expect, it } from 'vitest';
import { requiredLiteral } from '../../src/glossary/required-literal.ts';

describe('requiredLiteral', () => {
  it.each([
    ['(?<=\\b(?:U\\.S\\.|US|American) )Foreign Minister\\b', 'foreign minister'],
    ['\\bsafe third ?-? ?party agreement(?=s?\\b)', 'party agreement'],
    ['\\bGens\\.?(?= [A-Z][a-z]+ [A-Z])', 'gens'],
    ['(?<=(?:^|[.!?]\\s+))To resume(?=,)', 'to resume'],
    ['(?:Interior|Homeland Security) Minister\\b', 'minister'],
    ['Starr?er', 'star'],
    ['\\bU\\.?N\\.? General Secretary\\b', 'general secretary'],
    ['Dr\\. No', 'dr. no'],
  ])('%s needs %j', (source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });

  it.each(['a|b', 'Foo|Bar baz', '[A-Z]+', 'x*', '\\p{Lu}\\p{Ll}+', '(?:abc)+', 'ab?'])('%s has no required literal', (source) => {
    expect(requiredLiteral(source)).toBeUndefined();
  });

  it('never names text a match can lack, on generated patterns', () => {
    const cases: [string, string[]][] = [
      ['colou?r scheme', ['color scheme', 'colour scheme']],
      ['(?:new )?York Times', ['York Times', 'new York Times']],
      ['Mini(?:ster|stry) of Justice', ['Minister of Justice', 'Ministry of Justice']],
    ];
    for (const [source, samples] of cases) {
      const lit = requiredLiteral(source);
      const re = new RegExp(source, 'iu');
      for (const s of samples) {
        expect(re.test(s)).toBe(true);
        if (lit) expect(s.toLowerCase()).toContain(lit);
      }
    }
  });
});
