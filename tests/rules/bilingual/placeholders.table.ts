import rule from '../../../src/rules/bilingual/placeholders.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { format: 'tsv' },
  valid: [
    "Hallo {name}, willkommen!\tHello {name}, welcome!",
    "Klicken Sie <b>hier</b>.\tClick <b>here</b>.",
    "%s Dateien gelöscht\t%s files deleted",
    { text: '<xliff version="1.2"><file source-language="de" target-language="en"><body><trans-unit id="u1"><source>Hallo <x id="1"/> Welt</source><target>Hello <x id="1"/> world</target></trans-unit></body></file></xliff>', format: 'xliff' },
    { text: "msgid \"%d files deleted\"\nmsgstr \"%d Dateien gelöscht\"\n", format: 'po' },
    { text: "Datei %1$s in %2$s\tFile %2$s in %1$s", format: 'tsv' },
  ],
  invalid: [
    { text: "Hallo {name}, willkommen!\tHello {nom}, welcome!", errors: [{ flagged: '{nom}', message: '"{nom}" stands where the source has "{name}"', suggestion: '{name}' }], output: "Hallo {name}, willkommen!\tHello {name}, welcome!" },
    { text: "Klicken Sie <b>hier</b>.\tClick here.", errors: [{ flagged: 'Click here.', message: 'the target lacks "<b>" and "</b>" from the source' }] },
    { text: "%s Dateien gelöscht\tfiles deleted", errors: [{ flagged: 'files deleted', message: 'the target lacks "%s" from the source' }] },
    { text: '<xliff version="1.2"><file source-language="de" target-language="en"><body><trans-unit id="u1"><source>Hallo <x id="1"/> Welt</source><target>Hello world</target></trans-unit></body></file></xliff>', format: 'xliff', errors: [{ flagged: 'Hello world', message: 'the target lacks "<x id="1"/>" from the source' }] },
    { text: "msgid \"%d files deleted\"\nmsgstr \"Dateien gelöscht\"\n", format: 'po', errors: [{ flagged: 'Dateien gelöscht', message: 'the target lacks "%d" from the source' }] },
    { text: "Hallo {name}\tHello {name} {name}", format: 'tsv', errors: [{ flagged: '{name}', occurrence: 3, message: '"{name}" is not in the source' }] },
  ],
} satisfies RuleTable;
