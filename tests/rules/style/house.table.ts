import rule from '../../../src/rules/style/house.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: ['Trump met leaders of the US in Washington.', 'The USA Today newspaper reported it.'],
  invalid: [
    {
      text: 'Trump met leaders of the USA in Washington.',
      errors: [
        {
          flagged: 'the USA',
          message: '"the USA" is not house style: write "the US" (AP, Reuters and BBC style write "the US" (or "the U.S."); "USA" stands in names ("Team USA", "USA Today"))',
          suggestion: 'the US',
        },
      ],
    },
  ],
} satisfies RuleTable;
