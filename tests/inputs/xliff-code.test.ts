import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { parseXliff } from '../../src/inputs/xliff.ts';
import { saysCode } from '../../src/inputs/xliff-code.ts';

// Text an XLIFF target's inline codes mark as code (a command, a file name) is no prose: the rules that
// read prose leave it out, as the HTML reader leaves out <code>; the units keep every code for the
// bilingual rules, and a finding over a whole target still starts and ends on the code a reader sees.

const v12 = (target: string, source = 'Quelle') =>
  `<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="a"><body><trans-unit id="1"><source>${source}</source><target>${target}</target></trans-unit></body></file></xliff>`;
const v2 = (target: string, source = 'Quelle') =>
  `<xliff version="2.0" srcLang="de" trgLang="en"><file id="f"><unit id="1"><segment><source>${source}</source><target>${target}</target></segment></unit></file></xliff>`;

const prose = createChecker({ defaultGlossary: false, rules: ['artefact/detached-hyphen', 'artefact/repeated-word', 'artefact/quotes'] });
const flagged = (text: string) => prose.check(parseXliff(text, 'a.xlf')).findings.map((f) => [f.ruleId, f.text, f.range.start.offset, f.range.end.offset]);
/** Where each occurrence of `needle` stands, and whether the prose view reads it. */
const read = (text: string, needle: string) => {
  const doc = parseXliff(text, 'a.xlf');
  const at = text.indexOf(needle);
  return (doc.prose ?? doc.text).slice(at, at + needle.length) === needle;
};

describe('code an XLIFF target marks', () => {
  it.each([
    ['1.2 <bpt>/<ept> of a code type', v12('Type <bpt id="1" ctype="x-codeph">&lt;codeph&gt;</bpt>make make<ept id="1">&lt;/codeph&gt;</ept> here.'), 'make make', false],
    ['paired by rid', v12('Type <bpt id="1" rid="7" ctype="x-code">c</bpt>make make<ept id="2" rid="7">/c</ept> here.'), 'make make', false],
    ['Markdown backticks (x-CODE)', v12('Type <bpt id="1" ctype="x-CODE">`</bpt>make make<ept id="1">`</ept> here.'), 'make make', false],
    ['<g> of a code type', v12('Type <g id="1" ctype="x-code">make make</g> here.'), 'make make', false],
    ['<bx/> … <ex/>', v12('Type <bx id="1" ctype="x-userinput"/>make make<ex id="1"/> here.'), 'make make', false],
    ['<it> open to <it> close', v12('Type <it id="1" pos="open" ctype="x-cmdname">c</it>make make<it id="1" pos="close" ctype="x-cmdname">/c</it> here.'), 'make make', false],
    ['escaped HTML <code>', v12('Type &lt;code&gt;make make&lt;/code&gt; here.'), 'make make', false],
    ['escaped HTML <kbd> in CDATA', v12('Type <![CDATA[<kbd>make make</kbd>]]> here.'), 'make make', false],
    ['2.x <pc> with a code subType', v2('Type <pc id="1" subType="my:code">make make</pc> here.'), 'make make', false],
    ['2.x <sc/> … <ec startRef/>', v2('Type <sc id="1" subType="my:codeph"/>make make<ec startRef="1"/> here.'), 'make make', false],
    // not code: the text after the code, a bold code, a TeX macro (its argument is prose), a 2.x <pc> of a format type
    ['text after the code', v12('Type <g id="1" ctype="x-code">ls</g> make make here.'), 'make make', true],
    ['a bold <bpt>', v12('Type <bpt id="1" ctype="bold">b</bpt>make make<ept id="1">/b</ept> here.'), 'make make', true],
    ['x-COMMAND (a TeX macro)', v12('Type <bpt id="1" ctype="x-COMMAND">\\emph{</bpt>make make<ept id="1">}</ept> here.'), 'make make', true],
    ['escaped HTML <b>', v12('Type &lt;b&gt;make make&lt;/b&gt; here.'), 'make make', true],
    ['x-msgph (the text of a message, translated)', v12('It says <g id="1" ctype="x-msgph">make make</g> here.'), 'make make', true],
    ['2.x <pc type="fmt">', v2('Type <pc id="1" type="fmt" subType="xlf:b">make make</pc> here.'), 'make make', true],
  ])('%s', (_name, text, needle, reads) => {
    expect(read(text, needle)).toBe(reads);
  });

  it('an isolated close with nothing open makes what precedes it in the target code', () => {
    const text = v12('make make <it id="1" pos="close" ctype="x-codeph">/c</it> then then');
    expect(read(text, 'make make')).toBe(false);
    expect(read(text, 'then then')).toBe(true);
    const at = text.indexOf('then then');
    expect(flagged(text)).toEqual([['artefact/repeated-word', 'then then', at, at + 9]]);
  });

  it('a code opened and never closed runs to the end of the target only', () => {
    const text =
      '<xliff version="1.2"><file><body><trans-unit id="1"><source>a</source><target>Run <bpt id="1" ctype="x-code">c</bpt>go the</target></trans-unit>' +
      '<trans-unit id="2"><source>b</source><target>the the</target></trans-unit></body></file></xliff>';
    const at = text.indexOf('the the');
    expect(flagged(text)).toEqual([['artefact/repeated-word', 'the the', at, at + 7]]);
  });

  it.each([
    ['a detached hyphen', 'Run <g id="1" ctype="x-code">make- install</g> now.'],
    ['a repeated word', 'Then <bpt id="1" ctype="x-codeph">c</bpt>make make<ept id="1">/c</ept> runs.'],
    ['a quotation mark', 'Fields are quoted with (<bpt id="1" ctype="x-codeph">c</bpt>"<ept id="1">/c</ept>).'],
  ])('no finding for %s inside code; the same outside code is flagged', (_name, target) => {
    expect(flagged(v12(target))).toEqual([]);
    const plain = target.replace(/<[^>]*>[^<]*<\/(?:bpt|ept)>|<\/?g[^>]*>/g, '');
    expect(flagged(v12(plain)).length).toBe(1);
  });

  it('the units keep the codes and their text for the bilingual rules', () => {
    const target = 'Run <g id="1" ctype="x-code">ls -la</g> now.';
    const text = v12(target, 'Starte <g id="1" ctype="x-code">ls -la</g> jetzt.');
    const doc = parseXliff(text, 'a.xlf');
    const u = (doc.units ?? [])[0];
    expect(u && text.slice(u.target.start, u.target.end)).toBe(target);
    const bilingual = createChecker({ defaultGlossary: false, rules: ['bilingual/placeholders'] });
    const changed = v12('Run <g id="2" ctype="x-code">ls -la</g> now.', 'Starte <g id="1" ctype="x-code">ls -la</g> jetzt.');
    expect(bilingual.check(parseXliff(changed, 'a.xlf')).findings.map((f) => f.ruleId)).toEqual(['bilingual/placeholders']);
  });

  it('a finding over a whole target starts and ends on its code, not on the prose inside it', () => {
    const target = '<bpt id="1" ctype="x-codeph">c</bpt>restore=path<ept id="1">/c</ept>, as the guide describes';
    const text = v12(target, target);
    const untranslated = createChecker({ defaultGlossary: false, rules: ['bilingual/untranslated'] });
    const f = untranslated.check(parseXliff(text, 'a.xlf')).findings.map((x) => [x.text, x.range.start.offset, x.range.end.offset]);
    const at = text.lastIndexOf("restore=");
    const end = text.lastIndexOf("describes") + 'describes'.length;
    expect(f).toEqual([[text.slice(at, end), at, end]]);
  });

  it('keeps its code in text order when an isolated close takes back text found before a code pair', () => {
    const text = v12('Tapez <g id="1" ctype="x-code">ls</g> puis<it id="2" pos="close" ctype="x-code"/> fin');
    const doc = parseXliff(text, 'a.xlf');
    const code = doc.code ?? [];
    expect(code.map((c) => text.slice(c.start, c.end)).join('|')).toBe('Tapez |ls| puis');
    for (let k = 1; k < code.length; k++) expect(code[k]!.start).toBeGreaterThanOrEqual(code[k - 1]!.end);
  });

  it('reads a target of 80,000 references before an isolated close (no argument list as long as the target)', () => {
    const text = v12(`${'a&amp;'.repeat(80_000)}<it pos="close" ctype="x-code"/> fin`);
    const doc = parseXliff(text, 'a.xlf');
    expect(doc.code?.[0]?.start).toBe(text.indexOf('a&amp;'));
  });

  it.each([
    ['x-codeph', true], ['x-CODE', true], ['x-kbd', true], ['my:samp', true], ['x-filepath', true], ['x-varname', true],
    ['x-COMMAND', false], ['x-b', false], ['bold', false], ['x-ph', false], ['fmt', false], ['xlf:var', false], ['', false], [undefined, false],
  ])('saysCode(%s) is %s', (value, expected) => {
    expect(saysCode(value)).toBe(expected);
  });
});
