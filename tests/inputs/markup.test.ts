import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import type { Finding } from '../../src/findings/finding.ts';
import { checkInFormat, fixInFormat } from '../../src/fix/in-format.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { inputFormats } from '../../src/inputs/index.ts';

// Entities, escapes and inline markup must not hide an error (#16, defects 1-3): each case is the plain
// sentence's error written with markup around or inside it, in the format that writes it so.
const checker = createChecker();
const check = (format: keyof typeof inputFormats, text: string) => checker.check(inputFormats[format].parse(text, `a.${format}`)).findings;
const found = (findings: Finding[], rule: string) => findings.filter((f) => f.ruleId === rule).map((f) => f.text);

describe('errors written across entities, escapes and inline markup are found as in the plain sentence', () => {
  it.each([
    ['html', '<p>President Kagame met Keir&nbsp;Starrer in Kigali.</p>', 'Keir&nbsp;Starrer'],
    ['nitf', '<nitf><body><body.content><p>President Kagame met Keir&#160;Starrer in Kigali.</p></body.content></body></nitf>', 'Keir&#160;Starrer'],
    ['json', '{"a": "President Kagame met Keir\\u00a0Starrer in Kigali."}', 'Keir\\u00a0Starrer'],
    // a msgstr wrapped over two lines is one string
    ['po', 'msgid "a"\nmsgstr ""\n"President Kagame met Keir "\n"Starrer in Kigali."\n', 'Keir "\n"Starrer'],
    // the range runs from the first flagged character to the last, markup between included
    ['html', '<p>President Kagame met <b>Keir</b> Starrer in Kigali.</p>', 'Keir</b> Starrer'],
    ['markdown', 'President Kagame met *Keir* Starrer in Kigali.\n', 'Keir* Starrer'],
    ['xliff', '<xliff version="1.2"><file><body><trans-unit id="1"><source>Kagame traf Keir Starmer.</source><target>Kagame met <g id="1">Keir</g> Starrer.</target></trans-unit></body></file></xliff>', 'Keir</g> Starrer'],
  ])('%s: %s', (format, text, flagged) => {
    const findings = check(format as keyof typeof inputFormats, text);
    expect(found(findings, 'glossary/near-miss')).toEqual([flagged]);
    const f = findings.find((x) => x.ruleId === 'glossary/near-miss') as Finding;
    expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe(flagged);
    // a finding over markup keeps its suggestion but is never fixed automatically
    expect(f.suggestions[0]?.text).toBe('Keir Starmer');
    expect(f.fix).toBeUndefined();
  });

  it.each([
    ['xliff', '<xliff version="1.2"><file><body><trans-unit id="1"><source>Die Regierung sagte.</source><target>goverment said</target></trans-unit></body></file></xliff>'],
    ['html', '<p>The <a href="x">goverment</a> said so.</p>'],
    ['po', 'msgid "a"\nmsgstr "\\"The goverment said so,\\" he said."\n'],
    ['json', '{"a": "\\"The goverment said so,\\" he said."}'],
    ['markdown', 'The [goverment](https://x.test) said so.\n'],
  ])('%s: a misspelling next to a tag or an escape: %s', (format, text) => {
    const findings = check(format as keyof typeof inputFormats, text);
    expect(found(findings, 'spelling/non-word')).toEqual(['goverment']);
    const f = findings.find((x) => x.ruleId === 'spelling/non-word') as Finding;
    expect(f.fix ?? f.suggestions[0]).toMatchObject({ text: 'government' });
  });

  it('pairs quotation marks across emphasis and inline tags', () => {
    expect(found(check('markdown', '"The *best* result," he said, "is yet to come."\n'), 'artefact/quotes')).toEqual([]);
    expect(found(check('html', '<p>"The <em>best</em> result," he said, "is yet to come."</p>'), 'artefact/quotes')).toEqual([]);
    expect(found(check('nitf', '<nitf><body><body.content><p>“The <em>best</em> result,” he said.</p></body.content></body></nitf>'), 'artefact/quotes')).toEqual([]);
  });
});

describe('--fix writes into prose only, never into a tag, an attribute or an escape', () => {
  // a glossary variant is always fixed, whatever the near-miss confidence of a one-line text
  const variant = parseGlossary('- term: Keir Starmer\n  category: person\n  variants: [Keir Starrer]\n', 'yaml', 'names.yaml');
  const fixer = createChecker({ glossaries: [variant], rules: ['glossary/variant'], defaultGlossary: false });
  const fix = (format: keyof typeof inputFormats, text: string) => {
    const run = checkInFormat(fixer, (t) => inputFormats[format].parse(t, `a.${format}`));
    return fixInFormat(run, text, run(text), format).fixed().output;
  };

  it('html: raw-text elements, attributes and entities stay; the plain occurrence is fixed', () => {
    const text =
      '<html><head><title>Keir Starrer</title></head><body><noframes><a href="https://x.test/Keir Starrer" title="Keir Starrer">Keir Starrer</a></noframes>' +
      '<p>Kagame met Keir Starrer and Keir&nbsp;Starrer.</p><textarea>Keir Starrer</textarea></body></html>';
    expect(fix('html', text)).toBe(text.replace('Kagame met Keir Starrer', 'Kagame met Keir Starmer'));
  });

  it('xliff: a code, an annotation and an attribute stay; the plain occurrence is fixed', () => {
    const text =
      '<xliff version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="1"><segment><source>Keir Starmer traf <pc id="1">Kagame</pc>.</source>' +
      '<target>Keir Starrer met <pc id="1">Kagame</pc> <mrk id="m1" type="comment" value="Keir Starrer">here</mrk>.</target></segment></unit></file></xliff>';
    expect(fix('xliff', text)).toBe(text.replace('<target>Keir Starrer', '<target>Keir Starmer'));
  });
});

describe('a finding starts and ends on prose, not on markup around what a rule reported', () => {
  it('a whole-unit finding on a target that opens and closes with codes covers its words and the codes between', () => {
    const unit = '<x id="1"/>The government <g id="2">has said</g> so today<x id="3"/>';
    const text = `<xliff version="1.2"><file><body><trans-unit id="1"><source>${unit}</source><target> ${unit}</target></trans-unit></body></file></xliff>`;
    const f = check('xliff', text).find((x) => x.ruleId === 'bilingual/untranslated') as Finding;
    expect(f.text).toBe('The government <g id="2">has said</g> so today');
    expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
  });
});
