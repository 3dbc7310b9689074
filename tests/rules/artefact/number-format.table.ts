import rule from '../../../src/rules/artefact/number-format.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    'More than 1,000 amendments had been tabled.',
    'the deficit could rise to 3.5 percent of output',
    'version 1.2.3 was released',
  ],
  invalid: [
    { text: 'More than 1.000 amendments had been tabled.', errors: [{ flagged: '1.000', message: '"1.000" uses a dot between thousands: write "1,000"', suggestion: '1,000' }], output: 'More than 1,000 amendments had been tabled.' },
    { text: 'the deficit could rise to 3,5 percent of output', errors: [{ flagged: '3,5', message: '"3,5" uses a decimal comma: write "3.5"', suggestion: '3.5' }], output: 'the deficit could rise to 3.5 percent of output' },
    { text: 'more than 40 000 people marched', errors: [{ flagged: '40 000', message: '"40 000" separates thousands with a space: write "40,000"', suggestion: '40,000' }], output: 'more than 40,000 people marched' },
  ],
} satisfies RuleTable;
