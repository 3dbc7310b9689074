import rule from '../../../src/rules/source/missing.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { originalLang: 'de' },
  valid: [
    { text: 'There were 12 deaths in the accident.', source: 'Bei dem Unglück gab es 12 Tote.' },
    { text: 'The nature conservation union plants flowers.', source: 'Der Nabu pflanzt Blumen.', name: 'a name translated everywhere' },
    { text: 'Keir Starrer travelled to Kigali.', source: 'Keir Starmer reiste nach Kigali.', name: 'a misspelled name is left to source/names' },
  ],
  invalid: [
    {
      text: 'There were deaths in the accident. The police are investigating.',
      source: 'Bei dem Unglück gab es 12 Tote. Die Polizei ermittelt.',
      errors: [{ flagged: 'There were deaths in the accident.', message: 'the original has "12", which this sentence of the translation lacks' }],
    },
    {
      text: 'Keir Starmer left. Then Keir spoke with Paul Kagame.',
      source: 'Keir Starmer reiste ab. Danach sprach Keir Starmer mit Paul Kagame.',
      errors: [{ flagged: 'Then Keir spoke with Paul Kagame.', message: 'the original has "Starmer", which this sentence of the translation lacks' }],
    },
  ],
} satisfies RuleTable;
