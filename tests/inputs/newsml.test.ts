import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.ts';
import { parseNewsml } from '../../src/inputs/newsml.ts';
import { occurrences, reads, spans } from './helpers.ts';
import { thrown } from '../helpers/thrown.ts';

// a message with three items: one with every contentMeta element and an NITF body, one with an XHTML
// body and inline data, and a package item; "Keir Starrer" sits in each kind of metadata
const MSG =
  '<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2025-01-14T09:30:00Z</sent><origin>Keir Starrer</origin></header><itemSet>\n' +
  '<newsItem guid="a"><rightsInfo><copyrightNotice>Keir Starrer</copyrightNotice></rightsInfo><itemMeta><edNote>Keir Starrer</edNote></itemMeta>' +
  '<contentMeta><keyword>Keir Starrer</keyword><slugline>Keir Starrer</slugline><subject qcode="x"><name>Keir Starrer</name></subject>' +
  '<headline>Keir Starrer &amp; Kagame</headline><headline role="short">Short <span>one</span></headline><by>By Anna</by><dateline>KIGALI</dateline><creditline>Wire</creditline>' +
  '<description role="drol:caption">Cap</description></contentMeta>\n' +
  '<contentSet><inlineXML contenttype="application/nitf+xml"><nitf><head><title>Keir Starrer</title></head><body><body.content><p>P <em>Keir Starrer</em></p></body.content></body></nitf></inlineXML></contentSet></newsItem>\n' +
  '<newsItem guid="b"><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Keir Starrer</title></head>' +
  '<body><h1>H</h1><p>X <a href="https://x.test/Keir Starrer">link</a><code>Keir Starrer</code></p></body></html></inlineXML>' +
  '<inlineData contenttype="text/plain">Plain &lt; text</inlineData><inlineData contenttype="image/png">AAAA</inlineData><remoteContent href="x"/></contentSet></newsItem>\n' +
  '<packageItem guid="c"><groupSet><group><itemRef residref="a"><title>Keir Starrer</title></itemRef></group></groupSet></packageItem></itemSet></newsMessage>';

describe('newsml input', () => {
  it('reads headlines, by, descriptions, titles and NITF, XHTML and plain-text content of every item in a message', () => {
    const doc = parseNewsml(MSG, 'wire.xml');
    expect(reads(doc)).toEqual([
      [467, 492, 'Keir Starrer & Kagame'],
      [526, 541, 'Short one'],
      [563, 570, 'By Anna'],
      [664, 667, 'Cap'],
      [823, 841, 'P Keir Starrer'],
      [1087, 1088, 'H'],
      [1096, 1140, 'X link'],
      [1236, 1251, 'Plain < text'],
      [1435, 1447, 'Keir Starrer'],
    ]);
    expect(doc).toMatchObject({ path: 'wire.xml', format: 'newsml' });
    // the headline, the NITF paragraph and the package's item reference title
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 13, prose: 3 });
  });

  it('reads a single newsItem, and an inlineXML whatever its contenttype says', () => {
    const text =
      '<newsItem><contentMeta><headline>Keir Starrer</headline></contentMeta><contentSet>' +
      '<inlineXML contenttype="text/xml"><nitf><body><body.head><hedline><hl1>One</hl1></hedline></body.head></body></nitf></inlineXML>' +
      '<inlineXML><other><p>Keir Starrer</p></other></inlineXML></contentSet></newsItem>';
    expect(spans(parseNewsml(text))).toEqual([
      [33, 45, 'Keir Starrer'],
      [153, 156, 'One'],
    ]);
  });

  it('reads no element in another language: a concept named and defined in several', () => {
    const text =
      '<conceptItem><concept><name xml:lang="en-GB">Kigali Daily Newspapers</name><name xml:lang="de">Nachrichtenagentur</name>' +
      '<definition xml:lang="fr">Une agence de presse</definition><definition xml:lang="EN">An agency</definition>' +
      '<definition xml:lang="">Unknown tongue</definition><definition lang="de-AT"><span>die die Agentur</span></definition></concept></conceptItem>';
    expect(reads(parseNewsml(text))).toEqual([
      [45, 68, 'Kigali Daily Newspapers'],
      [205, 214, 'An agency'],
      [251, 265, 'Unknown tongue'],
    ]);
  });

  it('turns comments into suppressions', () => {
    const text = '<newsItem><contentMeta>\n<!-- translint-disable-line -->\n<headline>Keir Starrer</headline></contentMeta></newsItem>';
    expect(parseNewsml(text).suppressions).toEqual([{ start: 24, end: 55 }]);
  });

  it.each([
    ['<newsItem>\n<contentMeta>\n<headline>a</contentMeta></newsItem>', 3, 'unexpected close tag.'],
    ['<newsItem><contentMeta><headline a="1" a="2"/></contentMeta></newsItem>', 1, 'duplicate attribute: a.'],
    ['<?xml version="1.0"?>\n\n<nitf/>', 3, 'not a NewsML-G2 document: the root element is <nitf>'],
    ['<newsItem/>\ntrailing', 2, 'text data outside of root node.'],
  ])('throws InputError for %j', (text, line, detail) => {
    const err = thrown(() => parseNewsml(text, 'bad.newsml'), InputError);
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ path: 'bad.newsml', line, detail, message: `bad.newsml:${line}: ${detail}` });
  });
});

