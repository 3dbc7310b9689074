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
    // a name that looks like a title, after the right title; two different titles are not one
    { name: 'a right title before a name that looks like a mangled one', text: 'Gen. Gens said so.' },
    { name: 'two different English titles in a row', text: 'Gen. Sen. Saddam Haftar spoke.' },
    { name: 'forms of one rank before a quoted name: which word is the name is unclear', text: 'The Gens Gens "Haftar" spoke.' },
  ],
  invalid: [
    { text: 'a representative of the Libyan Gens Saddam Haftar, who was', errors: [{ flagged: 'Gens Saddam Haftar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'a representative of the Libyan Gen. Saddam Haftar, who was' },
    { text: 'the Libyan Gens Gens Saddam Haftar, who was', errors: [{ flagged: 'Gens Gens Saddam Haftar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'the Libyan Gen. Saddam Haftar, who was' },
    { text: 'the Libyan Gen. Gens Saddam Haftar, who was', errors: [{ flagged: 'Gen. Gens Saddam Haftar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'the Libyan Gen. Saddam Haftar, who was' },
    { text: 'the Libyan Gens\nGens Saddam Haftar, who was', errors: [{ flagged: 'Gens Saddam Haftar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'the Libyan Gens\nGen. Saddam Haftar, who was' },
    { name: 'a mangled title with its period, then without', text: 'Gens. Gens Saddam Haftar spoke.', errors: [{ flagged: 'Gens. Gens Saddam Haftar', message: '"Gens." is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'Gen. Saddam Haftar spoke.' },
    { name: 'two mangled forms of one rank', text: 'Then Gral Gens Saddam Haftar spoke.', errors: [{ flagged: 'Gral Gens Saddam Haftar', message: '"Gral" is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'Then Gen. Saddam Haftar spoke.' },
    { name: 'the British title, then a mangled one with a period', text: 'Then Gen Gens. Saddam Haftar spoke.', errors: [{ flagged: 'Gen Gens. Saddam Haftar', message: '"Gens." is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }], output: 'Then Gen. Saddam Haftar spoke.' },
    { name: 'a mangled title, then the right one, before another name', text: 'Gral Gen. Juan Pérez spoke.', errors: [{ flagged: 'Gral Gen. Juan Pérez', message: '"Gral" is not an English title: write "Gen." before the name', suggestion: 'Gen. Juan Pérez' }], output: 'Gen. Juan Pérez spoke.' },
    { name: 'three forms of one rank', text: 'Gens Gens. Gral Juan Pérez spoke.', errors: [{ flagged: 'Gens Gens. Gral Juan Pérez', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Juan Pérez' }], output: 'Gen. Juan Pérez spoke.' },
    { name: 'the second form is the name when no name follows it', text: 'Then Gral Gens spoke.', errors: [{ flagged: 'Gral Gens', message: '"Gral" is not an English title: write "Gen." before the name', suggestion: 'Gen. Gens' }], output: 'Then Gen. Gens spoke.' },
    { name: 'a name ends at the line', text: 'Gral Juan\nPérez spoke.', errors: [{ flagged: 'Gral Juan', message: '"Gral" is not an English title: write "Gen." before the name', suggestion: 'Gen. Juan' }], output: 'Gen. Juan\nPérez spoke.' },
    { text: 'Gne. Saddam Haftar arrived.', errors: [{ flagged: 'Gne. Saddam Haftar', message: '"Gne." is not an English title: write "Gen." before the name', suggestion: 'Gen. Saddam Haftar' }] },
    { text: 'Gral. Juan Pérez spoke, and Oberst Klaus Weber.', errors: [{ flagged: 'Gral. Juan Pérez', message: '"Gral." is not an English title: write "Gen." before the name', suggestion: 'Gen. Juan Pérez' }, { flagged: 'Oberst Klaus Weber', message: '"Oberst" is not an English title: write "Col." before the name', suggestion: 'Col. Klaus Weber' }], output: 'Gen. Juan Pérez spoke, and Col. Klaus Weber.' },
    { text: 'Oberst Klaus Weber and Hr. Müller met.', glossary: names, errors: [{ flagged: 'Oberst Klaus Weber', message: '"Oberst" is not an English title: write "Col." before the name', suggestion: 'Col. Klaus Weber' }, { flagged: 'Hr. Müller', message: '"Hr." is not an English title: write "Mr." before the name', suggestion: 'Mr. Müller' }], output: 'Col. Klaus Weber and Mr. Müller met.' },
    { text: 'Mme Dupont arrived.', name: 'Mme Dupont arrived. (from fr)', sourceLang: 'fr', glossary: names, errors: [{ flagged: 'Mme Dupont', message: '"Mme" is not an English title: write "Ms." before the name', suggestion: 'Ms. Dupont' }], output: 'Ms. Dupont arrived.' },
    { text: 'M. Macron spoke.', name: 'M. Macron spoke. (from fr)', sourceLang: 'fr', glossary: names, errors: [{ flagged: 'M. Macron', message: '"M." is not an English title: write "Mr." before the name', suggestion: 'Mr. Macron' }], output: 'Mr. Macron spoke.' },
    // in a marked-up file the suggestion holds the name's words, never the prose view's padding of an entity
    // or a tag, and the range ends where markup stands in the name
    { text: '<p>Then &nbsp;Gens&nbsp;Omar Idris &#x4b;ane spoke.</p>', format: 'html', glossary: names, errors: [{ flagged: 'Gens&nbsp;Omar Idris &#x4b;ane', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Omar Idris Kane' }] },
    { text: '<p>Then Gens Omar Id&#x72;is spoke.</p>', format: 'html', glossary: names, errors: [{ flagged: 'Gens Omar Id&#x72;is', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Omar Idris' }] },
    { text: '<p>Then Gens Omar <i>Idris</i> spoke.</p>', format: 'html', glossary: names, errors: [{ flagged: 'Gens Omar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Omar' }], output: '<p>Then Gen. Omar <i>Idris</i> spoke.</p>' },
    { text: 'Then Gens Omar *Idris* spoke.\n', format: 'markdown', glossary: names, errors: [{ flagged: 'Gens Omar', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen. Omar' }], output: 'Then Gen. Omar *Idris* spoke.\n' },
    // markup between the title and the name: the title alone is replaced, inside its tags
    { text: '<p>The envoy met <b>Gens</b> Omar Idris.</p>', format: 'html', glossary: names, errors: [{ flagged: 'Gens', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen.' }], output: '<p>The envoy met <b>Gen.</b> Omar Idris.</p>' },
    { text: 'The envoy met **Gens** Omar Idris.\n', format: 'markdown', glossary: names, errors: [{ flagged: 'Gens', message: '"Gens" is not an English title: write "Gen." before the name', suggestion: 'Gen.' }], output: 'The envoy met **Gen.** Omar Idris.\n' },
  ],
} satisfies RuleTable;
