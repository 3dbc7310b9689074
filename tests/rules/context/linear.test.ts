import { describe, expect, it } from 'vitest';
import institution from '../../../src/rules/context/institution.ts';
import variant from '../../../src/rules/glossary/variant.ts';
import { fastestCheck, LINEAR_TIMEOUT } from '../linear-timing.ts';

// A term whose context condition looks at the whole document ("Foreign Minister" counts only in a
// story about the US) used to search the whole text once per occurrence: a 320 KB text of one
// repeated title took 11 s. Timed at two sizes, eight times apart, in the same run (see
// linear-timing.ts): linear is about 8 times, quadratic 64.
const SMALL = 20_000;
const fill = (size: number, unit: string) => unit.repeat(Math.ceil(size / unit.length));

describe('rules with document-wide context conditions are linear in their input', () => {
  it('context/institution: a foreign-ministry title met thousands of times, the condition never met', () => {
    const unit = 'Foreign Minister Annalena Berbock ';
    fastestCheck(institution, fill(SMALL, unit)); // warm-up
    expect(fastestCheck(institution, fill(8 * SMALL, unit))).toBeLessThan(40 * fastestCheck(institution, fill(SMALL, unit)) + 100);
  }, LINEAR_TIMEOUT);

  it('glossary/variant: a variant whose entry asks for a phrase anywhere in the document', () => {
    const glossary = [{ term: 'Keir Starmer', variants: ['Keir Starrer'], context: { anyOf: ['Downing Street'] } }];
    const unit = 'Keir Starrer said. ';
    fastestCheck(variant, fill(SMALL, unit), glossary); // warm-up
    expect(fastestCheck(variant, fill(8 * SMALL, unit), glossary)).toBeLessThan(40 * fastestCheck(variant, fill(SMALL, unit), glossary) + 100);
  }, LINEAR_TIMEOUT);
});
