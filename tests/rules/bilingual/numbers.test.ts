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

  it.each([
    // times: "14.30 Uhr" is hour and minutes, in 24-hour or 12-hour form
    ['Der Zug fährt um 14.30 Uhr ab.\tThe train leaves at 2:30 p.m.', []],
    ['Der Zug fährt um 14.30 Uhr ab.\tThe train leaves at 14:30.', []],
    ['Beginn ist 9.15 h.\tIt starts at 9.15 am.', []],
    ['Der Zug fährt um 14.30 Uhr ab.\tThe train leaves at 3:30 p.m.', ['3 | the source has "14" where the target has "3" → 14']],
    // dates: day and month with their periods
    ['Das Spiel ist am 16.3. in Berlin.\tThe game is on March 16 in Berlin.', []],
    ['Vom 1.12. bis 24.12. geöffnet\tOpen from December 1 to December 24', []],
    ['Das Spiel ist am 16.3. in Berlin.\tThe game is on April 16 in Berlin.', ['The game is on April 16 in Berlin. | the source has the number "3", which the target lacks']],
    // dimensions: the number after the "x"
    ['Maße: 30 mm x 15,5 mm\tSize: 30mm x15.5mm', []],
    ['Format 30x40 cm\tformat 30 x 40 cm', []],
    ['Maße: 30 mm x 15,5 mm\tSize: 30mm x16.5mm', ['16.5 | the source has "15,5" where the target has "16.5" → 15.5']],
    // UI mnemonics: an underscore before a digit marks its access key
    ['Stufe _1 wählen\tChoose level _1', []],
    ['_1 Stunde\t1 _hour', []],
    ['1 _Stunde\t_2 hours', ['2 | the source has "1" where the target has "2" → 1']],
    // an identifier's underscore is no mnemonic
    ['Datei file_1 öffnen\tOpen the file', []],
    // scale words on either side
    ['Более 20 тысяч человек пришли.\tMore than 20,000 people came.', []],
    ['Es kostet 2,5 Mio. Euro.\tIt costs 2.5 million euros.', []],
    ['Es kostet 2,5 Mio. Euro.\tIt costs 2,500,000 euros.', []],
    ['Es kostet 2,5 Mio. Euro.\tIt costs 3.5 million euros.', ['3.5 | the source has "2,5" where the target has "3.5" → 2.5']],
    ['コース: 月5万円(税抜)\tPlan: 50,000 yen a month', []],
    ['掲載店舗1,000件以上！\tOver 1,000 salons listed!', []],
    ['2月9日、福井県\tFebruary 9, Fukui Prefecture', []],
    // a 12-hour time and its hour as written
    ['о 9-й вечора\tat 9 pm', []],
    // digits grouped differently, and two-digit years written in full
    ['Факс: +7 (495) 229 62 01\tFax +7 (495) 229-6201', []],
    ['в стиле 70-х\tin the style of the 1970s', []],
    ['Факс: +7 (495) 229 62 01\tFax +7 (495) 229-6202', [
      'Fax +7 (495) 229-6202 | the source has the number "01", which the target lacks',
      '6202 | the source has "62" where the target has "6202" → 62',
    ]],
  ] as const)('reads times, dates, dimensions and mnemonics: %s', (tsv, expected) => {
    expect(run(tsv)).toEqual(expected);
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

  it.each([
    // a reference inside a number is the character it stands for: a thousands separator, a decimal comma
    ['Plus de 4&#160;000 personnes.', 'More than 4,000 people.', []],
    ['Il a 1&#44;5 million.', 'He has 1.5 million.', []],
    ['Plus de 4 000 personnes.', 'More than 4&#160;000 people.', []],
    ['Plus de 4&#x202F;000 personnes.', 'More than 4&#8239;000 people.', []],
    ['Der Preis: 12&#46;50 Euro.', 'The price: 12.50 euros.', []],
    // a changed number written with a reference is flagged whole, its range the reference included
    ['Plus de 4&#160;000 personnes.', 'More than 4&#160;500 people.', ['4&#160;500 | the source has "4\u00a0000" where the target has "4\u00a0500" → 4,000']],
    ['Plus de 4 000 personnes.', 'More than 4&#44;500 people.', ['4&#44;500 | the source has "4 000" where the target has "4,500" → 4,000']],
    // a line break written as a reference still parts the digits
    ['Plus de 4&#10;000 personnes.', 'More than 4,000 people.', ['More than 4,000 people. | the source has the number "000", which the target lacks', '4,000 | the source has "4" where the target has "4,000" → 4']],
  ])('XLIFF %j / %j', (source, target, expected) => {
    expect(described(runBilingual(rule, xliff(source, target), { format: 'xliff' }))).toEqual(expected);
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
