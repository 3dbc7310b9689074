import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { LINE_WEIGHT, markdownParts, WHOLE_CHARS } from '../../src/inputs/markdown-parts.ts';
import { parseMarkdown } from '../../src/inputs/markdown.ts';
import { reads } from './helpers.ts';

// A long Markdown file is read in parts (src/inputs/markdown-parts.ts): micromark keeps every event of what it
// reads (a 4 MB file of paragraphs took 1.2 GB, a 20 MB one ran out of memory). A part starts only at a
// line that begins a top-level block after a blank line, outside fenced code, long HTML blocks and front
// matter. With parts of 1 character, every such line starts one: what each part starts with.
const starts = (text: string, expected: readonly string[]) => markdownParts(text, 1, 0).map((at, k) => text.slice(at, at + (expected[k] ?? '').length));

describe('where a Markdown file is cut into parts', () => {
  it.each([
    ['paragraphs', 'One.\n\nTwo.\nstill two.\n\nThree.\n', ['One.', 'Two.', 'Three.']],
    ['not before an indented line (list content, indented code) nor a lazy line', '- a\n\n  b\n\n    code\n\nc\n', ['- a', 'c']],
    ['not inside fenced code, blank lines and all', 'a\n\n```\nx\n\ny\n```\n\nb\n\n~~~~\n\nz\n~~~\n\n~~~~\n\nc\n', ['a', '```', 'b', '~~~~', 'c']],
    // a fence of a list item or block quote ends with it, and a fence line after that opens a fence, not closes one
    ['not inside a fence of a list item; a line at column 0 ends the item and its fence', '- ```\n\n  x\n\nnot a block\n  ```\n\nd\n', ['- ```', 'not a block']],
    ['a fence of a block quote ends with the quote', '> ```\n> code\n\nAfter.\n\n```\ncode\n\nin code\n```\n\nEnd.\n', ['> ```', 'After.', '```', 'End.']],
    ['a fence of a block quote ends at a line without ">", blank or not', '>```\n>\n> x\n```\n\nin code\n```\n\nEnd.\n', ['>```', 'End.']],
    ['a fence of a list item ends at a line indented less than the item', '1.  ```\n    a\n\n    b\n   ```\n\nin code\n```\n\nc\n', ['1.  ```', 'c']],
    ['a fence of a list item goes on over blank lines and lines indented as the item', '- ```\n\n  x\n\n  ```\n\nb\n', ['- ```', 'b']],
    ['a fence of a list item in a block quote ends at a quoted line that is not indented', '> - ```\n>   x\n> y\n\n```\n\nin code\n```\n\nz\n', ['> - ```', '```', 'z']],
    ['a line of backticks with a backtick after them opens no fence', 'a\n\n``` x ` y\n\nb\n', ['a', '``` x ` y', 'b']],
    ['not inside an HTML comment or <pre> that blank lines do not end', 'a\n\n<!-- x\n\ny -->\n\nb\n\n<pre>\n\nz\n</pre>\n\nc\n', ['a', '<!-- x', 'b', '<pre>', 'c']],
    ['an HTML block of a block quote ends with the quote', '> <pre>\n> x\n\nAfter.\n\n<!-- c\n\n</pre> in it\n\nstill in it -->\n\nEnd.\n', ['> <pre>', 'After.', '<!-- c', 'End.']],
    ['an HTML block closed on its own line ends there', '<!-- x -->\n\nb\n', ['<!-- x -->', 'b']],
    ['not inside front matter', '---\ntitle: a\n\nb: c\n---\n\nd\n', ['---\ntitle: a\n', 'd']],
    ['a fence or HTML indented four columns is indented code, no fence', 'a\n\n    ```\n\nb\n\n    <!--\n\nc\n', ['a', 'b', 'c']],
    ['a setext underline or a table row after a blank line starts a block as in the whole file', 'a\n\n===\n\n| x |\n|---|\n', ['a', '===', '| x |\n|---|\n']],
    // an ATX heading ends any paragraph, list or quote before it, and goes on in no line after it
    ['at an ATX heading at column 0, blank line before or not', '# a\ntext\n## b\n- c\n#\n> d\n###### e\n', ['# a', '## b', '#', '###### e']],
    ['not at an indented heading, a hashtag, seven #, or in an HTML block or fence', '- a\n  # b\n#c\n####### d\n<div>\n# e\n\n```\n# f\n```\n', ['- a', '```']],
  ])('%s', (_, text, expected) => {
    expect(starts(text, expected)).toEqual(expected);
  });

  it('keeps a file weighing up to 1 MiB whole, and makes each part of a heavier one weigh at least the part size (a line weighs LINE_WEIGHT more)', () => {
    const w = LINE_WEIGHT;
    expect(markdownParts('a\n\nb\n', 2 * w + 4, 0)).toEqual([0]);
    expect(markdownParts('a\n\nb\n\nc\n', 2 * w + 3, 0)).toEqual([0, 3, 6]);
    expect(markdownParts('a\n\nb\n\nc\n', 2 * w + 4, 0)).toEqual([0, 6]);
    const short = 'Paragraph.\n\n'.repeat(Math.floor(WHOLE_CHARS / (12 + 2 * w)));
    expect(markdownParts(short)).toEqual([0]);
    expect(markdownParts(short + 'Paragraph.\n\n'.repeat(10)).length).toBeGreaterThan(10);
  });

  // micromark keeps some 5 KB of events for each short block and as much garbage again: 256 KB of "- a"
  // lines took 951 MB read whole, 1 MiB of "# h" lines more than 2 GB. Weighed by their lines, such files
  // are read in parts of a few thousand lines, in the same memory as a file of a few lines.
  it('reads dense files of list items, headings and short paragraphs in bounded memory', () => {
    const markdown = fileURLToPath(new URL('../../src/inputs/markdown.ts', import.meta.url));
    const script = `
      import { parseMarkdown } from ${JSON.stringify(markdown)};
      const counts = ['- a\\n', '# h\\n', 'a\\n\\n'].map((line) => parseMarkdown(line.repeat(Math.floor(98_304 / line.length))).segments.length);
      process.stdout.write(JSON.stringify({ counts, max: process.resourceUsage().maxRSS * 1024 }));
    `;
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    const stats = JSON.parse(r.stdout) as { counts: number[]; max: number };
    expect(stats.counts).toEqual([24_576, 24_576, 32_768]);
    expect(stats.max).toBeLessThan(256 * 1024 * 1024);
    expect(markdownParts('- a\n'.repeat(65_536)).length).toBeGreaterThan(50);
    expect(markdownParts('# h\n'.repeat(65_536)).length).toBeGreaterThan(50);
  });

  it('resolves link references and footnotes defined in another part', () => {
    const text = 'See [the report][ref] and a note[^1].\n\nMore text.\n\nAnd [again][ref].\n\n[ref]: https://x.test/a\n\n[^1]: The note, by Keir Starrer.\n';
    const whole = parseMarkdown(text, 'a.md', Infinity);
    expect(reads(whole).map((r) => r[2])).toEqual(['See the report and a note .', 'More text.', 'And again .', 'The note, by Keir Starrer.']);
    expect(markdownParts(text, 1, 0).length).toBe(5);
    expect(reads(parseMarkdown(text, 'a.md', 1, 0))).toEqual(reads(whole));
  });

  it('reads a file in parts as the same segments, prose and ranges as whole', () => {
    const blocks = [
      '---\ntitle: Keir Starrer\n---',
      '# The *Cnn* report',
      'Keir Starrer met [Gens Haftar](https://x.test/a) on `Monday`.\nA second line &amp; more.',
      '- one item\n\n  its second paragraph\n\n      indented code',
      // a fence left open by the end of its list item, then a fence at the top level
      '- ```\n  listed code\n\n  more of it',
      '```\nfenced\n\ncode Keir Starrer\n```',
      '<!-- a comment\n\nover a blank line -->',
      '> A quotation by Keir Starrer\n> on two lines.',
      '| a | b |\n|---|---|\n| Keir | Starrer |',
      'Title\n=====',
      '<div>\nHTML <b>text</b>\n</div>',
      // and by the end of its block quote
      '> ```\n> quoted code',
      '```\nmore fenced\n\nKeir Starrer in code\n```',
    ];
    const text = Array.from({ length: 30 }, (_, k) => blocks.slice(k === 0 ? 0 : 1).join('\n\n')).join('\n\n') + '\n';
    const whole = parseMarkdown(text, 'a.md', Infinity);
    for (const size of [1, 40, 500]) {
      expect(markdownParts(text, size, 0).length).toBeGreaterThan(10);
      const parts = parseMarkdown(text, 'a.md', size, 0);
      expect(reads(parts)).toEqual(reads(whole));
      expect(parts.prose).toBe(whole.prose);
      expect(parts.escapes).toEqual(whole.escapes);
    }
  });

  // A fence on a line that is in a list item by its indent alone ends with the item, as a fence on the
  // item's own line does; a new item of a top-level list is a place to cut, blank line before or not. Each
  // shape (three times over) read in parts as small as can be cut must read as micromark reads it whole:
  // the same prose, nothing it takes for code read as prose, no prose taken for code.
  it.each([
  ['item fence at the item indent', '- a\n\n  ```\n  code one\n\nprose one\n\n```\n\ncode two\n'],
  ['item fence two columns into the item', '- a\n\n    ```\n    code one\n\nprose one\n\n```\n\ncode two\n'],
  ['indented code four columns into the item', '- a\n\n      ```\n\nprose one\n\n```\n\ncode two\n'],
  ['fence of a nested item by indent', '- a\n  - b\n\n      ```\n      code one\n\nprose one\n\n```\n\ncode two\n'],
  ['fence of a wide ordered item', '10. a\n\n    ```\n    code one\n\nprose one\n\n```\n\ncode two\n'],
  ['fence less indented than a wide item is top-level', '10. a\n\n  ```\n  code one\n\nin code\n\n```\n\nprose two\n'],
  ['the example', '- item\n\n    ```\n    code\n    ```\n\nprose\n\n```\n\ncode two\n'],
  ['item fence over blank lines', '- a\n\n    ```\n\n    code\n\n    ```\n\nprose\n'],
  ['top-level fence at 1 space', ' ```\ncode\n\nx\n ```\n\nprose\n'],
  ['top-level fence at 3 spaces', '   ~~~\ncode\n\nx\n~~~\n\nprose\n'],
  ['top-level 4 spaces is indented code', '    ```\n\nprose\n\n```\n\ncode\n'],
  ['quoted item fence', '> - a\n>\n>   ```\n>   code\n\nprose\n\n```\n\ncode two\n'],
  ['quote in item with fence', '- a\n\n  > ```\n  > code\n\nprose\n\n```\n\ncode two\n'],
  ['item in item in quote', '> - a\n>   - b\n>\n>     ```\n>     code\n\nprose\n\n```\n\ncode two\n'],
  ['tight list items', '- a\n- b\n  ```\n  code\n- c\n\n1. d\n2. e\n'],
  ['lazy line', '- a\nlazy\n- b\n2. c\n'],
  ['html block holding items', '<div>\n- b\n- c\n'],
  ['html block in an item before items', '- a\n  <div>\n- b\n- c\n'],
  ['html block before items', '<div>\n- b\n\n- c\n</div>\n\nprose\n'],
  ['html block in an item', '- a\n  <div>\n- b\n</div>\n\nprose\n'],
  ['html block less indented than a wide item', '10. a\n  <div>\n- b\n\nprose\n'],
  ['thematic break', '- a\n* * *\n- b\n'],
  ['setext in item', '- a\n  b\n  ---\n- c\n'],
  ['ordered after paragraph', 'para\n2. not a list\n- a\n2. b\n'],
  // a line that starts like an ordered item but cannot begin a list where it stands goes on the paragraph
  ['years starting the lines of a wrapped paragraph', 'Sales were flat in\n2023. They fell by 7 percent and in\n2024. by 9 percent.\n'],
  ['ordered items after a bullet item are its lazy lines', '- a\n2. x\n3. y\n'],
  ['an ordered list from 1 interrupts a paragraph', 'para\n1. a\n2. b\n'],
  ['a bullet list interrupts a paragraph', 'para\n- a\n- b\n'],
  ['one ordered list, tight', '1. a\n2. b\n3. c\n'],
  ['another bullet starts another list', '- a\n+ b\n+ c\n'],
  ['an ordered list from 2 after a heading', '# h\n2. a\n3. b\n'],
  ['ordered items after an ordered item of the other delimiter', '1. a\n2) b\n3) c\n'],
  ['table in list', '- a\n| x |\n|---|\n- b\n'],
  ['tab indents', '-\ta\n\n\t```\n\tcode\n\nprose\n\n```\n\ncode\n'],
  ['quote paragraphs', '> a Keir\n>\n> b\n> c\n>\n> d\n'],
  ['nested quotes', '> a\n>> b\n>>\n>> c\n>\n> d\n'],
  ['blank line in fewer quotes', '>>> a\n>\n>>> b\n>\n>> c\n'],
  ['spaced nested quotes', '> > a\n> >\n> > b\n> >  c\n'],
  ['lazy lines', '> a\nlazy\n>\n> b\nlazy two\n'],
  ['lazy line after a blank quoted line', '> a\n>\nlazy\n>\n> b\n'],
  ['quote holding a list', '> - a\n>\n> - b\n>\n>   still b\n>\n> c\n'],
  ['quote holding an ordered list', '> 1. a\n>\n> 2. b\n>\n> 3) c\n'],
  ['quote list with a fence by indent', '> - a\n>\n>   ```\n>   code\n>\n> b\n> ```\n> more code\n>\n> in code\n> ```\n>\n> end\n'],
  ['quote list with a fence four columns in', '> - a\n>\n>     ```\n>     code\n>\n> b\n> ```\n>\n> c\n> ```\n'],
  ['quote list with a comment by indent', '> - a\n>\n>   <!--\n>\n> b\n> -->\n>\n> c\n'],
  ['fence in a quote over blank quoted lines', '> ```\n> code\n>\n> in code\n> ```\n>\n> prose\n'],
  ['comment in a quote', '> <!--\n>\n> in comment\n> -->\n>\n> prose\n'],
  ['fence line in a quoted HTML block', '> <div>\n> ```\n>\n> ```\n> code\n>\n> x Keir\n> ```\n'],
  ['blank line two quotes deep in a quoted HTML block', '> </pre>\n> > c\n> >\n> ```\n> <pre>\n'],
  ['div in a quote', '> <div>\n>\n> para\n'],
  ['div before a quote', '<div>\n>\n> in html\n\n> prose\n'],
  ['inline HTML lazy line', '> a\n<span>\n>\n> b\n'],
  ['table before a quote', '| a |\n| - |\n>\n> b\n'],
  ['table in a quote', '> | a |\n> | - |\n> | x |\n>\n> b\n'],
  ['footnote in a quote', '> [^1]: note\n>\n>     ```\n>     code\n>\n> b [^1]\n'],
  ['footnote before a quote', '[^1]: note\n>\n> b [^1]\n'],
  ['setext in a quote', '> a\n>\n> ===\n> b\n> ---\n'],
  ['setext lazy', '> a\n>\n> b\n===\n'],
  ['indented code in a quote', '>     code\n>\n> b\n'],
  ['quote that ends', '> a\n>\nafter\n>\n> b\n'],
  ['tab after a marker', '> - a\n>\n>\tb\n>\n> c\n'],
  ['quote in a list item', '- > a\n  >\n  > b\n>\n> c\n'],
  ['indented quote', ' > a\n >\n > b\n>\n> c\n'],
  ['heading in a quote', '> # h\n>\n> text\n'],
  ['link definition in a quote', '> [x]: /u\n>\n> see [x]\n'],
  ['emphasis over a blank quoted line', '> *a\n>\n> b*\n'],
  ['paragraph then quote', 'para\n>\n> b\n'],
  ['indented ">" in a quoted paragraph', '> a\n>     >\n> b\n'],
  ['item text four columns into a quote', '> - a\n>\n>     b Keir\n'],
  ['headings between paragraphs', '# a\ntext Keir\n## b\nmore *text\n### c*\n'],
  ['heading after a list, a quote and a lazy line', '- a\n  b\n# c\n> d\nlazy\n# e\n'],
  ['heading after a table', '| a |\n| - |\n| x |\n# h\n| y |\n'],
  ['heading after a setext candidate and a definition', 'a\n# h\n===\n[x]: /u\n# i\nsee [x]\n'],
  ['empty heading and closing hashes', 'a\n#\nb\n## c ##\n'],
  ['heading in an HTML block', '<div>\n# h\n</div>\n# i\n'],
  ['heading after an open emphasis and link', 'a *b [c\n# h\nd] e*\n'],
  ['heading in a footnote', '[^1]: note\n# h\nsee [^1]\n'],
  ])('a fence or block in list items and quotes: %s', (_, shape) => {
    const text = `${shape}\n`.repeat(3);
    const whole = parseMarkdown(text, 'a.md', Infinity);
    const parts = parseMarkdown(text, 'a.md', 1, 0);
    expect(reads(parts)).toEqual(reads(whole));
    expect(parts.prose).toBe(whole.prose);
  });

  it('cuts a top-level block quote at a line of text after a blank quoted line', () => {
    expect(starts('> a\n>\n> b\n>> c\n>>\n>> d\n>\n>e\n', ['> a', '> b', '>> d', '>e'])).toEqual(['> a', '> b', '>> d', '>e']);
    // not before an indented line, in a fence, after a lazy line or where an HTML block of the top level may hold the quote
    expect(starts('> a\n>\n>  b\n>\n> ```\n>\n> x\n> ```\n> c\nlazy\n> d\n', ['> a', '> ```'])).toEqual(['> a', '> ```']);
    expect(starts('<div>\n>\n> a\n\n> b\n>\n> c\n', ['<div>', '> b', '> c'])).toEqual(['<div>', '> b', '> c']);
  });

  it('reads a long block quote cut into parts as whole, bare URLs and all (its lines count as one paragraph for the limits)', () => {
    const text = '> Keir Starrer met Cnn at www.x.test today.\n>\n'.repeat(400);
    const whole = parseMarkdown(text, 'a.md', Infinity);
    expect(markdownParts(text, 1000, 0).length).toBeGreaterThan(10);
    const parts = parseMarkdown(text, 'a.md', 1000, 0);
    expect(reads(parts)).toEqual(reads(whole));
    expect(parts.prose).toBe(whole.prose);
  });

  // Lines of quotes, lists, fences and HTML in any order (a fixed seed: the same runs each time), read in
  // parts of 1 character, read as whole. (Not a top-level fence after a top-level HTML line: there the scan
  // cannot tell an HTML block's line from a fence, whose next fence line it takes for the end.)
  it('reads random lines of quotes, lists, fences and HTML in parts as whole', () => {
    const LINES = ['> a Keir', '>', '> >', '>>', '>> b', '> > c', '> - d', '>   e', '>     f', '> ```', '> ~~~', '>   ```', '> <!--', '> -->', '> <div>', '<div>', '', 'lazy g', '- h', '  i', '> # j', '> ---', '> ===', '> | k |', '> | - |', '> [^1]: l', '> [x]: /u', '> see [x] [^1]', '>\tm', ' > n', '> 1. o', '> *p', '> q*', '>>> r', '>  s', '> `t', '> u`', '<span>', '[^1]: v', '    w', '> www.x.test', '> <pre>', '> </pre>', '- > a', '  > b', '1. x', '| a |', '|---|', '</div>'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 3, maxLength: 16 }), (lines) => {
        const text = `${lines.join('\n')}\n`;
        const whole = parseMarkdown(text, 'a.md', Infinity);
        const parts = parseMarkdown(text, 'a.md', 1, 0);
        expect(parts.segments).toEqual(whole.segments);
        expect(parts.prose).toBe(whole.prose);
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });

  it('cuts a tight top-level list between its items, and a short file with many nested items ended', () => {
    const text = '- a\n  - b\n- c\n  ```\n  code\n- d\n';
    expect(starts(text, ['- a', '- c', '- d'])).toEqual(['- a', '- c', '- d']);
    const nested = Array.from({ length: 2000 }, (_, k) => `- item ${k}\n  - nested ${k}\n`).join('');
    expect(markdownParts(nested).length).toBeGreaterThan(4);
    expect(markdownParts(Array.from({ length: 2000 }, (_, k) => `- item ${k}\n`).join(''))).toEqual([0]);
  });
});
