import { describe, expect, it } from 'vitest';
import { buildXml, xmlAttributeSafe, xmlSafe, xmlTextSafe } from '../../../src/reports/shared/xml.ts';

describe('xml helpers', () => {
  it('replaces characters XML 1.0 cannot hold and keeps tab, line breaks and emoji', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\t\n\r 🙂 \uD83D x \uDE42')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\t\n\r 🙂 \uFFFD x \uFFFD');
  });

  it('normalises line ends in text and whitespace in attributes as an XML reader would', () => {
    expect(xmlTextSafe('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(xmlAttributeSafe('a\r\nb\tc\nd')).toBe('a b c d');
  });

  it('escapes markup in attributes and text', () => {
    expect(buildXml({ r: { '@_a': `<&>"'`, '#text': `<&>"' ]]>` } })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<r a="&lt;&amp;&gt;&quot;&apos;">&lt;&amp;&gt;&quot;&apos; ]]&gt;</r>\n',
    );
  });
});
