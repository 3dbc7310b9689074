import { describe, expect, it } from 'vitest';
import { check, createChecker, Pipeline } from '../../src/index.ts';

/**
 * The library's checker options are validated before anything is loaded: a wrong type throws TypeError and
 * a value out of range RangeError, each naming the option. Unchecked, each case below did something else than
 * asked without a word (a Date as `date` turned glossary/validity off; "yesterday" was compared with the
 * glossary's dates as text and flagged Rishi Sunak; "0.9" as minConfidence dropped every finding).
 */
const base = { defaultGlossary: false, rules: ['glossary/'] };

describe('createChecker refuses options of the wrong type or out of range', () => {
  it.each([
    [{ date: new Date('2025-01-01T00:00:00Z') }, TypeError, 'option "date" must be a date written YYYY-MM-DD (a string), not a Date (2025-01-01T00:00:00.000Z)'],
    [{ date: 20250101 }, TypeError, 'option "date" must be a date written YYYY-MM-DD (a string), not 20250101'],
    [{ date: 'yesterday' }, RangeError, 'option "date" must be a date written YYYY-MM-DD that the calendar has, not "yesterday"'],
    [{ date: '2025-02-30' }, RangeError, 'option "date" must be a date written YYYY-MM-DD that the calendar has, not "2025-02-30"'],
    [{ minConfidence: '0.9' }, TypeError, 'option "minConfidence" must be a number from 0 to 1, not "0.9"'],
    [{ minConfidence: 5 }, RangeError, 'option "minConfidence" must be a number from 0 to 1, not 5'],
    [{ minConfidence: Number.NaN }, RangeError, 'option "minConfidence" must be a number from 0 to 1, not null'],
    [{ sourceLang: 'xx' }, RangeError, 'option "sourceLang" must be one of de, fr, es, not "xx"'],
    [{ rules: 'glossary/' }, TypeError, 'option "rules" must be an array of rule ids and prefixes ending in "/", not "glossary/"'],
    [{ glossaries: 'terms.yaml' }, TypeError, 'option "glossaries" must be an array of file paths and loaded glossaries, not "terms.yaml"'],
    [{ glossaries: [42] }, TypeError, 'option "glossaries" must be an array of file paths and loaded glossaries, not [42]'],
    [{ defaultGlossary: 'no' }, TypeError, 'option "defaultGlossary" must be true or false, not "no"'],
    [{ severities: ['glossary/'] }, TypeError, 'option "severities" must be an object of rule ids and prefixes to error, warning, info, off, not ["glossary/"]'],
    [{ severities: { 'glossary/': 'loud' } }, RangeError, 'option "severities": "glossary/" must be one of error, warning, info, off, not "loud"'],
    [{ allow: 'Starrer' }, TypeError, 'option "allow" must be an array of words and phrases, not "Starrer"'],
    [null, TypeError, 'checker options must be an object, not null'],
  ] as const)('%j', (options, kind, message) => {
    const make = () => createChecker(options as never);
    expect(make).toThrow(kind);
    expect(make).toThrow(message);
    // (check() and a pipeline build their checker the same way)
    if (options !== null) expect(() => check('Text.', options as never)).toThrow(message);
  });

  it('takes every option of the right type', () => {
    const checker = createChecker({ ...base, date: '2024-02-29', minConfidence: 0, sourceLang: 'de', severities: { 'glossary/': 'error' }, allow: ['x'], glossaries: [] });
    expect(checker.check('Text.').findings).toEqual([]);
  });

  it('a pipeline with a bad date option rejects its check naming the option', async () => {
    await expect(new Pipeline({ options: { date: 'tomorrow' } }).check({ text: 'Text.' })).rejects.toThrow('option "date" must be a date written YYYY-MM-DD that the calendar has, not "tomorrow"');
  });
});
