import { describe, expect, it } from 'vitest';
import { parseHtml, scanHtml } from '../../src/inputs/html.ts';
import { occurrences, spans } from './helpers.ts';

describe('html input', () => {
  it('keeps text nodes; skips attributes, script, style, noscript, template, pre and code', () => {
    const text =
      '<p title="Keir Starrer"><b>Keir Starrer</b> met Kagame.</p><script>var k = "Keir Starrer";</script><style>p{}</style>' +
      '<noscript>Keir</noscript><template><p>Keir</p></template><pre><b>Keir</b></pre><code>Keir Starrer</code><p>End';
    const doc = parseHtml(text, 'a.html');
    expect(spans(doc)).toEqual([
      [27, 39, 'Keir Starrer'],
      [43, 55, ' met Kagame.'],
      [224, 227, 'End'],
    ]);
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 4, prose: 1 });
    expect(doc.format).toBe('html');
  });

  it('splits segments at character references so no token is made of an entity name', () => {
    const text = '<p>Keir&nbsp;Starrer &amp; Kagame&#8217;s &amp</p>';
    expect(spans(parseHtml(text))).toEqual([
      [3, 7, 'Keir'],
      [13, 21, 'Starrer '],
      [26, 33, ' Kagame'],
      [40, 42, 's '],
    ]);
  });

  it('never throws on broken markup and keeps CRLF inside text', () => {
    expect(spans(parseHtml('<p>Unclosed <b>Keir Starrer <div attr="x'))).toEqual([
      [3, 12, 'Unclosed '],
      [15, 28, 'Keir Starrer '],
    ]);
    expect(spans(parseHtml('<p>Keir\r\nStarrer</p>'))).toEqual([[3, 16, 'Keir\r\nStarrer']]);
    expect(parseHtml('').segments).toEqual([]);
  });

  it('gives comments with their extent, offset by the fragment base', () => {
    expect(scanHtml('<!-- a -->x<!-- b -->', 100)).toEqual({
      segments: [{ start: 110, end: 111 }],
      comments: [
        { start: 100, end: 110, body: ' a ' },
        { start: 111, end: 121, body: ' b ' },
      ],
    });
  });

  it('turns translint comments into suppressions', () => {
    const text = '<p>a</p>\r\n<!-- translint-disable-next-line glossary/ -->\r\n<p>Keir Starrer</p>\n<!-- translint-disable --><p>b</p>';
    const doc = parseHtml(text);
    expect(doc.suppressions).toEqual([
      { start: 58, end: 77, rules: ['glossary/'] },
      { start: 104, end: 112 },
    ]);
    expect(text.slice(58, 77)).toBe('<p>Keir Starrer</p>');
  });
});
