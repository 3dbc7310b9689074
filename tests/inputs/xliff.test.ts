import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.ts';
import { parseXliff } from '../../src/inputs/xliff.ts';
import { occurrences, reads } from './helpers.ts';
import { thrown } from '../helpers/thrown.ts';

const V12 =
  '<?xml version="1.0"?>\r\n<xliff version="1.2"><file><body>\n' +
  '<trans-unit id="t1"><source>Keir <g id="1">Starrer</g></source><target>Keir &amp; 😀 <![CDATA[a<b]]>Starrer<x id="2"/>! ' +
  '<ph id="3">&lt;b title="Keir Starrer"&gt;</ph><g id="4">Keir Starrer</g></target>\n' +
  '<alt-trans><source>a</source><target>Keir Starrer alt</target></alt-trans><note>Keir Starrer</note></trans-unit>\n' +
  '<trans-unit id="t2"><source>s</source><target/></trans-unit></body></file></xliff>';

describe('xliff input', () => {
  it('reads each 1.2 target as one segment: inline tags blank, their text kept, native code, alternatives and notes out', () => {
    const doc = parseXliff(V12, 'a.xlf');
    expect(reads(doc)).toEqual([[128, 245, 'Keir & 😀 a<b Starrer ! Keir Starrer']]);
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 4, prose: 1 });
    expect(doc.format).toBe('xliff');
  });

  it('gives units with the whole source and target content ranges', () => {
    const doc = parseXliff(V12);
    const units = (doc.units ?? []).map((u) => [u.id, u.source && V12.slice(u.source.start, u.source.end), V12.slice(u.target.start, u.target.end)]);
    expect(units).toEqual([
      [
        't1',
        'Keir <g id="1">Starrer</g>',
        'Keir &amp; 😀 <![CDATA[a<b]]>Starrer<x id="2"/>! <ph id="3">&lt;b title="Keir Starrer"&gt;</ph><g id="4">Keir Starrer</g>',
      ],
      ['t2', 's', ''],
    ]);
  });

  it('reads 2.0 units, one unit per segment, and keeps text inside <pc>', () => {
    const text =
      '<xliff version="2.0"><file><unit id="u1"><segment id="s1"><source>A</source><target>B <pc id="1">Keir Starrer</pc> C</target></segment>' +
      '<ignorable><source> </source></ignorable><segment><source>D</source><target>E<ph id="2"/>F</target></segment></unit>' +
      '<unit id="u2"><segment><source>G</source><target>H</target></segment></unit></file></xliff>';
    const doc = parseXliff(text);
    expect(reads(doc)).toEqual([
      [84, 116, 'B Keir Starrer C'],
      [211, 225, 'E F'],
      [300, 301, 'H'],
    ]);
    expect(doc.units).toEqual([
      { id: 'u1/s1', source: { start: 66, end: 67 }, target: { start: 84, end: 116 } },
      { id: 'u1/2', source: { start: 193, end: 194 }, target: { start: 211, end: 225 } },
      { id: 'u2', source: { start: 282, end: 283 }, target: { start: 300, end: 301 } },
    ]);
    expect(text.slice(84, 116)).toBe('B <pc id="1">Keir Starrer</pc> C');
    expect(text.slice(211, 225)).toBe('E<ph id="2"/>F');
  });

  it('turns XML comments into suppressions', () => {
    const text = '<xliff version="1.2"><!-- translint-disable-next-line glossary/ -->\n<trans-unit id="1"><target>Keir Starrer</target></trans-unit></xliff>';
    expect(parseXliff(text).suppressions).toEqual([{ start: 68, end: 137, rules: ['glossary/'] }]);
  });

  it.each([
    ['<xliff version="1.2">\n<file>\n</xliff>', 3, 'unexpected close tag.'],
    ['<xliff version="1.2">&nbsp;</xliff>', 1, 'undefined entity.'],
    ['<xliff version="1.2"><target a="1" a="2"/></xliff>', 1, 'duplicate attribute: a.'],
    ['<html><body/></html>', 1, 'not an XLIFF file: the root element is <html>'],
  ])('throws InputError for %j', (text, line, detail) => {
    const err = thrown(() => parseXliff(text, 'bad.xlf'), InputError);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ path: 'bad.xlf', line, detail, message: `bad.xlf:${line}: ${detail}` });
  });
});

