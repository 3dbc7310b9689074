import rule from '../../../src/rules/consistency/entity.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  valid: [
    "Saddam Haftar met officials in Washington. Haftar's father controls the east. Saddam Haftar is seen as his successor.",
    'John Smith met Jane Smith.',
  ],
  invalid: [
    { text: "Saddam Haftar met officials in Washington. Haftar's father controls the east. Saddam Hafter is seen as his successor.", errors: [{ flagged: 'Saddam Hafter', message: '"Saddam Hafter" is written "Saddam Haftar" elsewhere in this text (2 to 1)', suggestion: 'Saddam Haftar' }] },
  ],
} satisfies RuleTable;
