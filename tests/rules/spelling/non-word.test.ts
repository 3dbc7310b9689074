import { describe, expect, it, vi } from 'vitest';
import rule from '../../../src/rules/spelling/non-word.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

// Counts how often the dictionary is consulted, to check that it is loaded only when a word needs it.
const calls = vi.hoisted(() => ({ english: 0 }));
vi.mock('../../../src/lang/english.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/lang/english.ts')>();
  return {
    ...real,
    spells: (word: string) => {
      calls.english++;
      return real.spells(word);
    },
  };
});

describe('spelling/non-word', () => {
  it('flags a nonce word with the repaired word as a less confident suggestion, never as a fix', () => {
    const text = 'We would like to send you some of the most loathous people.';
    const run = runRule(rule, text);
    expect(flagged(run)).toEqual(['loathous → loathsome']);
    const f = run.findings[0]!;
    expect([f.range.start.offset, f.range.end.offset]).toEqual([43, 51]);
    expect(f.fix).toBeUndefined();
    expect(f.suggestions[0]!.confidence).toBeLessThan(f.confidence);
  });

  it('flags misspellings and invented forms with the likeliest word', () => {
    expect(flagged(runRule(rule, 'The goverment said the migrants were deportated last week.'))).toEqual([
      'goverment → government',
      'deportated → deported',
    ]);
    expect(flagged(runRule(rule, 'They did not recieve any informations about the negotiatons.'))).toEqual([
      'recieve → receive',
      'informations → information',
      'negotiatons → negotiations',
    ]);
  });

  it('is more confident about a plain misspelling of a long word than about a short odd word', () => {
    const long = runRule(rule, 'It was made avaliable to the press.').findings[0]!;
    const short = runRule(rule, 'He bought a konga yesterday.').findings[0]!;
    expect(long.confidence).toBeGreaterThan(short.confidence);
  });

  it('accepts British spellings and listed news words', () => {
    const text =
      'The colour of the organisation’s defence programme was a judgement for the labour centre. ' +
      'She travelled to analyse the paediatric ward, criticised the grey tyres and the lockdown rollout.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('accepts what the en-GB dictionary spells, and not a blend of the two spellings', () => {
    // words the en-US dictionary lacks and no en-US respelling reaches ("marvellous": -llous; "storeys": a storey is a floor)
    expect(runRule(rule, 'It was a marvellous night: the storeys of the gaol were lit, and the kerb was grey.').findings).toEqual([]);
    expect(runRule(rule, 'She is known for her risky maneuvres on the slope.').findings.map((f) => f.text)).toEqual(['maneuvres']);
  });

  it('leaves names, acronyms, numbers, addresses, handles and short words alone', () => {
    const text =
      'Keir Starrer met LOATHOUS officials. Files mp3s and 5kg loads. Visit www.loathous.com, write to ' +
      'info@loathous.org, follow @loathous and #loathous, see /usr/loathous. It was thru the gap.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('leaves contractions, hyphenated compounds and regular derivations alone', () => {
    const text =
      'We wouldn’t and couldn\'t say it; they shouldn\'t. A socio-economic, co-operative, self-made plan. ' +
      'The winless team had a righthander, the woodsmoke drifted and the unpartisan diehards stayed.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('leaves glossary terms and their words alone', () => {
    const glossary = [{ term: 'kafala system' }, { term: 'loathous' }];
    expect(runRule(rule, 'Workers under the kafala rules, and the loathous party.', { glossary }).findings).toEqual([]);
  });

  it('leaves words that are mentioned, repeated, or part of foreign phrases alone', () => {
    const text =
      'Dr. Jolliffe calls it the “appestat”. They danced a pas de deux and ate papier-mache. ' +
      'The kolkhoz farms and the kolkhoz plots. “Ye must be countin’ the echoes.” The Greek chole means bile.';
    const run = runRule(rule, text);
    expect(run.findings).toEqual([]);
    expect(run.dropped.map((d) => d.text)).toContain('kolkhoz');
  });

  it('does not consult the dictionary when no word needs it', () => {
    const before = calls.english;
    expect(runRule(rule, 'CNN: Keir Starmer, 2024. I am on it, as we are.').findings).toEqual([]);
    expect(calls.english).toBe(before);
    runRule(rule, 'The glorpulous man.'); // a word not seen before, so no memo answers it
    expect(calls.english).toBeGreaterThan(before);
  });

  it('documents examples that it flags', () => {
    for (const ex of rule.meta.examples) expect(flagged(runRule(rule, ex.text))).toContain(`${ex.flagged} → ${ex.suggestion}`);
  });
});
