import rule from '../../../src/rules/spelling/non-word.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    'We would like to send you some of the most loathsome people.',
  ],
  invalid: [
    { text: 'We would like to send you some of the most loathous people.', errors: [{ flagged: 'loathous', message: '"loathous" is not an English word; perhaps "loathsome"', suggestion: 'loathsome' }] },
    { text: 'The government recieved the letter.', errors: [{ flagged: 'recieved', message: '"recieved" is not an English word; perhaps "received"', suggestion: 'received' }] },
  ],
} satisfies RuleTable;
