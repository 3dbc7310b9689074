import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { readsAsEnglish } from '../../src/lang/language-tag.ts';
import { parsePo } from '../../src/inputs/po.ts';
import { parseXliff } from '../../src/inputs/xliff.ts';

// A unit whose target has a word English does not know ("recieved"), a missing placeholder, and a
// misspelt glossary name: in a file into French only the placeholder is a finding; into English all.
const xliff2 = (trgLang: string | null) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en"${trgLang === null ? '' : ` trgLang="${trgLang}"`}>\n` +
  `<file id="f"><unit id="u1"><segment><source>Keir Starmer received <ph id="1"/> the press.</source>` +
  `<target>Keir Starrer recieved the press.</target></segment></unit></file></xliff>\n`;
const xliff12 = (lang: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="en" target-language="${lang}" datatype="plaintext"><body>` +
  `<trans-unit id="1"><source>Keir Starmer received <x id="1"/> the press.</source><target>Keir Starrer recieved the press.</target></trans-unit></body></file></xliff>\n`;
const po = (lang: string) => `msgid ""\nmsgstr "Language: ${lang}\\n"\n\nmsgid "Keir Starmer received %s the press."\nmsgstr "Keir Starrer recieved the press."\n`;

const rulesOf = (doc: ReturnType<typeof parseXliff>) => [...new Set(createChecker().check(doc).findings.map((f) => f.ruleId))].sort();

describe('a file that declares a target language other than English', () => {
  it.each([
    ['XLIFF 2 trgLang="fr"', parseXliff(xliff2('fr'), 'a.xlf'), ['bilingual/placeholders']],
    ['XLIFF 2 trgLang="de-CH"', parseXliff(xliff2('de-CH'), 'a.xlf'), ['bilingual/placeholders']],
    ['XLIFF 1.2 target-language="fr-FR"', parseXliff(xliff12('fr-FR'), 'a.xlf'), ['bilingual/placeholders']],
    ['PO Language: fr', parsePo(po('fr'), 'fr.po'), ['bilingual/placeholders']],
    ['XLIFF 2 trgLang="en"', parseXliff(xliff2('en'), 'a.xlf'), ['bilingual/placeholders', 'glossary/near-miss', 'spelling/non-word']],
    ['XLIFF 2 trgLang="en-GB"', parseXliff(xliff2('en-GB'), 'a.xlf'), ['bilingual/placeholders', 'glossary/near-miss', 'spelling/non-word']],
    ['XLIFF 2 with no trgLang', parseXliff(xliff2(null), 'a.xlf'), ['bilingual/placeholders', 'glossary/near-miss', 'spelling/non-word']],
    ['XLIFF 1.2 target-language="EN-us"', parseXliff(xliff12('EN-us'), 'a.xlf'), ['bilingual/placeholders', 'glossary/near-miss', 'spelling/non-word']],
    ['PO Language: en', parsePo(po('en'), 'en.po'), ['bilingual/placeholders', 'glossary/near-miss', 'spelling/non-word']],
    ['PO named fr.po with no Language:', parsePo(po('').replace('msgstr "Language: \\n"', 'msgstr ""'), 'po/fr.po'), ['bilingual/placeholders']],
    ['PO named ok.po with no Language: (no language)', parsePo(po('').replace('msgstr "Language: \\n"', 'msgstr ""'), 'ok.po'), ['bilingual/placeholders', 'glossary/near-miss', 'spelling/non-word']],
  ])('%s: runs only the rules that read any language there', (_name, doc, expected) => {
    expect(rulesOf(doc)).toEqual(expected);
  });

  it.each([
    ['en', true], ['en-GB', true], ['en_US', true], ['EN', true], [' en ', true], ['', true], [undefined, true],
    ['eng', true], ['ok', true], ['big', true], ['ena', true], ['und', true], ['x', true],
    ['fr', false], ['de-CH', false], ['zh-Hans', false], ['pt_BR', false], ['fra', false],
  ])('readsAsEnglish(%j) is %s', (lang, expected) => {
    expect(readsAsEnglish(lang)).toBe(expected);
  });
});
