import rule from '../../../src/rules/consistency/entity.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    "Saddam Haftar met officials in Washington. Haftar's father controls the east. Saddam Haftar is seen as his successor.",
    'John Smith met Jane Smith.',
    { name: 'a surname alone close to another person\'s full name', text: 'Colin Powell spoke. Jerome Powel replied. Powell left.' },
    { name: 'the other spelling alone only once', text: 'Fed chairman Jerome Powel spoke. Later Powell left.' },
    { name: 'an English word alone', text: 'Mark Stoner spoke. Stones fell. Stones rolled.' },
    { name: 'two spellings once each, no glossary term: as often two people (two singers) as a slip', text: 'The line-up: Shlomi Shaban at eight. Later, Shlomi Shabat closed the night.' },
    { name: 'the other spelling is a given name', text: 'Vincenzo Natali filmed it. Natalia Ivanova and Natalia Smirnova starred. Natalia agreed.' },
  ],
  invalid: [
    {
      name: 'a full name once, the surname alone in another spelling more often',
      text: 'Fed chairman Jerome Powel spoke. Trump attacked Powell. Powell said nothing.',
      errors: [{ flagged: 'Jerome Powel', message: '"Jerome Powel" is written "Jerome Powell" elsewhere in this text (2 to 1)', suggestion: 'Jerome Powell' }],
    },
    {
      name: 'two spellings once each, one of them a glossary term: the other is flagged',
      text: 'Saddam Haftar met officials. Saddam Hafter left.',
      glossary: [{ term: 'Saddam Haftar', category: 'person' }],
      errors: [{ flagged: 'Saddam Hafter', message: '"Saddam Hafter" is written "Saddam Haftar" elsewhere in this text (1 to 1)', suggestion: 'Saddam Haftar' }],
    },
    { text: "Saddam Haftar met officials in Washington. Haftar's father controls the east. Saddam Hafter is seen as his successor.", errors: [{ flagged: 'Saddam Hafter', message: '"Saddam Hafter" is written "Saddam Haftar" elsewhere in this text (2 to 1)', suggestion: 'Saddam Haftar' }] },
  ],
} satisfies RuleTable;
