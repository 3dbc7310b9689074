import rule from '../../../src/rules/source/names.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { originalLang: 'de' },
  valid: [
    { text: 'Keir Starmer met Paul Kagame in Kigali.', source: 'Keir Starmer traf Paul Kagame in Kigali.' },
    { text: "Starmer's visit to Kigali was short.", source: 'Starmers Besuch in Kigali war kurz.' },
    { text: 'President Zelensky spoke in Kyiv.', source: 'Präsident Selenskyj sprach in Kiew.' },
    { text: 'Zelensky spoke in Brussels.', source: 'Зеленский выступил в Брюсселе.', originalLang: 'ru' },
    { text: 'Keir Starrer arrived.', name: 'no original, no finding' },
    { text: 'Douglas Adams wrote it. Adams lived in London.', source: 'Douglas Adams schrieb es. Adams lebte in London.', name: 'names ending in s' },
  ],
  invalid: [
    {
      text: 'The British Prime Minister Keir Starrer arrived in Kigali.',
      source: 'Der britische Premierminister Keir Starmer traf in Kigali ein.',
      errors: [{ flagged: 'Starrer', message: 'the original has "Starmer" here; "Starrer" may be a misspelling of it', suggestion: 'Starmer' }],
    },
    {
      text: 'The person was Omar Abdulattar Ameen, a refugee.',
      source: 'Die Person war Omar Abdulsattar Ameen, ein Flüchtling.',
      errors: [{ flagged: 'Abdulattar', message: 'the original has "Abdulsattar" here; "Abdulattar" may be a misspelling of it', suggestion: 'Abdulsattar' }],
    },
    {
      text: 'Angela Merkel was chancellor. Angela Merkels policy changed a lot.',
      source: 'Angela Merkel war Kanzlerin. Angela Merkels Politik änderte vieles.',
      errors: [{ flagged: 'Merkels', message: '"Merkels" is the German genitive of "Merkel", copied from the original; English writes "Merkel\'s"', suggestion: "Merkel's" }],
    },
    {
      text: 'Xi Jinpeng met Macron in Beijing.',
      source: '习近平在北京会见了马克龙。',
      originalLang: 'zh',
      errors: [{ flagged: 'Jinpeng', message: 'the original reads "Jinping" here in pinyin; "Jinpeng" may be a misspelling of it', suggestion: 'Jinping' }],
    },
  ],
} satisfies RuleTable;
