import rule from '../../../src/rules/glossary/near-miss.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'Keir Starmer', category: 'person' }, { term: 'Saddam Haftar', category: 'person' }];

export default {
  rule,
  glossary,
  valid: [
    'British Prime Minister Keir Starmer said.',
    'Saddam Haftar arrived.',
    'The keen starter pistol fired.',
  ],
  invalid: [
    { text: 'British Prime Minister Keir Starrer said.', errors: [{ flagged: 'Keir Starrer', message: '"Keir Starrer" looks like a misspelling of "Keir Starmer"', suggestion: 'Keir Starmer' }], output: null },
  ],
} satisfies RuleTable;
