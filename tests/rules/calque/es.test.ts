import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/calque/es.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

const es = (text: string) => runRule(rule, text, { sourceLang: 'es' });

describe('calque/es', () => {
  it('flags Spanish false friends', () => {
    const text = 'Mexico handed over a carpet with evidence. Both countries will assist to a follow-up meeting in Washington.';
    const run = es(text);
    expect(flagged(run)).toEqual(['carpet → folder', 'assist to → attend']);
    expect(text.slice(run.findings[0]!.range.start.offset, run.findings[0]!.range.end.offset)).toBe('carpet');
    expect(flagged(es('Women who are embarrassed will be entitled to prenatal check-ups.'))).toEqual(['embarrassed → pregnant']);
    expect(flagged(es('According with the institute, the average age is 32.'))).toEqual(['According with → According to']);
  });

  it('leaves correct English uses alone', () => {
    const clean = [
      'She was embarrassed by the question. He felt embarrassed about his mistake.',
      'They rolled out the red carpet. The carpet on the floor was new.',
      'Midwives and nurses assist doctors. He realized that he was late.',
      'Both sides reached a compromise with the unions. The compromise was signed.',
      'The exit polls showed a close race. Use the emergency exit.',
      'He was accused of trying to molest a child.',
      'Housing is a sensible investment. The actual figures were higher.',
    ];
    for (const text of clean) expect(flagged(es(text)), text).toEqual([]);
  });
});
