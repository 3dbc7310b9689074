import rule from '../../../src/rules/bilingual/numbers.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { format: 'tsv' },
  valid: [
    "Mehr als 1.000 Menschen demonstrierten.\tMore than 1,000 people demonstrated.",
    "Die Inflation lag bei 3,5 Prozent.\tInflation was 3.5 percent.",
    { name: 'numbers in another order, one of them twice', text: "Am 5.3.2024 von 12 auf 30 und wieder auf 12\tFrom 12 to 30 and back to 12 on March 5, 2024" },
    { name: 'a scaled number, an hour and a two-digit year in another order', text: "In den 70ern kamen um 23 Uhr 2,5 Mio. Menschen\t2.5 million people came at 11 pm in the 1970s" },
    { name: 'a 12-hour time in the target, with and without periods', text: "Um 0 Uhr und um 9.30 Uhr\tAt 12 a.m. and at 9:30 am" },
    { name: 'German "am" after a number is "on", not the morning', text: "Sie stieg auf 12 am 5.3.2024, die Sitzung beginnt um 10 am Montag.\tIt rose to 12 on 5 March 2024; the meeting starts at 10 on Monday." },
  ],
  invalid: [
    { name: 'a morning hour changed', text: "Um 9 Uhr\tAt 8 am", errors: [{ flagged: '8', message: 'the source has "9" where the target has "8"', suggestion: '9' }] },
    { name: 'a number changed before German "am" (on): the suggestion is the number, not an hour', text: "Sie stieg auf 12 am 5.3.2024.\tIt rose to 13 on March 5, 2024.", errors: [{ flagged: '13', message: 'the source has "12" where the target has "13"', suggestion: '12' }] },
    { text: "Mehr als 1.000 Menschen demonstrierten.\tMore than 100 people demonstrated.", errors: [{ flagged: '100', message: 'the source has "1.000" where the target has "100"', suggestion: '1,000' }] },
    { text: "Die Inflation lag bei 3,5 Prozent.\tInflation was high.", errors: [{ flagged: 'Inflation was high.', message: 'the source has the number "3,5", which the target lacks' }] },
    { name: 'a number twice in the source, once in the target', text: "12 Tage und 12 Nächte, 30 Gäste\t12 days, 30 guests", errors: [{ flagged: '12 days, 30 guests', message: 'the source has the number "12", which the target lacks' }] },
    {
      name: 'two numbers changed: paired with the source\'s in the order of each side',
      text: "10, 20 und 30 Punkte\t30, 21 and 11 points",
      errors: [
        { flagged: '21', message: 'the source has "10" where the target has "21"', suggestion: '10' },
        { flagged: '11', message: 'the source has "20" where the target has "11"', suggestion: '20' },
      ],
    },
  ],
} satisfies RuleTable;
