import { describe, expect, it } from 'vitest';
import { buildXml, xmlAttribute, xmlSafe, xmlText } from '../../../src/reports/shared/xml.ts';
import { isWellFormed, readElements } from '../xml-check.ts';

describe('xml helpers', () => {
  it('writes characters XML 1.0 cannot hold as a visible escape and keeps tab, line breaks and emoji', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\t\n\r 🙂 \uD83D x \uDE42')).toBe('a\\u0000b\\u0008c\\u000Bd\\u001Fe\\uFFFEf\t\n\r 🙂 \\uD83D x \\uDE42');
  });

  it('writes tab, LF and CR in attributes, and CR in text, as character references, which a reader does not normalise', () => {
    expect(xmlText('a\r\nb\rc\nd\te')).toBe('a&#13;\nb&#13;c\nd\te');
    expect(xmlAttribute('a\r\nb\tc\nd')).toBe('a&#13;&#10;b&#9;c&#10;d');
  });

  it('escapes markup in attributes and text', () => {
    expect(buildXml({ r: { '@_a': `<&>"'`, '#text': `<&>"' ]]>` } })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<r a="&lt;&amp;&gt;&quot;&apos;">&lt;&amp;&gt;&quot;&apos; ]]&gt;</r>\n',
    );
  });

  it('reads back as what was written, whitespace and escapes included, for a conforming reader', () => {
    const odd = 'new\nline\r\n\ttab &#10; &amp; <x> "q" \'a\' \u0001 \\u0001';
    const xml = buildXml({ r: { '@_a': odd, e: { '#text': odd } } });
    expect(isWellFormed(xml)).toBe(true);
    const [r, e] = readElements(xml);
    const shown = odd.replace('\u0001', '\\u0001');
    expect(r?.attributes.a).toBe(shown);
    expect(e?.text).toBe(shown);
  });
});
