import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { inputFormats } from '../../src/inputs/index.ts';

// What the bilingual rules see of each file format (#16, defects 1, 6 and 8): the PO and XLIFF side.
const checker = createChecker();
const findings = (format: keyof typeof inputFormats, text: string, path = `a.${format}`) =>
  checker.check(inputFormats[format].parse(text, path)).findings.map((f) => `${f.ruleId}: ${f.text}`);

describe('segmented XLIFF 1.2 compares segment with segment', () => {
  const SEGMENTED =
    '<xliff version="1.2"><file source-language="de" target-language="en" datatype="x-dita"><body><trans-unit id="1">' +
    '<source>Die Regierung sagte <g id="1">heute</g>, dass 3 Minister gehen. Der Rest bleibt.</source>' +
    '<seg-source><mrk mtype="seg" mid="0">Die Regierung sagte <g id="1">heute</g>, dass 3 Minister gehen.</mrk> <mrk mtype="seg" mid="1">Der Rest bleibt.</mrk></seg-source>' +
    '<target><mrk mtype="seg" mid="0">The government said <g id="1">today</g> that 3 ministers are leaving.</mrk> <mrk mtype="seg" mid="1">The rest stays.</mrk></target>' +
    '</trans-unit></body></file></xliff>';

  it('pairs each target segment with the source segment of its mid', () => {
    const doc = inputFormats.xliff.parse(SEGMENTED, 'a.xlf');
    expect((doc.units ?? []).map((u) => [u.id, SEGMENTED.slice(u.source?.start, u.source?.end), SEGMENTED.slice(u.target.start, u.target.end)])).toEqual([
      ['1/0', 'Die Regierung sagte <g id="1">heute</g>, dass 3 Minister gehen.', 'The government said <g id="1">today</g> that 3 ministers are leaving.'],
      ['1/1', 'Der Rest bleibt.', 'The rest stays.'],
    ]);
    expect(findings('xliff', SEGMENTED)).toEqual([]);
  });

  it('still finds a code or a number that a segment lost', () => {
    const lost = SEGMENTED.replace('<g id="1">today</g>', 'today').replace('that 3 ministers', 'that ministers');
    expect(findings('xliff', lost).filter((f) => f.startsWith('bilingual/')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('XLIFF 2: annotations are not codes, and free-text attributes are never compared', () => {
  const unit = (source: string, target: string) =>
    `<xliff version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="1"><segment><source>${source}</source><target>${target}</target></segment></unit></file></xliff>`;

  it('ignores <mrk>, <sm/>/<em/> and attribute text; compares <ph/>, <pc> and <sc/>/<ec/> by id', () => {
    const source = 'Die <mrk id="m1" type="comment" value="prüfen">Regierung</mrk> sagte <sm id="s1" type="term"/>heute<em startRef="s1"/> <ph id="1" disp="{name}"/> <pc id="2" equiv="fett">mehr</pc>.';
    const target = 'The government said <sm id="x9" type="comment" value="check"/>today <ph id="1" disp="{nom}"/> <pc id="2" equiv="bold">more</pc>.';
    expect(findings('xliff', unit(source, target))).toEqual([]);
    const lost = target.replace('<ph id="1" disp="{nom}"/>', '');
    expect(findings('xliff', unit(source, lost))).toEqual(['bilingual/placeholders: The government said <sm id="x9" type="comment" value="check"/>today  <pc id="2" equiv="bold">more</pc>.']);
  });
});

describe('PO catalogues', () => {
  const header = (lang: string) => `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: ${lang}\\n"\n\n`;
  const entries = 'msgid "Delete the selected files"\nmsgstr "Delete the selected files"\n\nmsgid "Close"\nmsgstr "Close"\n\nmsgid "Print"\nmsgstr "Print"\n';

  it('into a variant of English: a msgstr equal to its msgid is not untranslated', () => {
    expect(findings('po', header('en_GB') + entries)).toEqual([]);
    expect(findings('po', header('') + entries, 'po/en_AU.po')).toEqual([]);
    expect(findings('po', header('de') + entries)).toEqual(['bilingual/untranslated: Delete the selected files']);
  });

  it('reports a fuzzy entry as fuzzy, not as a mistranslation', () => {
    const fuzzy = `${header('de')}#, fuzzy\nmsgid "%d files in 3 folders"\nmsgstr "Dateien in Ordnern"\n`;
    const result = checker.check(inputFormats.po.parse(fuzzy, 'de.po')).findings;
    expect(result.map((f) => [f.ruleId, f.severity, f.message.startsWith('marked fuzzy')])).toEqual([['bilingual/untranslated', 'info', true]]);
  });

  it('page furniture is not looked for in an application\'s strings', () => {
    const furniture = 'msgid "a"\nmsgstr "Print"\n\nmsgid "b"\nmsgstr "Leave a Comment"\n\nmsgid "c"\nmsgstr "Share this article"\n';
    expect(findings('po', furniture).filter((f) => f.startsWith('artefact/page-furniture'))).toEqual([]);
    expect(findings('json', '{"a": "Print", "b": "Leave a Comment", "c": "Share this article"}').filter((f) => f.startsWith('artefact/page-furniture'))).toEqual([]);
    expect(findings('text', 'Kagame met the Prime Minister.\n\nLeave a Comment\n').filter((f) => f.startsWith('artefact/page-furniture'))).not.toEqual([]);
  });
});
