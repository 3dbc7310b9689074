import { describe, expect, it } from 'vitest';
import { widenToWhole } from '../../src/document/span.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { parseHtml } from '../../src/inputs/html.ts';
import { parsePo } from '../../src/inputs/po.ts';
import { parseXliff } from '../../src/inputs/xliff.ts';
import { growth } from '../helpers/growth.ts';

// An entity or escape reads as its character in the prose view, padded to its length; a finding's range
// still slices the file, and covers the whole escape it flags, never part of one.

const quotes = createChecker({ defaultGlossary: false, rules: ['artefact/quotes'] });
const flagged = (doc: Parameters<typeof quotes.check>[0]) => quotes.check(doc).findings.map((f) => [f.text, f.range.start.offset, f.range.end.offset]);

const xliff = (target: string, source = 'Hallo') =>
  `<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="a"><body>\n<trans-unit id="1"><source>${source}</source><target>${target}</target></trans-unit>\n</body></file></xliff>\n`;

describe('findings over escapes', () => {
  it('a quotation mark written as a PO escape is flagged as the whole escape', () => {
    const text = 'msgid "Er sagte \\"Hallo"\nmsgstr "He said \\"hello"\n';
    const at = text.indexOf('\\"hello');
    expect(flagged(parsePo(text, 'a.po'))).toEqual([['\\"', at, at + 2]]);
  });

  it('an HTML entity for a quotation mark is flagged whole', () => {
    const text = '<p>He said &quot;hello and left.</p>\n';
    const at = text.indexOf('&quot;');
    expect(flagged(parseHtml(text, 'a.html'))).toEqual([['&quot;', at, at + 6]]);
  });

  it('in a large document checked in parts, as in a small one', () => {
    const para = '<p>The council met on Monday and agreed the budget for the coming year.</p>\n';
    const text = para.repeat(6000) + '<p>He said &quot;hello and left.</p>\n';
    const at = text.indexOf('&quot;');
    expect(text.length).toBeGreaterThan(400_000);
    expect(flagged(parseHtml(text, 'a.html'))).toEqual([['&quot;', at, at + 6]]);
  });

  it('widenToWhole widens to the spans a range covers part of, and leaves the rest', () => {
    const esc = [
      { start: 2, end: 4 },
      { start: 10, end: 16 },
    ];
    expect(widenToWhole(esc, 2, 3)).toEqual({ start: 2, end: 4 });
    expect(widenToWhole(esc, 3, 12)).toEqual({ start: 2, end: 16 });
    expect(widenToWhole(esc, 5, 9)).toEqual({ start: 5, end: 9 });
    expect(widenToWhole(esc, 16, 20)).toEqual({ start: 16, end: 20 });
    expect(widenToWhole(esc, 3, 3)).toEqual({ start: 3, end: 3 });
    expect(widenToWhole([], 1, 2)).toEqual({ start: 1, end: 2 });
  });
});

describe('HTML carried as text in an XLIFF target', () => {
  it('reads its tags as markup: the quotation marks of attributes are not quotations', () => {
    const doc = parseXliff(xliff('&lt;span style="color: #800000;"&gt;Annual report&lt;/span&gt;'), 'a.xlf');
    expect(flagged(doc)).toEqual([]);
    const at = doc.text.indexOf('Annual report');
    expect((doc.prose ?? doc.text).slice(at - 3, at + 16)).toBe('   Annual report   ');
  });

  it('in a CDATA section too', () => {
    expect(flagged(parseXliff(xliff('<![CDATA[<a href="x.html">Annual</a> report]]>'), 'a.xlf'))).toEqual([]);
  });

  it('still reads quotation marks of the text between the tags', () => {
    const doc = parseXliff(xliff('&lt;p&gt;He said "hello and left.&lt;/p&gt;'), 'a.xlf');
    const at = doc.text.indexOf('"hello');
    expect(flagged(doc)).toEqual([['"', at, at + 1]]);
  });

  it('a finding on the whole target starts and ends on its prose, whole entities in between', () => {
    const target = '&lt;p&gt;Das ist ein Test &amp; eine Anwendung.&lt;/p&gt;';
    const doc = parseXliff(xliff(target, target), 'a.xlf');
    const found = createChecker({ defaultGlossary: false, rules: ['bilingual/untranslated'] })
      .check(doc)
      .findings.map((f) => f.text);
    expect(found).toEqual(['Das ist ein Test &amp; eine Anwendung.']);
  });
});

describe('a long XLIFF target of tags never closed', () => {
  // an attribute may not run over a later `&lt;`: each `&lt;` looked for its `&gt;` up to the end of the
  // target, quadratic (a 200 KB target took minutes); linear, 8x the text takes about 8x the time
  it('is read and compared in time linear in its size', () => {
    const checker = createChecker({ defaultGlossary: false, rules: ['bilingual/', 'artefact/quotes'] });
    const ratio = growth((n) => {
      const target = 'Ok &lt;b and more. '.repeat(n);
      checker.check(parseXliff(xliff(target, target.replace(/Ok/g, 'Gut')), 'a.xlf'));
    }, 1_500);
    expect(ratio).toBeLessThan(24);
  });
});
