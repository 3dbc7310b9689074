import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/calque/fr.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

const fr = (text: string) => runRule(rule, text, { sourceLang: 'fr' });

describe('calque/fr', () => {
  it('flags French false friends', () => {
    const text = 'Marco Rubio, who assisted at a meeting of NATO ministers, said the formation of young nurses would improve.';
    const run = fr(text);
    expect(flagged(run)).toEqual(['assisted at → attended', 'formation → training']);
    const f = run.findings[0]!;
    expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe('assisted at');
    expect(flagged(fr('Actually, exports to the United States account for a quarter of sales.'))).toEqual(['Actually, → Currently,']);
    expect(flagged(fr('A final declaration was precised late in the evening.'))).toEqual(['precised → specified']);
  });

  it('leaves correct English uses alone', () => {
    const clean = [
      'The formation of a new government would not solve the problem. The jets flew in close formation.',
      'Actually, Davis would have to give up soon anyway. He actually won the race.',
      'Nurses assist doctors. The European Union could assist with the financing.',
      'It was a sensible solution. The deception was uncovered by the police.',
      'The family reunion took place in June. It was a manifestation of his anger.',
      'The Wall Street Journal reported it. So far of the 600 voters, most agreed.',
      'She realized the danger. The concert was a great success.',
    ];
    for (const text of clean) expect(flagged(fr(text)), text).toEqual([]);
  });
});
