import rule from '../../../src/rules/bilingual/numbers.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { format: 'tsv' },
  valid: [
    "Mehr als 1.000 Menschen demonstrierten.\tMore than 1,000 people demonstrated.",
    "Die Inflation lag bei 3,5 Prozent.\tInflation was 3.5 percent.",
  ],
  invalid: [
    { text: "Mehr als 1.000 Menschen demonstrierten.\tMore than 100 people demonstrated.", errors: [{ flagged: '100', message: 'the source has "1.000" where the target has "100"', suggestion: '1,000' }] },
    { text: "Die Inflation lag bei 3,5 Prozent.\tInflation was high.", errors: [{ flagged: 'Inflation was high.', message: 'the source has the number "3,5", which the target lacks' }] },
  ],
} satisfies RuleTable;
