import { describe, expect, it } from 'vitest';
import { FILLER } from '../../src/document/tokens.ts';
import { parseHtml, scanHtml } from '../../src/inputs/html.ts';
import { occurrences, reads, spans } from './helpers.ts';

describe('html input', () => {
  it('keeps text nodes; skips attributes, script, style, noscript, template, pre and code; inline tags do not split a block', () => {
    const text =
      '<p title="Keir Starrer"><b>Keir Starrer</b> met Kagame.</p><script>var k = "Keir Starrer";</script><style>p{}</style>' +
      '<noscript>Keir</noscript><template><p>Keir</p></template><pre><b>Keir</b></pre><code>Keir Starrer</code><p>End';
    const doc = parseHtml(text, 'a.html');
    expect(reads(doc)).toEqual([
      [27, 55, 'Keir Starrer met Kagame.'],
      [224, 227, 'End'],
    ]);
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 4, prose: 1 });
    expect(doc.format).toBe('html');
  });

  it('reads no element in another language, with all inside it, void and unclosed ones too; the page\'s own language is not asked', () => {
    const text =
      '<html lang="de"><body lang="de"><p>He said <q lang="fr">la <i>la</i> vie<br></q> was good.</p><p lang="de-CH">die die Zeit<p>Back in English' +
      '<div lang=""><span lang="EN-gb">Unknown</span> tongue</div><img lang="ru"><p xml:lang="de">Nein';
    expect(reads(parseHtml(text)).map(([, , t]) => t)).toEqual(['He said', 'was good.', 'Back in English', 'Unknown tongue']);
  });

  it('reads character references as the characters they stand for, in place, so no token is made of an entity name', () => {
    const text = '<p>Keir&nbsp;Starrer &amp; Kagame&#8217;s &amp</p>';
    const doc = parseHtml(text);
    expect(spans(doc)).toEqual([[3, 46, 'Keir&nbsp;Starrer &amp; Kagame&#8217;s &amp']]);
    // inside a word the padding is the tokenizer's filler, not spaces: "Kagame’s" stays one run
    expect(doc.prose?.slice(3, 46)).toBe(`Keir\u00a0     Starrer &     Kagame’${FILLER.repeat(6)}s &   `);
    expect(doc.prose).toHaveLength(text.length);
  });

  it('reads no prose in raw-text and RCDATA elements, nor after <plaintext>', () => {
    const text =
      '<title>Keir Starrer</title><textarea>Keir Starrer</textarea><noframes><a href="/Cnn" title="Keir Starrer">Keir Starrer</a></noframes>' +
      '<iframe>Keir Starrer</iframe><noembed>Keir Starrer</noembed><xmp>Keir <b>Starrer</b></xmp><p>Kept</p><plaintext><p>Keir Starrer</p>';
    const doc = parseHtml(text);
    expect(reads(doc).map((r) => r[2])).toEqual(['Kept']);
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 7, prose: 0 });
  });

  it('never throws on broken markup and keeps CRLF inside text', () => {
    expect(spans(parseHtml('<p>Unclosed <b>Keir Starrer <div attr="x'))).toEqual([[3, 28, 'Unclosed <b>Keir Starrer ']]);
    expect(spans(parseHtml('<p>Keir\r\nStarrer</p>'))).toEqual([[3, 16, 'Keir\r\nStarrer']]);
    expect(parseHtml('').segments).toEqual([]);
  });

  it('gives comments with their extent, offset by the fragment base', () => {
    expect(scanHtml('<!-- a -->x<!-- b -->', 100)).toEqual({
      segments: [{ start: 110, end: 111 }],
      pieces: [{ start: 110, end: 111 }],
      comments: [
        { start: 100, end: 110, body: ' a ' },
        { start: 111, end: 121, body: ' b ' },
      ],
      terms: [],
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
