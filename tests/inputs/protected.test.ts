import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { inputFormats, type InputFormatName } from '../../src/inputs/index.ts';

// Content marked not to be translated (`translate="no"`, XLIFF 1.2's `<mrk mtype="protected">`) is no
// prose: it is the original's and stays as it is, so it is never checked nor fixed, as inline code is
// not. Each case writes the default glossary's wrong form "Cnn" (of "CNN") inside such markup and
// outside it: only the ones outside are found, at their exact ranges.
const checker = createChecker({ rules: ['glossary/variant'] });

/** The [start, end, text] of each "Cnn" the glossary flags. */
function flagged(format: InputFormatName, text: string): [number, number, string][] {
  const { findings } = checker.check(inputFormats[format].parse(text, `a.${format}`));
  return findings.map((f) => [f.range.start.offset, f.range.end.offset, text.slice(f.range.start.offset, f.range.end.offset)]);
}

/** The [start, end, "Cnn"] of the occurrences of "Cnn" in `text` whose 0-based numbers are `which`. */
function occurrences(text: string, ...which: number[]): [number, number, string][] {
  const at: number[] = [];
  for (let k = text.indexOf('Cnn'); k >= 0; k = text.indexOf('Cnn', k + 1)) at.push(k);
  return which.map((n) => [at[n] as number, (at[n] as number) + 3, 'Cnn']);
}

const XLIFF2 = (units: string, file = '') =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f"${file}>${units}</file></xliff>\n`;
const unit2 = (id: string, target: string, attributes = '') => `<unit id="${id}"${attributes}><segment><source>Der Sender Cnn.</source><target>${target}</target></segment></unit>`;
const XLIFF12 = (units: string) => `<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="x"><body>${units}</body></file></xliff>\n`;
const unit12 = (id: string, target: string, attributes = '') => `<trans-unit id="${id}"${attributes}><source>Der Sender Cnn.</source><target>${target}</target></trans-unit>`;

describe('content marked not to be translated is not checked', () => {
  // [format, text, the numbers of the occurrences of "Cnn" that are found (sources are never read)]
  it.each<[string, InputFormatName, string, number[]]>([
    ['XLIFF 2: a unit with translate="no"', 'xliff', XLIFF2(unit2('1', 'Cnn notrans', ' translate="no"') + unit2('2', 'Cnn said.')), [3]],
    ['XLIFF 2: <mrk translate="no">', 'xliff', XLIFF2(unit2('1', 'Cnn said <mrk id="m1" translate="no">Cnn</mrk> and Cnn.')), [1, 3]],
    ['XLIFF 2: <sm translate="no"/> to its <em/>', 'xliff', XLIFF2(unit2('1', 'Cnn said <sm id="m1" translate="no"/>Cnn<em startRef="m1"/> and Cnn.')), [1, 3]],
    ['XLIFF 2: a group with translate="no", and a unit in it that says yes', 'xliff', XLIFF2(`<group id="g" translate="no">${unit2('1', 'Cnn one.')}${unit2('2', 'Cnn two.', ' translate="yes"')}</group>${unit2('3', 'Cnn three.')}`), [3, 5]],
    ['XLIFF 2: a file with translate="no"', 'xliff', XLIFF2(unit2('1', 'Cnn said.'), ' translate="no"'), []],
    ['XLIFF 1.2: <mrk mtype="protected">', 'xliff', XLIFF12(unit12('1', 'Cnn said <mrk mtype="protected">Cnn</mrk> and Cnn.')), [1, 3]],
    ['XLIFF 1.2: a trans-unit with translate="no"', 'xliff', XLIFF12(unit12('1', 'Cnn notrans', ' translate="no"') + unit12('2', 'Cnn said.')), [3]],
    ['XLIFF 1.2: a group with translate="no"', 'xliff', XLIFF12(`<group id="g" translate="no">${unit12('1', 'Cnn one.')}</group>${unit12('2', 'Cnn two.')}`), [3]],
    ['HTML: <span translate="no">', 'html', '<p>Cnn said <span translate="no">Cnn</span> and Cnn.</p>\n', [0, 2]],
    ['HTML: translate="no" on any element, any case, with what is inside', 'html', '<p>Cnn <b translate="NO">Cnn</b>.</p><div translate=" no "><p>Cnn <i>Cnn</i></p></div><p>Cnn</p>\n', [0, 4]],
    ['HTML: translate="yes" and other values change nothing', 'html', '<p translate="yes">Cnn</p><p translate="">Cnn</p><p translate="maybe">Cnn</p>\n', [0, 1, 2]],
    // a page's translate="no" on <html> or <body> asks browsers not to offer machine translation: its text is read
    ['HTML: not on <html> or <body>', 'html', '<html translate="no"><body translate="no"><p>Cnn <span translate="no">Cnn</span></p></body></html>\n', [0]],
    ['DITA: <ph translate="no">', 'xml', '<topic id="t"><title>Cnn</title><body><p>Cnn said <ph translate="no">Cnn</ph>.</p><p translate="no">Cnn <b>Cnn</b></p></body></topic>\n', [0, 1]],
    ['XML: ITS its:translate="no"', 'xml', '<doc xmlns:its="http://www.w3.org/2005/11/its"><para>Cnn said <phrase its:translate="no">Cnn</phrase>.</para></doc>\n', [0]],
    ['Markdown: inline HTML and an HTML block', 'markdown', 'Cnn said <span translate="no">Cnn</span> and Cnn.\n\n<div translate="no">\nCnn\n</div>\n\nCnn.\n', [0, 2, 4]],
  ])('%s', (_, format, text, found) => {
    expect(flagged(format, text)).toEqual(occurrences(text, ...found));
  });

  it('an XLIFF unit marked not to be translated gives no unit to the bilingual rules (its target is its source)', () => {
    const german = 'Die Lage im Norden bleibt nach Angaben der Polizei weiterhin angespannt.';
    const copied = (attributes: string) => `<trans-unit id="1"${attributes}><source>${german}</source><target>${german}</target></trans-unit>`;
    const bilingual = createChecker({ rules: ['bilingual/untranslated'] });
    const marked = XLIFF12(copied(' translate="no"') + unit12('2', 'The Cnn station.'));
    expect(inputFormats.xliff.parse(marked).units?.map((u) => u.id)).toEqual(['2']);
    expect(bilingual.check(inputFormats.xliff.parse(marked)).findings).toEqual([]);
    // the same unit without the mark is untranslated
    const unmarked = XLIFF12(copied(''));
    expect(bilingual.check(inputFormats.xliff.parse(unmarked)).findings.map((f) => f.ruleId)).toEqual(['bilingual/untranslated']);
  });
});
