import rule from '../../../src/rules/artefact/page-furniture.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    'He wanted to leave a comment on the plan.',
    'Share prices rose sharply on Monday.',
  ],
  invalid: [
    { text: "The plan was blocked by a judge.\n\nLeave a Comment", errors: [{ flagged: 'Leave a Comment', message: '"Leave a Comment" is left over from the web page, not part of the story: remove the line', suggestion: '' }], output: 'The plan was blocked by a judge.' },
    { text: "close\nclose\n\nThe Trump administration weighs migrants", errors: [{ flagged: "close\nclose\n\n", message: '"close / close" is left over from the web page, not part of the story: remove the line', suggestion: '' }], output: 'The Trump administration weighs migrants' },
    { text: "First paragraph.\n\nAdvertisement\n\nSecond paragraph.", errors: [{ flagged: "Advertisement\n\n", message: '"Advertisement" is left over from the web page, not part of the story: remove the line', suggestion: '' }], output: "First paragraph.\n\nSecond paragraph." },
  ],
} satisfies RuleTable;
