import rule from '../../../src/rules/bilingual/placeholders.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { format: 'tsv' },
  valid: [
    "Hallo {name}, willkommen!\tHello {name}, welcome!",
    "Klicken Sie <b>hier</b>.\tClick <b>here</b>.",
    "%s Dateien gelöscht\t%s files deleted",
  ],
  invalid: [
    { text: "Hallo {name}, willkommen!\tHello {nom}, welcome!", errors: [{ flagged: '{nom}', message: '"{nom}" stands where the source has "{name}"', suggestion: '{name}' }], output: "Hallo {name}, willkommen!\tHello {name}, welcome!" },
    { text: "Klicken Sie <b>hier</b>.\tClick here.", errors: [{ flagged: 'Click here.', message: 'the target lacks "<b>" and "</b>" from the source' }] },
    { text: "%s Dateien gelöscht\tfiles deleted", errors: [{ flagged: 'files deleted', message: 'the target lacks "%s" from the source' }] },
  ],
} satisfies RuleTable;
