import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/glossary/validity.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

const glossary = [
  { term: 'Rishi Sunak', category: 'person', titles: ['Prime Minister'], validUntil: '2024-07-05' },
  { term: 'Keir Starmer', category: 'person', titles: ['Prime Minister'], validFrom: '2024-07-05' },
];

describe('glossary/validity', () => {
  it('flags a title held no longer on the story date and suggests "former"', () => {
    const run = runRule(rule, 'British Prime Minister Rishi Sunak said on Monday.', { glossary, date: '2025-03-01' });
    expect(flagged(run)).toEqual(['Prime Minister Rishi Sunak → former Prime Minister Rishi Sunak']);
    expect(run.findings[0]!.message).toBe('Rishi Sunak was Prime Minister until 2024-07-05; the story is dated 2025-03-01');
    expect(run.findings[0]!.fix).toBeUndefined();
  });

  it('flags a title not yet held, without a suggestion', () => {
    const run = runRule(rule, 'Prime Minister Keir Starmer spoke.', { glossary, date: '2023-05-01' });
    expect(run.findings.map((f) => [f.text, f.suggestions.length])).toEqual([['Prime Minister Keir Starmer', 0]]);
  });

  it('is silent when the date is unknown, the title was valid, or the text says former', () => {
    expect(runRule(rule, 'Prime Minister Rishi Sunak said.', { glossary }).findings).toEqual([]);
    expect(runRule(rule, 'Prime Minister Rishi Sunak said.', { glossary, date: '2023-05-01' }).findings).toEqual([]);
    expect(runRule(rule, 'Former Prime Minister Rishi Sunak said.', { glossary, date: '2025-05-01' }).findings).toEqual([]);
    expect(runRule(rule, 'Rishi Sunak, who led the Conservatives, said.', { glossary, date: '2025-05-01' }).findings).toEqual([]);
  });

  it('documents an example that it flags', () => {
    for (const ex of rule.meta.examples) expect(flagged(runRule(rule, ex.text, { glossary, date: '2025-01-01' }))).toContain(`${ex.flagged} → ${ex.suggestion}`);
  });
});
