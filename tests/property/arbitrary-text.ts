import fc from 'fast-check';

// Words that make rules fire, mixed with hostile characters, so both findings and odd input are common.
export const WORDS = ['Keir', 'Starrer', 'Starmer', 'Gens', 'Saddam', 'Haftar', 'USL', 'system', 'close', 'the', 'z.', 'B.', '1.000', '3,5', 'percent', 'third', '-party', 'loathous', 'Foreign', 'Ministry', 'said', 'Leave a Comment'];
export const ODD = ['\u0000', '\r\n', '\r', '\n', '\u200f', '\u0301', '😀', '\ud800', '\udc00', '“', '”', '"', "'", '\t', 'אבג', '\u00a0', ' '];

/** Arbitrary texts of up to 60 parts: the property tests' generator, also used by tests/adversarial. */
export const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...ODD), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(fc.sample(fc.constantFrom(' ', ' ', '\n', ''), 1)[0] ?? ' '));
