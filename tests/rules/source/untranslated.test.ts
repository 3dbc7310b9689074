import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/source/untranslated.ts';
import { runWithSource } from './helpers.ts';

describe('source/untranslated', () => {
  it('reports a run of words left in the original language as one finding', () => {
    const r = runWithSource('source/untranslated', 'Врач сказала: проблемы со сном часто возникают.', 'The doctor said: проблемы со сном часто возникают.', 'ru');
    expect(r.findings.map((f) => f.text)).toEqual(['проблемы со сном часто возникают']);
  });

  it('leaves names, English words and particles alone', () => {
    const r = runWithSource('source/untranslated', 'Florian von Brunn sprach über die Bundesliga und Tennis.', 'Florian von Brunn spoke about the Bundesliga and tennis.', 'de');
    expect(r.findings).toEqual([]);
  });

  it('has examples that the rule flags', () => {
    for (const ex of rule.meta.examples) expect(runWithSource('source/untranslated', ex.source!, ex.text, 'de').findings.map((f) => f.text)).toEqual([ex.flagged]);
  });
});
