import rule from '../../../src/rules/title/abbreviation.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'Saddam Haftar', category: 'person', titles: ['Gen.'] }, { term: 'Khalifa Haftar', category: 'person', titles: ['Field Marshal'] }];

const names = [{ term: 'Saddam Haftar', category: 'person', titles: ['Gen.'] }];

export default {
  rule,
  glossary,
  valid: [
    'Gen. Saddam Haftar and General Saddam Haftar met.',
    'The Roman gens was a clan.',
    'Field Marshal Khalifa Haftar spoke.',
    'Dr Smith and Mr. Jones met.',
    { text: 'M. Macron spoke.', glossary: names },
  ],
  invalid: [
    { text: 'a representative of the Libyan Gens Saddam Haftar, who was', errors: [{ flagged: 'Gens Saddam Haftar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'a representative of the Libyan Gen. Saddam Haftar, who was' },
    { text: 'the Libyan Gens Gens Saddam Haftar, who was', errors: [{ flagged: 'Gens Gens Saddam Haftar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'the Libyan Gen. Saddam Haftar, who was' },
    { text: 'the Libyan Gen. Gens Saddam Haftar, who was', errors: [{ flagged: 'Gen. Gens Saddam Haftar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'the Libyan Gen. Saddam Haftar, who was' },
    { text: 'the Libyan Gens\nGens Saddam Haftar, who was', errors: [{ flagged: 'Gens Saddam Haftar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'the Libyan Gens\nGen. Saddam Haftar, who was' },
    { text: 'Gne. Saddam Haftar arrived.', errors: [{ flagged: 'Gne. Saddam Haftar', message: '"Gne." is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }] },
    { text: 'Gral. Juan Pérez spoke, and Oberst Klaus Weber.', errors: [{ flagged: 'Gral. Juan Pérez', message: '"Gral." is not an English title: write "Gen." before the name', suggestion: 'Gen. Juan Pérez' }, { flagged: 'Oberst Klaus Weber', message: '"Oberst" is not an English title: write "Col." before the name', suggestion: 'Col. Klaus Weber' }], output: 'Gen. Juan Pérez spoke, and Col. Klaus Weber.' },
    { text: 'Oberst Klaus Weber and Hr. Müller met.', glossary: names, errors: [{ flagged: 'Oberst Klaus Weber', message: '"Oberst" is not an English title: write "Col." before the name', suggestion: 'Col. Klaus Weber' }, { flagged: 'Hr. Müller', message: '"Hr." is not an English title: write "Mr." before the name', suggestion: 'Mr. Müller' }], output: 'Col. Klaus Weber and Mr. Müller met.' },
    { text: 'Mme Dupont arrived.', glossary: names, errors: [{ flagged: 'Mme Dupont', message: '"Mme" is not an English title: write "Ms." before the name', suggestion: 'Ms. Dupont' }], output: 'Ms. Dupont arrived.' },
    { text: 'M. Macron spoke.', name: 'M. Macron spoke. (from fr)', sourceLang: 'fr', glossary: names, errors: [{ flagged: 'M. Macron', message: '"M." is not an English title: write "Mr." before the name', suggestion: 'Mr. Macron' }], output: 'Mr. Macron spoke.' },
  ],
} satisfies RuleTable;
