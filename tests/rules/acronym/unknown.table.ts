import rule from '../../../src/rules/acronym/unknown.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

const glossary = [{ term: 'US asylum system' }, { term: 'NATO', caseSensitive: true }];

export default {
  rule,
  glossary,
  valid: [
    'NATO members met in Brussels.',
    'The US asylum system is under strain.',
  ],
  invalid: [
    { text: 'to reduce the strain on the USL system and the migration', errors: [{ flagged: 'USL system', message: '"USL" is not a known acronym; the glossary term "US asylum system" fits "USL system"', suggestion: 'US asylum system' }] },
  ],
} satisfies RuleTable;
