import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/glossary/variant.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

const glossary = [
  { term: 'Keir Starmer', variants: ['Keir Starrer', 'Starmer'], category: 'person' },
  { term: 'Vladimir Putin', variants: ['Wladimir Putin'], category: 'person' },
  { term: 'executive order', variants: ['executive regulation'] },
  { term: 'CNN', variants: ['Cnn'], caseSensitive: true },
  { term: 'Volodymyr Zelensky', variants: ['/Wolodymyr Selenskyj?/'], category: 'person' },
];

describe('glossary/variant', () => {
  it('flags a literal variant with the preferred term and exact offsets', () => {
    const text = 'Then Wladimir Putin spoke.';
    const run = runRule(rule, text, { glossary });
    expect(flagged(run)).toEqual(['Wladimir Putin → Vladimir Putin']);
    const f = run.findings[0]!;
    expect(f.range.start).toEqual({ offset: 5, line: 1, column: 6 });
    expect(f.range.end.offset).toBe(19);
    expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
    expect(f.fix).toEqual({ start: 5, end: 19, text: 'Vladimir Putin' });
    expect(f.entry?.term).toBe('Vladimir Putin');
  });

  it('keeps possessive and plural endings and sentence-initial capitals', () => {
    expect(flagged(runRule(rule, "Keir Starrer's plan.", { glossary }))).toEqual(['Keir Starrer → Keir Starmer']);
    expect(flagged(runRule(rule, 'Executive regulations were signed.', { glossary }))).toEqual(['Executive regulations → Executive orders']);
    expect(flagged(runRule(rule, 'He signed an executive regulation.', { glossary }))).toEqual(['executive regulation → executive order']);
  });

  it('matches regular-expression variants and case-sensitive entries', () => {
    expect(flagged(runRule(rule, 'Wolodymyr Selenskyj met Wolodymyr Selensky.', { glossary }))).toEqual([
      'Wolodymyr Selenskyj → Volodymyr Zelensky',
      'Wolodymyr Selensky → Volodymyr Zelensky',
    ]);
    expect(flagged(runRule(rule, 'Cnn reported; CNN reported.', { glossary }))).toEqual(['Cnn → CNN']);
  });

  it('never fires on text that is already correct', () => {
    const run = runRule(rule, 'Keir Starmer and Vladimir Putin signed an executive order. CNN said so.', { glossary });
    expect(run.findings).toEqual([]);
    expect(run.dropped.map((d) => d.text)).toEqual(['Starmer']);
  });

  it('flags a variant contained in the term only where the term is absent', () => {
    expect(flagged(runRule(rule, 'Starmer said.', { glossary }))).toEqual(['Starmer → Keir Starmer']);
  });

  it('requires the same spacing as the pattern', () => {
    expect(runRule(rule, 'Wladimir-Putin', { glossary }).findings).toEqual([]);
  });

  it('resolves overlapping variants: the longest wins and the loser is reported as dropped', () => {
    const g = [
      { term: 'State Department', variants: ['Foreign Ministry'] },
      { term: 'Russian Foreign Ministry', variants: ['Russian Foreign Ministery'] },
      { term: 'US Foreign Ministry office', variants: ['US Foreign'] },
    ];
    const run = runRule(rule, 'The US Foreign Ministry spoke.', { glossary: g });
    expect(flagged(run)).toEqual(['Foreign Ministry → State Department']);
    expect(run.dropped.map((d) => d.text)).toEqual(['US Foreign']);
  });

  it('honours fix modes: suggest is not auto-applied, warn offers no replacement', () => {
    const g = [
      { term: 'beatings', variants: ['strikes'], fix: 'suggest' },
      { term: 'asylum', variants: ['asyl'], fix: 'warn' },
    ];
    const run = runRule(rule, 'strikes and asyl', { glossary: g });
    expect(run.findings.map((f) => [f.text, f.suggestions.length, Boolean(f.fix)])).toEqual([
      ['strikes', 1, false],
      ['asyl', 0, false],
    ]);
  });

  it('fires only when the context condition holds', () => {
    const g = [{ term: 'beatings', variants: ['strikes'], context: { anyOf: ['torture', 'rape'], window: 6 } }];
    expect(flagged(runRule(rule, 'forced labor, strikes, rape and torture', { glossary: g }))).toEqual(['strikes → beatings']);
    expect(runRule(rule, 'Air strikes hit the town on Monday, officials said.', { glossary: g }).findings).toEqual([]);
  });

  it('documents an example that it flags', () => {
    for (const ex of rule.meta.examples) {
      const run = runRule(rule, ex.text, { glossary });
      expect(run.findings.map((f) => f.text)).toContain(ex.flagged);
    }
  });
});
