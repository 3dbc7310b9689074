import rule from '../../../src/rules/bilingual/untranslated.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { format: 'tsv' },
  valid: [
    "Die Regierung tritt zurück.\tThe government resigns.",
    "NATO\tNATO",
    { text: "Berlin\tBerlin", format: 'tsv' },
    { text: "OK\tOK", format: 'tsv' },
  ],
  invalid: [
    { text: "Die Regierung tritt zurück.\tDie Regierung tritt zurück.", errors: [{ flagged: 'Die Regierung tritt zurück.', occurrence: 2, message: 'the target is the source, untranslated' }] },
    { text: '<xliff version="1.2"><file source-language="de" target-language="en"><body><trans-unit id="u1"><source>Die Regierung tritt zurück.</source><target></target></trans-unit></body></file></xliff>', format: 'xliff', errors: [{ flagged: '', message: 'the target is empty', at: 147 }] },
    { text: "Die Regierung tritt zurück.\t", format: 'tsv', errors: [{ flagged: '', message: 'the target is empty', at: 28 }] },
  ],
} satisfies RuleTable;
