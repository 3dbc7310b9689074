import { describe, expect, it } from 'vitest';
import { FILLER } from '../../src/document/tokens.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { parseHtml } from '../../src/inputs/html.ts';
import { parseXliff } from '../../src/inputs/xliff.ts';

// A number whose separator is written as a character reference reads whole in the prose view (the
// reference's padding is fillers, not spaces), so artefact/number-format sees it; the finding's range
// slices the file, reference and all. Words beside a reference read as before.

const numbers = createChecker({ defaultGlossary: false, rules: ['artefact/number-format'] });
const html = (p: string) => `<p>${p}</p>\n`;
const xliff = (target: string) =>
  `<xliff version="1.2"><file source-language="de" target-language="en" datatype="html" original="a"><body><trans-unit id="1"><source>Quelle</source><target>${target}</target></trans-unit></body></file></xliff>`;
const found = (doc: ReturnType<typeof parseHtml>) => numbers.check(doc).findings.map((f) => [f.text, f.range.start.offset, f.range.end.offset, f.suggestions[0]?.text]);

describe('numbers with a separator written as a reference', () => {
  it.each([
    ['a no-break space', 'They counted 25&nbsp;000 marchers.', '25&nbsp;000', '25,000'],
    ['a numeric space', 'They counted 25&#x20;000 marchers.', '25&#x20;000', '25,000'],
    ['a numeric no-break space', 'They counted 25&#160;000 marchers.', '25&#160;000', '25,000'],
    ['a narrow no-break space', 'They counted 25&#8239;000 marchers.', '25&#8239;000', '25,000'],
    ['a point', 'Over 7&#46;000 letters arrived.', '7&#46;000', '7,000'],
    ['two points', 'It cost 12&#46;000&#46;000 euros.', '12&#46;000&#46;000', '12,000,000'],
    ['a decimal comma', 'Prices rose 4&#44;5 percent.', '4&#44;5', '4.5'],
    ['a space before a percent sign', 'Turnout was 61&nbsp;% this year.', '61&nbsp;%', '61%'],
  ])('%s', (_name, p, flagged, suggestion) => {
    for (const [text, doc] of [
      [html(p), parseHtml(html(p), 'a.html')],
      [xliff(p.replace(/&nbsp;/g, '&#160;')), parseXliff(xliff(p.replace(/&nbsp;/g, '&#160;')), 'a.xlf')],
    ] as const) {
      const want = doc.format === 'xliff' ? flagged.replace(/&nbsp;/g, '&#160;') : flagged;
      const at = text.indexOf(want);
      expect(found(doc)).toEqual([[want, at, at + want.length, suggestion]]);
    }
  });

  it.each([
    ['an English number', 'They counted 25&#44;000 marchers.'],
    ['a number and a word', 'Gate 25&nbsp;opens at noon.'],
    ['two numbers apart', 'Rooms 12&nbsp;and 14&nbsp;are free.'],
  ])('nothing for %s', (_name, p) => {
    expect(found(parseHtml(html(p), 'a.html'))).toEqual([]);
  });

  it.each([
    // [file text, the reference, how the prose view reads it]
    ['Mary&nbsp;Smith', '&nbsp;', '\u00a0     '],
    ['Mary&nbsp;7', '&nbsp;', '\u00a0     '],
    ['7&nbsp;Smith', '&nbsp;', '\u00a0     '],
    ['couldn&#8217;t', '&#8217;', '\u2019' + FILLER.repeat(6)],
    ['said &quot;Yes', '&quot;', '     "'],
    ['7&nbsp;000', '&nbsp;', '\u00a0' + FILLER.repeat(5)],
    ['7&#46;000', '&#46;', '.' + FILLER.repeat(4)],
    ['7&nbsp;%', '&nbsp;', '\u00a0' + FILLER.repeat(5)],
    ['7&#46; Then', '&#46;', '.    '],
  ])('%s: the reference reads as %j', (p, ref, reads) => {
    const text = html(p);
    const doc = parseHtml(text, 'a.html');
    const at = text.indexOf(ref);
    expect((doc.prose ?? doc.text).slice(at, at + ref.length)).toBe(reads);
  });
});
