import rule from '../../../src/rules/calque/de.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { sourceLang: 'de' },
  valid: [
    'President Donald Trump signed an executive order in January.',
  ],
  invalid: [
    { text: 'President Donald Trump signed an executive regulation in January.', errors: [{ flagged: 'executive regulation', message: '"executive regulation" looks like a calque (German "Durchführungsverordnung"/"Dekret")', suggestion: 'executive order' }], output: 'President Donald Trump signed an executive order in January.' },
  ],
} satisfies RuleTable;
