import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/spelling/non-word.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

describe('spelling/non-word on real human text', () => {
  it.each([
    // rare and British words a larger word list holds, missing from Hunspell's en-US dictionary
    'The restaurant has a warm ambience and a menu of salads.',
    'Parents enquired whether the school could stay open longer.',
    'The hospital treats oncological diseases with new drugs.',
    'The impeccably dressed and shorn programmer smiled.',
    'Granulated carbonic acid is also called dry ice.',
    // a name cut at its apostrophe
    'Flights leave from Kfar Saba, Ra’anana and Be’er Sheva.',
    // letters drawn out for emphasis
    'It has been going on constaaantly since the morning.',
    'Seeing ourselves in them... hmmm, before touching cyclists.',
  ])('leaves alone: %s', (text) => {
    expect(flagged(runRule(rule, text))).toEqual([]);
  });

  it.each([
    ['The staff were very accomodating and kind.', 'accomodating'],
    ['Teachers who are school club superviors were asked.', 'superviors'],
    ['A child was hit in the face with a showel in the sandbox.', 'showel'],
    // a plural the dictionary refuses on purpose, though the larger list has it
    ['I would be grateful for practical advices from you.', 'advices'],
    // a doubled letter is a slip like any other
    ['The new adminsstration met on Monday.', 'adminsstration'],
  ])('still flags a misspelling: %s', (text, word) => {
    const run = runRule(rule, text);
    expect(run.findings.map((f) => [f.text, text.slice(f.range.start.offset, f.range.end.offset)])).toEqual([[word, word]]);
  });
});
