import rule from '../../../src/rules/title/abbreviation.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'Saddam Haftar', category: 'person', titles: ['Gen.'] }, { term: 'Khalifa Haftar', category: 'person', titles: ['Field Marshal'] }];

export default {
  rule,
  glossary,
  valid: [
    'Gen. Saddam Haftar and General Saddam Haftar met.',
    'The Roman gens was a clan.',
    'Field Marshal Khalifa Haftar spoke.',
    'Dr Smith and Mr. Jones met.',
  ],
  invalid: [
    { text: 'a representative of the Libyan Gens Saddam Haftar, who was', errors: [{ flagged: 'Gens Saddam Haftar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'a representative of the Libyan Gen. Saddam Haftar, who was' },
    { text: 'Gne. Saddam Haftar arrived.', errors: [{ flagged: 'Gne. Saddam Haftar', message: '"Gne." is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }] },
    { text: 'Gral. Juan Pérez spoke, and Oberst Klaus Weber.', errors: [{ flagged: 'Gral. Juan Pérez', message: '"Gral." is not an English title: write "Gen." before the name', suggestion: 'Gen. Juan Pérez' }, { flagged: 'Oberst Klaus Weber', message: '"Oberst" is not an English title: write "Col." before the name', suggestion: 'Col. Klaus Weber' }], output: 'Gen. Juan Pérez spoke, and Col. Klaus Weber.' },
  ],
} satisfies RuleTable;
