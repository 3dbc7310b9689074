import rule from '../../../src/rules/style/house.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    'There were also talks between the US and Rwanda this week.',
    'She said so in an interview with the USA Today newspaper.',
    'Team USA won the relay, and USA Swimming praised the coach.',
    'The United States of America signed the treaty.',
  ],
  invalid: [
    {
      text: 'There were also talks between the USA and Rwanda this week.',
      errors: [{ flagged: 'the USA', message: '"the USA" is not house style: write "the US" (AP, Reuters and BBC style write "the US" (or "the U.S."); "USA" stands in names ("Team USA", "USA Today"))', suggestion: 'the US' }],
    },
    {
      text: 'The USA and Rwanda are discussing a deal, U.S. officials said.',
      errors: [{ flagged: 'The USA', message: '"The USA" is not house style: write "The U.S." (AP, Reuters and BBC style write "the US" (or "the U.S."); "USA" stands in names ("Team USA", "USA Today"))', suggestion: 'The U.S.' }],
    },
    {
      text: 'Deportations from the U.S.A. rose last year.',
      errors: [{ flagged: 'the U.S.A.', message: '"the U.S.A." is not house style: write "the US" (AP, Reuters and BBC style write "the US" (or "the U.S."); "USA" stands in names ("Team USA", "USA Today"))', suggestion: 'the US' }],
    },
  ],
} satisfies RuleTable;
