import rule from '../../../src/rules/bilingual/plural-forms.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

/** A catalogue whose header gives `pluralForms` (none when undefined), then `entries`. */
const po = (pluralForms: string | undefined, ...entries: string[]) =>
  `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n${pluralForms === undefined ? '' : `"Plural-Forms: ${pluralForms}\\n"\n`}\n${entries.join('\n')}`;
const TWO = 'nplurals=2; plural=(n != 1);';
const THREE = 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);';
/** An entry of the plural "%d files" with these translations, msgstr[0] up. */
const entry = (...forms: string[]) => `msgid "a file"\nmsgid_plural "%d files"\n${forms.map((f, n) => `msgstr[${n}] "${f}"\n`).join('')}`;

export default {
  rule,
  defaults: { format: 'po' },
  valid: [
    po(TWO, entry('one file', '%d files')),
    po(THREE, entry('plik', '%d pliki', '%d plików')),
    po('nplurals=1; plural=0;', entry('%d ファイル')),
    // a catalogue not translated yet: every form empty
    po(TWO, entry('', '')),
    // a POT, and a header without Plural-Forms: no count to hold the entry to
    po('nplurals=INTEGER; plural=EXPRESSION;', entry('', '', '')),
    po(undefined, entry('one file')),
    // not a plural entry
    po(TWO, 'msgid "a file"\nmsgstr ""\n'),
    // an empty form beside translated ones is bilingual/untranslated's to report ("the target is empty"), once
    po(TWO, entry('one file', '')),
    po(THREE, entry('', '%d pliki', '%d plików')),
    po(TWO, `#, fuzzy\n${entry('one file', '')}`),
  ],
  invalid: [
    // fewer forms than nplurals: reported at the msgid_plural, naming the missing forms
    {
      text: po(TWO, entry('one file')),
      errors: [{ flagged: '%d files', message: "msgstr[1] is missing: the header's Plural-Forms has nplurals=2, this entry 1 form" }],
    },
    {
      text: po(THREE, entry('plik')),
      errors: [{ flagged: '%d files', message: "msgstr[1], msgstr[2] are missing: the header's Plural-Forms has nplurals=3, this entry 1 form" }],
    },
    // more forms than nplurals: each extra msgstr[n] reported where its string stands
    {
      text: po(TWO, entry('one file', '%d files', 'extra one', 'extra two')),
      errors: [
        { flagged: 'extra one', message: "msgstr[2] is past the header's Plural-Forms: nplurals=2 (msgstr[0] to msgstr[1]): no count shows it" },
        { flagged: 'extra two', message: "msgstr[3] is past the header's Plural-Forms: nplurals=2 (msgstr[0] to msgstr[1]): no count shows it" },
      ],
    },
    {
      name: 'an empty form past nplurals, the entry before the header',
      text: `${entry('one file', '%d files', '')}\n${po(TWO)}`,
      errors: [{ flagged: '', at: 92, message: "msgstr[2] is past the header's Plural-Forms: nplurals=2 (msgstr[0] to msgstr[1]): no count shows it" }],
    },
  ],
} satisfies RuleTable;
