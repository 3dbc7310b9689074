import type { Unit } from '../../document/document.js';
import type { Rule, RuleContext } from '../types.js';

export const meta = {
  id: 'bilingual/plural-forms',
  severity: 'error',
  description:
    'A plural entry (PO msgid_plural) whose number of translations differs from the plural forms the header gives ' +
    '(`Plural-Forms: nplurals=N`), as msgfmt --check, Okapi CheckMate and Xbench report it: missing forms are ' +
    'reported at the msgid_plural, each form past the last one at its msgstr[n]. An empty form is ' +
    'bilingual/untranslated\'s to report. PO files only; a POT (`nplurals=INTEGER`) or a header without Plural-Forms ' +
    'gives no count to hold entries to.',
  confidence:
    '1: the program asks for a form the entry lacks, or never shows one it has. A fuzzy entry (`#, fuzzy`) is held to ' +
    'the count too.',
  anyLanguage: true,
  examples: [
    {
      text: 'msgid ""\nmsgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\nmsgid "one file"\nmsgid_plural "%d files"\nmsgstr[0] "one file"\n',
      flagged: '%d files',
    },
  ],
} satisfies Rule['meta'];

type PluralUnit = Unit & { plural: NonNullable<Unit['plural']> };

export function check(ctx: RuleContext): void {
  const { nplurals } = ctx.doc;
  // (the entries reported missing forms, by where their msgid_plural stands: each once, at its first form's unit)
  const reported = new Set<number>();
  const units = (ctx.doc.units ?? []).filter((u): u is PluralUnit => u.plural !== undefined);
  for (let k = 0; k < units.length; k++) {
    const { plural, target } = units[k] as PluralUnit;
    const { index, forms, pluralId } = plural;
    if (nplurals !== undefined && !reported.has(pluralId.start)) {
      reported.add(pluralId.start);
      const missing = Array.from({ length: nplurals }, (_, n) => n).filter((n) => !forms.includes(n));
      if (missing.length > 0) {
        ctx.report({
          start: pluralId.start,
          end: pluralId.end,
          message: `${missing.map((n) => `msgstr[${n}]`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: the header's Plural-Forms has nplurals=${nplurals}, this entry ${forms.length} ${forms.length === 1 ? 'form' : 'forms'}`,
          confidence: 1,
        });
      }
    }
    if (nplurals !== undefined && index >= nplurals) {
      ctx.report({
        start: target.start,
        end: target.end,
        message: `msgstr[${index}] is past the header's Plural-Forms: nplurals=${nplurals} (msgstr[0] to msgstr[${nplurals - 1}]): no count shows it`,
        confidence: 1,
      });
    }
  }
}

export default { meta, check } satisfies Rule;
