import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/bilingual/numbers.ts';
import { described, runBilingual, xliff } from './helpers.ts';

const run = (tsv: string) => described(runBilingual(rule, tsv));

describe('bilingual/numbers', () => {
  it('reports a changed number on the target number, with the source number written the English way', () => {
    const r = runBilingual(rule, 'Mehr als 1.000 Menschen kamen.\tMore than 100 people came.');
    expect(described(r)).toEqual(['100 | the source has "1.000" where the target has "100" → 1,000']);
    expect(r.findings[0]!.range.start).toEqual({ offset: 41, line: 1, column: 42 });
    expect(r.findings[0]!.confidence).toBe(0.8);
    expect(r.findings[0]!.fix).toBeUndefined();
  });

  it('reports numbers the target lacks on the whole target', () => {
    expect(run('Die Inflation lag bei 3,5 Prozent im Jahr 2024.\tInflation was high.')).toEqual([
      'Inflation was high. | the source has the numbers "3,5" and "2024", which the target lacks',
    ]);
    expect(run('Es gab 12 Tote.\tThere were deaths.')).toEqual(['There were deaths. | the source has the number "12", which the target lacks']);
  });

  it('treats locale formats of the same number as equal', () => {
    expect(run('1.000 Menschen, 3,5 Prozent, 40 000 Euro, 1.234,5 km\t1,000 people, 3.5 percent, 40,000 euros, 1,234.5 km')).toEqual([]);
    expect(run('2 000 Fälle\t2000 cases')).toEqual([]);
    expect(run('um 14:30 Uhr\tat 2:30 pm')).toEqual([]);
    expect(run('am 5.3.2024\ton March 5, 2024')).toEqual([]);
    expect(run('3,50 Euro\t3.5 euros')).toEqual([]);
  });

  it('accepts small numbers spelled out, and a numeric month as its name', () => {
    expect(run('Sie hat 3 Kinder.\tShe has three children.')).toEqual([]);
    expect(run('am 5.3.2024\ton 5 May 2024')).toEqual(['on 5 May 2024 | the source has the number "3", which the target lacks']);
    expect(run('am 4.3.2025 (3)\ton March 4, 2025 (3)')).toEqual([]);
    expect(run('am 4.3.2025 (3)\ton April 4, 2025 (3)')).toEqual(['on April 4, 2025 (3) | the source has the number "3", which the target lacks']);
  });

  it('ignores numbers inside placeholders and tags, and extra numbers in the target', () => {
    expect(run('Hallo {user2}, <b id="7">Willkommen</b>\tHello {user2}, <b id="7">welcome</b>')).toEqual([]);
    expect(run('drei Tage\t3 days')).toEqual([]);
    expect(run('Hallo {0}\tHello')).toEqual([]);
  });

  it('reads XLIFF, ignoring numbers in inline codes and entity references', () => {
    const r = runBilingual(rule, xliff('Seite <x id="1"/>5&#160;von 10', 'Page <x id="1"/>5 of 11'), { format: 'xliff' });
    expect(described(r)).toEqual(['11 | the source has "10" where the target has "11" → 10']);
  });

  it('does nothing for units without numbers, empty targets, or documents without units', () => {
    expect(run('Guten Tag\tGood day')).toEqual([]);
    expect(run('Es gab 12 Tote.\t')).toEqual([]);
  });

  it('documents examples that it flags', () => {
    for (const ex of rule.meta.examples) {
      const r = runBilingual(rule, ex.text);
      expect(r.findings.map((f) => f.text)).toContain(ex.flagged);
      if (ex.suggestion) expect(r.findings.find((f) => f.text === ex.flagged)?.suggestions[0]?.text).toBe(ex.suggestion);
    }
  });
});
