import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { inputFormats } from '../../src/inputs/index.ts';

// A number or a word with a character reference inside it (`1&#44;000`, `Ke&#105;r`): each finding's
// range slices the file to exactly what it flags and never starts or ends inside a reference.

const checker = createChecker({ defaultGlossary: false, glossaries: ['tests/fixtures/glossaries/seed.yaml'], rules: ['glossary/', 'artefact/number-format', 'artefact/repeated-word'] });

const wrap = {
  html: (p: string) => `<p>${p}</p>\n`,
  xml: (p: string) => `<doc><p>${p}</p></doc>\n`,
  nitf: (p: string) => `<nitf><body><body.content><p>${p}</p></body.content></body></nitf>\n`,
  xliff: (p: string) => `<xliff version="1.2"><file original="o"><body><trans-unit id="1"><source>x</source><target>${p}</target></trans-unit></body></file></xliff>\n`,
};

describe('numbers and words cut by a character reference', () => {
  it.each([
    // [paragraph, what is flagged]
    ['More than 2.00&#48; people came.', ['2.00&#48;']],
    ['It rose to 3,&#53; percent.', ['3,&#53;']],
    ['More than &#x31;.000 people came.', ['&#x31;.000']],
    ['More than &#49;,5 percent came.', ['&#49;,5']],
    ['It cost 1&#44;000 dollars, the&#x20;the end.', ['the&#x20;the']],
    ['Ke&#105;r Starrer spoke.', ['Ke&#105;r Starrer']],
    ['Keir&#x20;Starrer spoke.', ['Keir&#x20;Starrer']],
    ['It was &#x31;0 years ago.', []],
  ])('%s', (para, expected) => {
    for (const [format, w] of Object.entries(wrap)) {
      const text = w(para);
      const doc = inputFormats[format as keyof typeof wrap].parse(text, `a.${format}`);
      const refs = [...text.matchAll(/&#?\w+;/g)].map((m) => [m.index, m.index + m[0].length] as const);
      const findings = checker.check(doc).findings;
      expect(findings.map((f) => f.text), format).toEqual(expected);
      for (const f of findings) {
        const { offset: s } = f.range.start;
        const { offset: e } = f.range.end;
        expect(text.slice(s, e)).toBe(f.text);
        expect(refs.filter(([a, z]) => (a < s && s < z) || (a < e && e < z))).toEqual([]);
      }
    }
  });
});
