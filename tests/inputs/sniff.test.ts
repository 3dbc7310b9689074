import { describe, expect, it } from 'vitest';
import { formatForContent } from '../../src/inputs/index.ts';
import { xmlRootName, xmlRootNameIn } from '../../src/inputs/sniff.ts';

describe('choosing an XML format by its root element', () => {
  it.each([
    ['<?xml version="1.0"?>\n<!-- c --><!DOCTYPE nitf SYSTEM "nitf.dtd">\n<nitf version="3.6"><body/></nitf>', 'nitf'],
    ['<n:newsItem xmlns:n="http://iptc.org/std/nar/2006-10-01/"><broken', 'newsItem'],
    ['\n\n<?pi x?><newsMessage>', 'newsMessage'],
    ['no markup at all', undefined],
    ['<?xml version="1.0"?>\n<!-- unclosed comment', undefined],
    ['', undefined],
  ])('reads the root of %j', (text, root) => {
    expect(xmlRootName(text)).toBe(root);
  });

  it('reads the root from pieces cut anywhere, taking none after the root', () => {
    const text = `<?xml version="1.0"?>\n<!-- ${'x'.repeat(300_000)} -->\n<n:newsItem xmlns:n="urn:x"><p>`;
    for (const cut of [text.indexOf('<n:news') + 5, text.length - 40, 100_000]) {
      const taken: string[] = [];
      const pieces = function* () {
        for (const p of [text.slice(0, cut), text.slice(cut), 'never needed']) yield (taken.push(p), p);
      };
      expect(xmlRootNameIn(pieces())).toBe('newsItem');
      expect(taken).toEqual([text.slice(0, cut), text.slice(cut)]);
    }
  });

  it.each([
    ['wire/story.xml', '<?xml version="1.0"?><nitf><body/></nitf>', 'nitf'],
    ['wire/STORY.XML', '<newsItem/>', 'newsml'],
    ['wire/batch.xml', '<newsMessage/>', 'newsml'],
    ['de-en.xml', '<xliff version="1.2"/>', 'xliff'],
    ['pom.xml', '<project/>', 'xml'],
    ['odd.xml', '<constructor/>', 'xml'],
    ['story.nitf.xml', '<newsItem/>', 'nitf'],
    ['story.nitf', '<newsItem/>', 'nitf'],
    ['story.newsml', '<nitf/>', 'newsml'],
    ['story.nml', '', 'newsml'],
    ['story.md', '<nitf/>', 'markdown'],
    ['story.txt', '<nitf/>', 'text'],
  ])('picks the format of %s', (path, text, name) => {
    expect(formatForContent(path, text).name).toBe(name);
  });
});
