import rule from '../../../src/rules/source/names.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

/** Each case checks a translation against its original (`source`), as `translint check --source` does. */
export default {
  rule,
  valid: [
    { text: 'The British Prime Minister Keir Starmer arrived in Kigali.', source: 'Der britische Premierminister Keir Starmer traf in Kigali ein.' },
    { text: 'Chancellor Friedrich Merz defended the budget.', source: 'Bundeskanzler Friedrich Merz verteidigte den Haushalt.' },
  ],
  invalid: [
    { text: 'The British Prime Minister Keir Starrer arrived in Kigali.', source: 'Der britische Premierminister Keir Starmer traf in Kigali ein.', errors: [{ flagged: 'Starrer', message: 'the original has "Starmer" here; "Starrer" may be a misspelling of it', suggestion: 'Starmer' }] },
    { text: 'Chancellor Friedrich März defended the budget.', source: 'Bundeskanzler Friedrich Merz verteidigte den Haushalt.', errors: [{ flagged: 'März', message: 'the original has "Merz" here; "März" may be a misspelling of it', suggestion: 'Merz' }] },
  ],
} satisfies RuleTable;
