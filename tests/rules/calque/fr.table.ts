import rule from '../../../src/rules/calque/fr.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { sourceLang: 'fr' },
  valid: [
    'The disappointment among staff is great.',
  ],
  invalid: [
    { text: 'The deception among staff is great.', errors: [{ flagged: 'deception', message: '"deception" looks like a calque (French "déception" (disappointment), not trickery)', suggestion: 'disappointment' }] },
  ],
} satisfies RuleTable;
