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
    { name: 'every kind of code in another order', text: "{a} %1$s <b>fett</b> {{b}} ${c}\t${c} {{b}} <b>bold</b> %1$s {a}" },
    { name: 'the same code several times, in another order', text: "{a} {a} {b} {a}\t{b} {a} {a} {a}" },
  ],
  invalid: [
    { text: "Hallo {name}, willkommen!\tHello {nom}, welcome!", errors: [{ flagged: '{nom}', message: '"{nom}" stands where the source has "{name}"', suggestion: '{name}' }], output: "Hallo {name}, willkommen!\tHello {name}, welcome!" },
    { text: "Klicken Sie <b>hier</b>.\tClick here.", errors: [{ flagged: 'Click here.', message: 'the target lacks "<b>" and "</b>" from the source' }] },
    { text: "%s Dateien gelöscht\tfiles deleted", errors: [{ flagged: 'files deleted', message: 'the target lacks "%s" from the source' }] },
    { text: '<xliff version="1.2"><file source-language="de" target-language="en"><body><trans-unit id="u1"><source>Hallo <x id="1"/> Welt</source><target>Hello world</target></trans-unit></body></file></xliff>', format: 'xliff', errors: [{ flagged: 'Hello world', message: 'the target lacks "<x id="1"/>" from the source' }] },
    { text: "msgid \"%d files deleted\"\nmsgstr \"Dateien gelöscht\"\n", format: 'po', errors: [{ flagged: 'Dateien gelöscht', message: 'the target lacks "%d" from the source' }] },
    { text: "Hallo {name}\tHello {name} {name}", format: 'tsv', errors: [{ flagged: '{name}', occurrence: 3, message: '"{name}" is not in the source' }] },
    {
      name: 'every code renamed, the target in reverse order: each pairs with the next one of its kind',
      text: "{a} %s {a} %s\t%d {b} %d {b}",
      errors: [
        { flagged: '%d', message: '"%d" stands where the source has "%s"', suggestion: '%s' },
        { flagged: '{b}', message: '"{b}" stands where the source has "{a}"', suggestion: '{a}' },
        { flagged: '%d', occurrence: 2, message: '"%d" stands where the source has "%s"', suggestion: '%s' },
        { flagged: '{b}', occurrence: 2, message: '"{b}" stands where the source has "{a}"', suggestion: '{a}' },
      ],
      output: "{a} %s {a} %s\t%s {a} %s {a}",
    },
    {
      name: 'one of three copies missing: named once',
      text: "{a} und {a} und {a}\t{a} and {a}",
      errors: [{ flagged: '{a} and {a}', message: 'the target lacks "{a}" from the source' }],
    },
    {
      name: 'the later copies of a code are the extra ones',
      text: "{a} %s\t%s {a} {a} %s",
      errors: [
        { flagged: '{a}', occurrence: 3, message: '"{a}" is not in the source' },
        { flagged: '%s', occurrence: 3, message: '"%s" is not in the source' },
      ],
    },
    {
      name: 'missing and extra codes of kinds (and tag names) that do not pair',
      text: "{a} <b>fett</b>\t<i>bold</i> %s",
      errors: [
        { flagged: '<i>', message: '"<i>" is not in the source' },
        { flagged: '<i>bold</i> %s', message: 'the target lacks "{a}", "<b>" and "</b>" from the source' },
        { flagged: '</i>', message: '"</i>" is not in the source' },
        { flagged: '%s', message: '"%s" is not in the source' },
      ],
    },
    {
      name: 'a tag with other attributes is renamed, without a safe fix',
      text: '<b>fett</b> {a}\t<b class="x">bold</b> {a} {a}',
      errors: [
        { flagged: '<b class="x">', message: '"<b class="x">" stands where the source has "<b>"', suggestion: '<b>' },
        { flagged: '{a}', occurrence: 3, message: '"{a}" is not in the source' },
      ],
    },
  ],
} satisfies RuleTable;
