import rule from '../../../src/rules/source/untranslated.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { originalLang: 'de' },
  valid: [
    { text: 'The government and the opposition agreed.', source: 'Die Regierung und die Opposition stimmten zu.' },
    { text: 'Florian von Brunn spoke at the Schlossplatz.', source: 'Florian von Brunn sprach auf dem Schlossplatz.', name: 'a particle in a name, a place name kept' },
    { text: 'The Bundesliga starts in August.', source: 'Die Bundesliga beginnt im August.' },
  ],
  invalid: [
    {
      text: 'The government und the opposition agreed.',
      source: 'Die Regierung und die Opposition stimmten zu.',
      errors: [{ flagged: 'und', message: '"und" is a word of the original (de) left untranslated' }],
    },
    {
      text: 'The doctor said: проблемы со сном часто возникают.',
      source: 'Врач сказала: проблемы со сном часто возникают.',
      originalLang: 'ru',
      errors: [{ flagged: 'проблемы со сном часто возникают', message: '"проблемы со сном часто возникают" are words of the original (ru) left untranslated' }],
    },
  ],
} satisfies RuleTable;
