import { describe, expect, it } from 'vitest';
import { formatForPath, inputFormats, isInputFormatName } from '../../src/inputs/index.ts';

describe('input format registry', () => {
  it.each([
    ['story.md', 'markdown'],
    ['docs/STORY.MARKDOWN', 'markdown'],
    ['page.html', 'html'],
    ['page.htm', 'html'],
    ['de-en.xlf', 'xliff'],
    ['de-en.xliff', 'xliff'],
    ['en.po', 'po'],
    ['messages.pot', 'po'],
    ['locales/en.json', 'json'],
    ['story.txt', 'text'],
    ['README', 'text'],
    ['archive.tar.gz', 'text'],
    ['wire/story.nitf', 'nitf'],
    ['wire/story.NITF.xml', 'nitf'],
    ['wire/item.newsml', 'newsml'],
    ['wire/item.nml', 'newsml'],
    ['wire/item.xml', 'xml'],
  ])('picks the format of %s by extension', (path, name) => {
    expect(formatForPath(path).name).toBe(name);
  });

  it('names each format by its key and knows only those names', () => {
    for (const [key, format] of Object.entries(inputFormats)) expect(format.name).toBe(key);
    expect(Object.keys(inputFormats)).toEqual(['text', 'markdown', 'html', 'xliff', 'po', 'json', 'tsv', 'nitf', 'newsml', 'xml']);
    expect(isInputFormatName('xliff')).toBe(true);
    expect(isInputFormatName('toString')).toBe(false);
    expect(isInputFormatName('docx')).toBe(false);
  });

  it('parses through the registry with the path and format set', () => {
    const doc = inputFormats.markdown.parse('Hello `code`', 'a.md');
    expect(doc).toMatchObject({ path: 'a.md', format: 'markdown', segments: [{ start: 0, end: 6 }] });
  });
});
