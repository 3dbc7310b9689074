import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/artefact/quotes.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';
import { itFlagsItsExamples } from './examples.ts';

function fixed(text: string): string {
  let out = text;
  for (const f of [...runRule(rule, text).findings].reverse()) if (f.fix) out = out.slice(0, f.fix.start) + f.fix.text + out.slice(f.fix.end);
  return out;
}

const RUBIO =
  '“We work with other countries to say:” We would like to send you some of the most loathous people to your ' +
  'countries – will you do that as a favor for us? “And the further from America, the better,” he said.';

describe('artefact/quotes', () => {
  it('swaps the reversed marks of the seed quotation, with offsets', () => {
    const run = runRule(rule, RUBIO);
    expect(flagged(run)).toEqual([':”  → : ‘', '? “ → ?’ ']);
    const [a, b] = run.findings;
    expect([a!.range.start.offset, a!.range.end.offset]).toEqual([36, 39]);
    expect(RUBIO.slice(b!.range.start.offset, b!.range.end.offset)).toBe('? “');
    expect(a!.confidence).toBe(0.8);
    expect(fixed(RUBIO)).toBe(
      '“We work with other countries to say: ‘We would like to send you some of the most loathous people to your ' +
        'countries – will you do that as a favor for us?’ And the further from America, the better,” he said.',
    );
  });

  it('turns French and German marks into English ones', () => {
    expect(fixed('« We are ready to govern », added Jordan Bardella.')).toBe('“We are ready to govern”, added Jordan Bardella.');
    expect(fixed('He said »never again« and left.')).toBe('He said “never again” and left.');
    expect(fixed('Er sagte „never again“ and left.')).toBe('Er sagte “never again” and left.');
  });

  it('flags an unpaired straight quotation mark with low confidence, as info, without a fix', () => {
    const text = 'Scott Bessent said that the decision was "a step in the right direction, but came too late.';
    const run = runRule(rule, text);
    expect(run.findings.map((f) => [f.text, f.range.start.offset, f.confidence, f.severity, f.fix])).toEqual([['"', 41, 0.45, 'info', undefined]]);
  });

  it('flags a closing curly mark with no opening one and a quotation never closed', () => {
    expect(runRule(rule, 'He said no.” Then he left.').findings.map((f) => f.text)).toEqual(['”']);
    expect(runRule(rule, 'He called it “a disgrace and left.').findings.map((f) => f.text)).toEqual(['“']);
  });

  it('leaves balanced quotations, nested quotes and apostrophes alone', () => {
    const text =
      '“I say that we are not looking for other countries,” said Marco Rubio. She called it “a ‘gimmick’ of sorts.” ' +
      'The students’ union said: “We don’t agree.” It was the ’90s. He said "yes" and "no." He is 5\'10" tall. ' +
      'Rock ’n’ roll, isn’t it?';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('accepts a quotation that runs on into the next paragraph', () => {
    const text = '“The first part of the quote.\n\n“The second part,” he said.\n\n"Straight first part.\n\n"Straight end," she said.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  itFlagsItsExamples(rule);
});
