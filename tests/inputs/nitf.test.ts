import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.ts';
import { parseNitf } from '../../src/inputs/nitf.ts';
import { occurrences, reads, spans } from './helpers.ts';
import { thrown } from '../helpers/thrown.ts';

// a prolog with a DOCTYPE (its internal subset holds a comment and a PI), a directive comment, the
// head's metadata, every body.head element, inline markup, CDATA, a character reference, media and a table
const NITF =
  '<?xml version="1.0"?>\r\n<!DOCTYPE nitf [<!-- x --><?y z?>]>\n<?style a?><!-- translint-disable-next-line -->\n' +
  '<nitf><head><title>Keir Starrer</title><docdata><key-list><keyword key="Keir Starrer"/></key-list></docdata></head>\n' +
  '<body><body.head><hedline><hl1>Keir Starrer &amp; 😀 Kagame</hl1><hl2>Sub <em>head</em></hl2></hedline><rights>Keir Starrer</rights>' +
  '<byline>By <person>Anna</person></byline><dateline>KIGALI</dateline><abstract><p>Sum</p></abstract></body.head>\n' +
  '<body.content><p>A <em>Keir Starrer</em> b<![CDATA[c<d]]>&#233;</p><?pi x?><media><media-reference source="x"/><media-caption>Cap</media-caption><media-producer>Photo</media-producer></media>' +
  '<table><tr><td>9</td></tr></table><ul><li>Item</li></ul></body.content><body.end><tagline>Tag</tagline><bibliography>Bib</bibliography></body.end></body></nitf>';

describe('nitf input', () => {
  it('reads headlines, byline, abstract, paragraphs, captions and tagline, each one segment across inline tags, CDATA and references', () => {
    const doc = parseNitf(NITF, 'a.nitf');
    expect(reads(doc)).toEqual([
      [254, 282, 'Keir Starrer & 😀 Kagame'],
      [293, 305, 'Sub head'],
      [363, 378, 'By Anna'],
      [436, 439, 'Sum'],
      [484, 530, 'A Keir Starrer b c<d é'],
      [593, 596, 'Cap'],
      [700, 704, 'Item'],
      [748, 751, 'Tag'],
    ]);
    expect(doc).toMatchObject({ path: 'a.nitf', format: 'nitf' });
    // in the title, keyword attribute, rights, hl1 (before the reference) and the paragraph
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 5, prose: 2 });
  });

  it('skips notes, even when they hold a body.content, and turns comments into suppressions', () => {
    const text = '<nitf><body><body.head><note><body.content><p>Keir Starrer</p></body.content></note></body.head>\n<!-- translint-disable glossary/ -->\n<body.content><p>Keir Starrer</p></body.content></body></nitf>';
    const doc = parseNitf(text);
    expect(spans(doc)).toEqual([[151, 163, 'Keir Starrer']]);
    expect(doc.suppressions).toEqual([{ start: 133, end: 196, rules: ['glossary/'] }]);
  });

  it('skips elements it does not know outside the body, but reads them inside prose', () => {
    const text = '<nitf><body><vendor-meta>Keir Starrer</vendor-meta><body.content><p><vendor-tag>Keir Starrer</vendor-tag></p></body.content></body></nitf>';
    expect(spans(parseNitf(text))).toEqual([[80, 92, 'Keir Starrer']]);
  });

  it.each([
    ['<nitf>\n<body>\n<body.content><p>a</body.content></body></nitf>', 3, 'unexpected close tag.'],
    ['<nitf><body><body.content><p>&nbsp;</p></body.content></body></nitf>', 1, 'undefined entity.'],
    ['<nitf>\n<body>', 2, 'unclosed tag: body'],
    ['<?xml version="1.0"?>\n<newsItem/>', 2, 'not an NITF document: the root element is <newsItem>'],
  ])('throws InputError for %j', (text, line, detail) => {
    const err = thrown(() => parseNitf(text, 'bad.nitf'), InputError);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ path: 'bad.nitf', line, detail, message: `bad.nitf:${line}: ${detail}` });
  });
});

