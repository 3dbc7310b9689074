import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/inputs/markdown.ts';
import { occurrences, reads, spans } from './helpers.ts';

describe('markdown input', () => {
  it('reads a heading or paragraph as one segment with emphasis, link text and soft breaks; inline code, link destinations and titles blank', () => {
    const text = '# Keir *Starrer* visits\n\nThe PM, Keir\nStarrer, said `Keir Starrer` and [Keir Starrer](https://x.org/Keir-Starrer "Keir Starrer").\n';
    const doc = parseMarkdown(text, 'a.md');
    expect(reads(doc)).toEqual([
      [2, 23, 'Keir Starrer visits'],
      [25, 129, 'The PM, Keir Starrer, said and Keir Starrer .'],
    ]);
    expect(doc.prose).toHaveLength(text.length);
    expect(doc.format).toBe('markdown');
    expect(doc.path).toBe('a.md');
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 3, prose: 1 });
  });

  it('skips front matter, autolinks and literal URLs; reads character references and backslash escapes as their characters', () => {
    const text = '---\ntitle: Keir Starrer\n---\nText &amp; Keir\\*Starrer <https://keir.starrer> www.keir-starrer.com\n';
    expect(reads(parseMarkdown(text))).toEqual([[28, 76, 'Text & Keir*\ufdd0Starrer']]);
  });

  it('skips fenced and indented code; a paragraph in a blockquote or a list is one segment, its markers blank', () => {
    const text = '```\nKeir Starrer\n```\n\n    Keir Starrer\n\n> Keir\n> Starrer\n\n- Keir\n  Starrer\n';
    expect(reads(parseMarkdown(text))).toEqual([
      [42, 56, 'Keir Starrer'],
      [60, 74, 'Keir Starrer'],
    ]);
  });

  it('reads no text of inline HTML in another language, nested tags and void ones inside it too; the English around is two blocks', () => {
    const text = 'He said <span lang="de">die <b>die</b><br> Katze</span> then <q lang="en">the end</q>.\n\nA <i lang="fr">la la\n\nNext block.\n\n<div lang="de">Ein Block</div>\n';
    expect(reads(parseMarkdown(text)).map(([, , t]) => t)).toEqual(['He said', 'then the end .', 'A', 'Next block.']);
  });

  it('reads the text of HTML blocks but not their tags or attributes, even inside a blockquote', () => {
    const text = '<div class="Keir Starrer">\nKeir Starrer &amp; Kagame\n</div>\n\n> <p title="Keir Starrer">\n> Keir Starrer\n> </p>\n';
    const doc = parseMarkdown(text);
    expect(reads(doc)).toEqual([
      [26, 53, 'Keir Starrer & Kagame'],
      [90, 103, 'Keir Starrer'],
    ]);
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 4, prose: 2 });
  });

  it('reads the text and character references of an HTML block in a list item, its indent cut out of the segments', () => {
    expect(reads(parseMarkdown('- <div>\n  Keir &amp; Starrer\n  &#x201C;Kagame&#x201D; said\n  </div>\n'))).toEqual([
      [10, 29, 'Keir & Starrer'],
      [31, 59, '“Kagame” said'],
    ]);
    expect(reads(parseMarkdown('> - <div>\n>   Keir &amp; Starrer\n>   </div>\n'))).toEqual([[14, 33, 'Keir & Starrer']]);
  });

  it('reads table cells and inline HTML text, not inline tags', () => {
    const text = '| Name | Role |\n|---|---|\n| Keir Starrer | PM |\n\nHi <span title="Keir Starrer">Keir Starrer</span>!\n';
    expect(reads(parseMarkdown(text))).toEqual([
      [2, 6, 'Name'],
      [9, 13, 'Role'],
      [28, 40, 'Keir Starrer'],
      [43, 45, 'PM'],
      [49, 99, 'Hi Keir Starrer !'],
    ]);
  });

  it('skips TOML front matter and footnote labels; a heading and the paragraph under it stay apart', () => {
    expect(spans(parseMarkdown('+++\ntitle = "Keir Starrer"\n+++\nKeir Starrer\n'))).toEqual([[31, 43, 'Keir Starrer']]);
    expect(spans(parseMarkdown('# Keir\nStarrer said\n'))).toEqual([
      [2, 6, 'Keir'],
      [7, 19, 'Starrer said'],
    ]);
    expect(reads(parseMarkdown('Keir Starrer[^1] said.\n\n[^1]: Keir Starrer is the PM.\n'))).toEqual([
      [0, 22, 'Keir Starrer said.'],
      [30, 53, 'Keir Starrer is the PM.'],
    ]);
  });

  it('keeps CRLF and tabs as they are in the file', () => {
    expect(spans(parseMarkdown('a\r\n\tb Keir Starrer\r\nc\n'))).toEqual([[0, 21, 'a\r\n\tb Keir Starrer\r\nc']]);
  });

  it('skips reference labels and definitions', () => {
    expect(spans(parseMarkdown('[Keir Starrer][ks]\n\n[ks]: https://x.org "Keir Starrer"\n'))).toEqual([[1, 13, 'Keir Starrer']]);
  });

  it('never throws: an empty file and an unclosed comment give no segments', () => {
    expect(parseMarkdown('').segments).toEqual([]);
    expect(parseMarkdown('<!-- unclosed\n\nKeir Starrer').segments).toEqual([]);
  });

  it('turns translint comments into suppressions', () => {
    const text =
      'A Keir Starrer.\n<!-- translint-disable glossary/variant -->\nB Keir Starrer.\n<!-- translint-enable -->\nC <!-- translint-disable-next-line -->\nD Keir Starrer.\n';
    const doc = parseMarkdown(text);
    expect(doc.suppressions).toEqual([
      { start: 59, end: 76, rules: ['glossary/variant'] },
      { start: 141, end: 156 },
    ]);
    expect(text.slice(59, 76)).toBe('\nB Keir Starrer.\n');
    expect(text.slice(141, 156)).toBe('D Keir Starrer.');
  });
});
