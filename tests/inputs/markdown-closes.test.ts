import { describe, expect, it } from 'vitest';
import { markdownParts } from '../../src/inputs/markdown-parts.ts';
import { MARKDOWN_LIMITS, prepareMarkdown } from '../../src/inputs/markdown-limits.ts';
import { parseMarkdown } from '../../src/inputs/markdown.ts';
import { growth } from '../helpers/growth.ts';
import { reads } from './helpers.ts';

// A line that ends a block quote or list item and opens none in its place (a blank line after "> b", a
// paragraph after a list item) makes micromark copy every event of what it has read so far (the EditMap
// in its initialize/document.js), at the top level too: "> b", blank, × 8,000 (48 KB) took 44 s, and a
// file under 1 MiB was read as one part. Such lines now count towards cutting a part (NESTED_CUT,
// markdown-parts.ts). Linear code gives a growth of about 8 for 8x the size, quadratic about 64.
describe('Markdown that ends top-level containers again and again', () => {
  it.each([
    ['one-line block quotes between blank lines', (n: number) => 'Keir Starrer spoke.\n\n> b\n\n'.repeat(n), ['Keir Starrer spoke.', 'b']],
    ['list items each followed by a paragraph', (n: number) => '- a\n\nb\n\n'.repeat(n), ['a', 'b']],
    ['the same with CR-only line ends', (n: number) => '- a\r> b\r\r'.repeat(n), ['a', 'b']],
  ])('reads %s in linear time, each block as written', (_, make, each) => {
    expect(reads(parseMarkdown(make(1000))).map((r) => r[2])).toEqual(Array.from({ length: 1000 }, () => each).flat());
    expect(growth((n) => parseMarkdown(make(n)), 200)).toBeLessThan(24);
  });

  it('cuts a part between such blocks once their ends times its lines pass NESTED_CUT, whatever the file length', () => {
    expect(markdownParts('> b\n\n'.repeat(3000)).length).toBeGreaterThan(5);
    expect(markdownParts('- a\n\nb\n\n'.repeat(3000)).length).toBeGreaterThan(5);
    // ordinary paragraphs end no container: one part
    expect(markdownParts('a\n\nb\n\n'.repeat(3000))).toEqual([0]);
  });
});

// A "-" alone under a line of text is a setext underline (CommonMark prefers it to an empty list item):
// the limit's scan took it for a list marker and did not count it, so "a", "-" × 8,000 (16 KB) took 39 s.
describe('setext headings underlined with a single "-"', () => {
  it('counts them against MARKDOWN_LIMITS.setext and reads the underlines past it as blank lines', () => {
    const past = 'Keir Starrer\n-\n'.repeat(MARKDOWN_LIMITS.setext + 1);
    expect(prepareMarkdown(past, undefined).source).toBe(past.replace(/^-$/gm, ' '));
    expect(reads(parseMarkdown(past)).map((r) => r[2])).toEqual(Array(MARKDOWN_LIMITS.setext + 1).fill('Keir Starrer'));
    const at = 'Keir Starrer\n-\n\n'.repeat(MARKDOWN_LIMITS.setext);
    expect(prepareMarkdown(at, undefined).source).toBe(at);
    // an empty list item after a blank line is no underline
    const items = 'a\n\n-\n\n'.repeat(MARKDOWN_LIMITS.setext + 1);
    expect(prepareMarkdown(items, undefined).source).toBe(items);
  });

  it('reads them in linear time', () => {
    expect(growth((n) => parseMarkdown('a\n-\n'.repeat(n)), 250)).toBeLessThan(24);
  });
});

// markdown-parts.ts split lines at LF only: a file with CR-only line ends (old Mac tools) was one line,
// never cut, and refused past 1 MiB as "a block with no place to read it in parts".
describe('a long Markdown file with CR-only line ends', () => {
  it('is cut into parts where the same file with LF is, and read the same', () => {
    const lf = 'Keir Starrer said on Tuesday that talks would resume.\nA second line.\n\n'.repeat(16_000);
    const cr = lf.replaceAll('\n', '\r');
    expect(cr.length).toBeGreaterThan(1_048_576);
    expect(markdownParts(cr)).toEqual(markdownParts(lf));
    const short = lf.slice(0, 70 * 60);
    expect(reads(parseMarkdown(short.replaceAll('\n', '\r'), 'a.md', 1000, 0))).toEqual(reads(parseMarkdown(short, 'a.md', 1000, 0)));
  });
});
