import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/calque/de.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

const de = (text: string) => runRule(rule, text, { sourceLang: 'de' });

describe('calque/de', () => {
  it('flags the calques of the seed article with exact offsets', () => {
    const text = 'President Donald Trump signed an executive regulation in January. Trump officers also hope to deport migrants with criminal register.';
    const run = de(text);
    expect(flagged(run)).toEqual(['executive regulation → executive order', 'officers → officials', 'criminal register → criminal record']);
    const f = run.findings[0]!;
    expect([f.range.start.offset, f.range.end.offset]).toEqual([33, 53]);
    expect(f.confidence).toBe(0.8);
    expect(f.fix?.text).toBe('executive order');
    expect(run.findings[1]!.fix).toBeUndefined();
  });

  it('flags context-dependent false friends in their context', () => {
    expect(flagged(de('They documented allegations of forced labor, strikes, rape and torture.'))).toEqual(['strikes → beatings']);
    expect(flagged(de('Ukraine urgently needed to become more Patriot systems.'))).toEqual(['become → get']);
    expect(flagged(de('The Finance Ministry is actual looking for a successor.'))).toEqual(['actual → currently']);
    expect(flagged(de('Cuts would eventually be necessary if revenues fell short.'))).toEqual(['eventually → possibly']);
    expect(de('Cuts would eventually be necessary if revenues fell short.').findings[0]!.confidence).toBe(0.5);
  });

  it.each([
    ['CNN turned to the Foreign Ministry and a representative of the general.', [[4, 13, 'turned to → reached out to']]],
    ['Reporters turned to the spokesman for comment.', [[10, 19, 'turned to → reached out to']]],
    ['The plan was approved, after several sources familiar with the talks.', [[23, 28, 'after → according to']]],
    ['Manfred Weber leads the largest group in the EU Parliament.', [[45, 58, 'EU Parliament → European Parliament']]],
    ['Bosch hopes for a debate with Federal Chancellor Olaf Scholz.', [[30, 48, 'Federal Chancellor → Chancellor']]],
    // correct English with the same words
    ['She turned to face the reporters from CNN.', []],
    ['CNN said so. He turned to the Bible for comfort.', []],
    ['The museum closed after several sources of funding dried up.', []],
    ['Austria’s Federal Chancellor Karl Nehammer met the press.', []],
  ] as const)('seed gaps: %s', (text, flags) => {
    const run = de(text);
    expect(run.findings.map((f) => [f.range.start.offset, f.range.end.offset, flagged({ findings: [f], dropped: [] })[0]])).toEqual(flags);
  });

  it('runs a hedged entry only when the source language is known', () => {
    const text = 'Weapons the United States refused to supply would eventually reach Ukraine if the allies agreed.';
    expect(flagged(runRule(rule, text))).toEqual([]);
    expect(flagged(de(text))).toEqual(['eventually → possibly']);
    // an entry that asks for supporting words still runs without it
    expect(flagged(runRule(rule, 'President Donald Trump signed an executive regulation in January.'))).toEqual(['executive regulation → executive order']);
  });

  it('leaves correct English uses of the same words alone', () => {
    const clean = [
      'Police officers and army officers arrested two men. ICE officers carried out raids.',
      'The officers of the company met on Monday. Trump met officers of the Army.',
      'Eventually, after years of talks, they agreed. The coalition had eventually found a compromise.',
      'The actual cost was higher than the estimate. The actual situation on the ground was different.',
      'Air strikes hit the city. Workers went on strike. Military strikes against boats continued.',
      'A spare battery would come in handy. It is a handy tool. She became a doctor and a permit holder.',
      'The chef of the restaurant cooked for the president. It was a sensible balance and a sensible solution.',
      'Only a fraction of the party voted for it. He has lived there since 2019, since two years ago.',
      'What is the meaning of this? The Trump administration signed the regulation.',
    ];
    for (const text of clean) expect(flagged(de(text)), text).toEqual([]);
  });
});
