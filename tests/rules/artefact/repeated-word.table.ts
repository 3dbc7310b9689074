import rule from '../../../src/rules/artefact/repeated-word.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    'He said that that was wrong.',
    'They had had enough.',
  ],
  invalid: [
    { text: 'Nobody got everything, but the the result is fair.', errors: [{ flagged: 'the the', message: '"the" is repeated: remove one copy', suggestion: 'the' }], output: 'Nobody got everything, but the result is fair.' },
    { text: 'French winegrowers are are particularly worried.', errors: [{ flagged: 'are are', message: '"are" is repeated: remove one copy', suggestion: 'are' }], output: 'French winegrowers are particularly worried.' },
  ],
} satisfies RuleTable;
