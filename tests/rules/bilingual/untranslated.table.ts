import rule from '../../../src/rules/bilingual/untranslated.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { format: 'tsv' },
  valid: [
    "Die Regierung tritt zurück.\tThe government resigns.",
    "NATO\tNATO",
  ],
  invalid: [
    { text: "Die Regierung tritt zurück.\tDie Regierung tritt zurück.", errors: [{ flagged: 'Die Regierung tritt zurück.', occurrence: 2, message: 'the target is the source, untranslated' }] },
  ],
} satisfies RuleTable;
