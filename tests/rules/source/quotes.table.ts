import rule from '../../../src/rules/source/quotes.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { originalLang: 'de' },
  valid: [
    { text: 'He said: "We are not coming." Then he left.', source: 'Er sagte: „Wir kommen nicht.“ Dann ging er.' },
    { text: 'He said: "We are not" — and then: "coming." Then he left.', source: 'Er sagte: „Wir kommen nicht.“ Dann ging er.', name: 'a quotation split in two' },
    { text: 'The film The Fifth Element ran for years.', source: 'Фильм «Пятый элемент» шёл много лет.', originalLang: 'ru', name: 'Russian «…» marks titles: not counted' },
  ],
  invalid: [
    {
      text: 'He said we were not coming. Then he left.',
      source: 'Er sagte: „Wir kommen nicht.“ Dann ging er.',
      errors: [{ flagged: 'He said we were not coming.', message: 'the original quotes here (one quotation); this sentence of the translation does not' }],
    },
  ],
} satisfies RuleTable;
