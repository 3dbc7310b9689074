import { describe, expect, it } from 'vitest';
import { createChecker, formatForPath, parseGlossary } from '../../src/index.ts';
import { parseMarkdown } from '../../src/inputs/markdown.ts';

// micromark drops a U+FEFF that opens what it reads, as a byte-order mark, and counts its offsets from after
// it: the Markdown input has to count it back, or its terms and prose view are one character off the text.
const checker = createChecker({ rules: ['glossary/'], defaultGlossary: false, glossaries: [parseGlossary('[{"term":"Keir Starmer","variants":["Keir Starrer"]}]', 'json')] });
const BODY = 'Run `fooz` first.\n\nThe goverment of Keir Starrer said so.\n';

describe('Markdown with a byte-order mark, through the library', () => {
  // only the first mark is the encoding's: a second (files joined with their marks) is a character of the text
  it.each([
    ['no mark', '', ''],
    ['a byte-order mark', '\ufeff', ''],
    ['a mark twice (files joined with their marks)', '\ufeff\ufeff', '\ufeff'],
  ])('%s: the code span is a term and the finding after it has exact ranges in the text', (_, mark, kept) => {
    const doc = formatForPath('story.md').parse(mark + BODY, 'story.md');
    const d = kept.length;
    expect(doc.text).toBe(kept + BODY);
    expect(doc.bom).toBe(mark !== '');
    expect(doc.terms).toEqual([{ start: 4 + d, end: 10 + d, code: true }]);
    expect(doc.text.slice(4 + d, 10 + d)).toBe('`fooz`');
    expect(doc.prose?.slice(36 + d, 48 + d)).toBe('Keir Starrer');
    const found = checker.check(doc).findings.map((f) => [f.ruleId, f.range.start.offset, f.range.end.offset, f.text]);
    expect(found).toEqual([['glossary/variant', 36 + d, 48 + d, 'Keir Starrer']]);
  });

  it('a part of a long file that opens with U+FEFF (files joined with their marks) is read at its own offsets', () => {
    const text = `One.\n\n\ufeff${BODY}`;
    // parts of one character: the file is cut at every line that may start one (markdown-parts.ts)
    const doc = parseMarkdown(text, 'joined.md', 1, 0);
    const at = text.indexOf('`fooz`');
    expect(doc.terms).toEqual([{ start: at, end: at + 6, code: true }]);
    const name = text.indexOf('Keir Starrer');
    expect(doc.prose?.slice(name, name + 12)).toBe('Keir Starrer');
    expect(doc.segments.map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Run `fooz` first.', 'The goverment of Keir Starrer said so.']);
    expect(checker.check(doc).findings.map((f) => [f.range.start.offset, f.text])).toEqual([[name, 'Keir Starrer']]);
  });
});
