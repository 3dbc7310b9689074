import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/source/numbers.ts';
import { runWithSource } from './helpers.ts';

const run = (source: string, target: string, lang = 'de') => runWithSource('source/numbers', source, target, lang).described;

describe('source/numbers', () => {
  it('reports a changed number on the target number, with the original written the English way', () => {
    const target = 'More than 100 migrants arrived in Lampedusa.';
    const r = runWithSource('source/numbers', 'Mehr als 1.000 Migranten kamen auf Lampedusa an.', target, 'de');
    expect(r.described).toEqual(['100 | the original has "1.000" where the translation has "100" → 1,000']);
    expect(r.findings[0]!.range.start.offset).toBe(target.indexOf('100'));
    expect(r.findings[0]!.fix).toBeUndefined();
  });

  it.each([
    ['Mehr als 1.000 Migranten kamen an.', 'More than 1.000 migrants arrived.', '1.000', '1,000'],
    ['Die Inflation lag bei 3,5 Prozent.', 'Inflation stood at 3,5 percent.', '3,5', '3.5'],
    ['Das Treffen begann um 14.30 Uhr.', "The meeting began at 14.30 o'clock.", '14.30', '2:30 p.m.'],
    ['Es kostet 1.234,5 Euro.', 'It costs 1.234,5 euros.', '1.234,5', '1,234.5'],
  ])('reports a number left in the original format: %s → %s', (source, target, flagged, suggestion) => {
    expect(run(source, target)).toEqual([
      `${flagged} | "${flagged}" is written as the original's language writes it; in English it reads as another number → ${suggestion}`,
    ]);
  });

  it('offers the English form as a safe fix for a plain number left in German form', () => {
    const r = runWithSource('source/numbers', 'Mehr als 1.000 Migranten kamen an.', 'More than 1.000 migrants arrived.', 'de');
    expect(r.findings[0]!.fix?.text).toBe('1,000');
  });

  it.each([
    ['thousands and decimals', 'Mehr als 1.000 Menschen, 3,5 Prozent, 40 000 Euro.', 'More than 1,000 people, 3.5 percent, 40,000 euros.'],
    ['a time of day', 'Das Treffen begann um 14.30 Uhr.', 'The meeting began at 2:30 p.m.'],
    ['a 24-hour time', 'Das Treffen begann um 14.30 Uhr.', 'The meeting began at 14:30.'],
    ['a date with the month named', 'Am 16. März 2024 wurde gewählt.', 'The vote was on March 16, 2024.'],
    ['a numeric date', 'Am 16.03.2024 wurde gewählt.', 'The vote was on 16 March 2024.'],
    ['a scale word', 'Es kostete 1,5 Millionen Euro.', 'It cost 1.5 million euros.'],
    ['a scale written out', 'Es kostete 1,5 Millionen Euro.', 'It cost 1,500,000 euros.'],
    ['a number spelled out', 'Es wurden 62 Haftbefehle erlassen.', 'Sixty-two arrest warrants were issued.'],
    ['a number moved to the next sentence', 'Es kamen 12 Menschen. Sie blieben.', 'People came. All 12 stayed.'],
    ['a Russian decimal with a scale', 'Ущерб составил 2,5 млрд рублей.', 'The damage came to 2.5 billion rubles.', 'ru'],
    ['a Japanese era year', '令和4年に開業した。', 'It opened in 2022.', 'ja'],
  ])('accepts %s', (_what, source, target, lang = 'de') => {
    expect(run(source, target, lang)).toEqual([]);
  });

  it('has examples that the rule flags', () => {
    for (const ex of rule.meta.examples) {
      const found = runWithSource('source/numbers', ex.source!, ex.text, 'de').findings;
      expect(found.map((f) => f.text)).toEqual([ex.flagged]);
      expect(found[0]!.suggestions?.[0]?.text).toBe(ex.suggestion);
    }
  });

  it('takes a number glued to a Latin word in a Japanese original as written when the translation glues it too', () => {
    const missing = (target: string) => runWithSource('source/missing', '2023年の春に新しいiPhone14を家の近くの店で買いました。', target, 'ja').described;
    expect(missing('In the spring of 2023 I bought a new iPhone14 at a shop near my house.')).toEqual([]);
    expect(missing('In the spring of 2023 I bought a new iPhone 14 at a shop near my house.')).toEqual([]);
    expect(missing('In the spring of 2023 I bought a new iPhone at a shop near my house.')).toHaveLength(1);
  });
});
