import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/consistency/entity.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

describe('consistency/entity', () => {
  it('flags the minority spelling of a name, with offsets, and no glossary', () => {
    const text = 'Saddam Haftar met officials. Haftar is a son of Khalifa Haftar. Analysts say Saddam Hafter is his successor.';
    const run = runRule(rule, text);
    expect(flagged(run)).toEqual(['Saddam Hafter → Saddam Haftar']);
    const f = run.findings[0]!;
    expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe('Saddam Hafter');
    expect(f.range.start.offset).toBe(text.lastIndexOf('Saddam Hafter'));
    expect(f.confidence).toBe(0.7);
  });

  it('finds the name at the end of a longer run of capitalised words', () => {
    expect(flagged(runRule(rule, 'Prime Minister Keir Starmer spoke. Later, British Prime Minister Keir Starrer left. Keir Starmer returned.'))).toEqual([
      'Keir Starrer → Keir Starmer',
    ]);
  });

  it('on a tie suggests the glossary term, with low confidence; with no glossary term a tie is not flagged', () => {
    const text = 'Yesterday Keir Starrer spoke, and today Keir Starmer spoke.';
    const g = runRule(rule, text, { glossary: [{ term: 'Keir Starmer', category: 'person' }] });
    expect(flagged(g)).toEqual(['Keir Starrer → Keir Starmer']);
    expect(g.findings[0]!.confidence).toBe(0.4);
    expect(flagged(runRule(rule, text))).toEqual([]);
  });

  it('never flags the glossary form, even when it is the minority', () => {
    const text = 'Then Saddam Hafter spoke. Saddam Hafter left. Hafter said so. Saddam Haftar arrived.';
    expect(flagged(runRule(rule, text, { glossary: [{ term: 'Saddam Haftar', category: 'person' }] }))).toEqual([
      'Saddam Hafter → Saddam Haftar',
      'Saddam Hafter → Saddam Haftar',
    ]);
  });

  it('leaves different people and partial names alone', () => {
    const texts = [
      'Then John Smith met John Smyth and Gary Morgan met Gary Morton.',
      'Then Maria Lopez met Mario Lopez in Madrid.',
      'Keir Starmer said so. Starmer left. Mr Starmer returned.',
      'Then Adam Kowalczyk met Adam Kowalczak. Adam Kowalczyk and Adam Kowalczak spoke again.',
      'The West Texas delegation met the West Texan. Central Africa and Central African leaders met.',
      'Senator Joe Biden met Senator Joe Bidens.',
    ];
    for (const text of texts) expect(flagged(runRule(rule, text)), text).toEqual([]);
  });

  it('passes each meta example', () => {
    for (const ex of rule.meta.examples) expect(flagged(runRule(rule, ex.text))).toContain(`${ex.flagged} → ${ex.suggestion}`);
  });
});
