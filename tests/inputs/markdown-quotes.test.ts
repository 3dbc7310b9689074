import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.ts';
import { MARKDOWN_LIMITS } from '../../src/inputs/markdown-limits.ts';
import { markdownParts } from '../../src/inputs/markdown-parts.ts';
import { parseMarkdown } from '../../src/inputs/markdown.ts';
import { translint } from '../helpers/cli.ts';
import { growth } from '../helpers/growth.ts';
import { thrown } from '../helpers/thrown.ts';

// micromark keeps every event of what it reads, a few KB for each block quote marker: one block quote of
// 1.9 MB took 770 MB, 480 KB of lines 90 quotes deep 740 MB (4.9 MB: 4.3 GB and 601 s). A block quote is
// now cut into parts at a line of text after a blank quoted line (markdown-quotes.ts; that each part reads
// as the whole does is tested in markdown-parts.test.ts), a short file too once its quote markers weigh
// more than a file read whole; a stretch that cannot be cut is refused past MARKDOWN_LIMITS.uncut.

/** Paragraphs `depth` quotes deep, each after a blank quoted line: "Cnn" in the first and the last. */
function deepQuotes(depth: number, paragraphs: number): string {
  const q = '>'.repeat(depth);
  const lines = Array.from({ length: paragraphs }, (_, k) => `${q} ${k === 0 || k === paragraphs - 1 ? 'Keir Starrer met Cnn.' : 'The minister met the press.'}\n`);
  return lines.join(`${q}\n`);
}

describe('a long Markdown block quote', () => {
  it('is checked in parts through bin/translint, and one that cannot be cut is refused in one line, exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-quotes-'));
    // 210 KB, read whole before: 3 parts now, each weighing about what a file read whole may
    const quotes = deepQuotes(20, 3000);
    expect(quotes.length).toBeLessThan(220_000);
    expect(markdownParts(quotes).length).toBeGreaterThanOrEqual(3);
    writeFileSync(join(dir, 'quotes.md'), quotes);
    // one quoted paragraph: 720 KB, 30,000 markers
    writeFileSync(join(dir, 'long.md'), '> Keir Starrer met Cnn.\n'.repeat(30_000));
    const r = translint(['check', '--rules', 'glossary/variant', '--format', 'json', 'quotes.md', 'long.md'], { cwd: dir });
    expect([r.status, r.stderr]).toEqual([2, 'translint: long.md:1: Markdown block of more than 1,048,576 characters with no place to read it in parts (a paragraph, fence or block quote; a ">" counts 16)\n']);
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: { range: { start: { line: number } } }[] }[] };
    const found = out.files.find((f) => f.path === 'quotes.md');
    expect(found?.findings.map((f) => f.range.start.line)).toEqual([1, 5999]);
  });

  it('is refused past MARKDOWN_LIMITS.uncut where it cannot be cut, at the line its stretch starts', () => {
    // characters alone: a paragraph at the limit is read, one a character longer refused
    const at = 'x'.repeat(MARKDOWN_LIMITS.uncut - 1) + '\n';
    expect(() => markdownParts(at, undefined, undefined, 'a.md')).not.toThrow();
    expect(thrown(() => markdownParts(`a\n\n${at}x`, undefined, undefined, 'a.md'), InputError).line).toBe(3);
    // 1,500 lines 100 quotes deep (150 KB) weigh 2.4 million
    const err = thrown(() => parseMarkdown(`# Title\n\n${`${'>'.repeat(100)} Keir Starrer\n`.repeat(1500)}`, 'deep.md'), InputError);
    expect(err.message).toMatch(/^deep\.md:3: Markdown block of more than 1,048,576 characters/);
  });

  it('with lazy lines is refused past MARKDOWN_LIMITS.lazyLines in one paragraph, and read in linear time across blank quoted lines', () => {
    // each lazy line walks back over the paragraph's events (micromark's document.js): 960 KB took 88 s, 4x less 9 s
    const lazy = (pairs: number, every = Infinity) => Array.from({ length: pairs }, (_, k) => `> The minister ${k}\nmet the press.\n${k % every === every - 1 ? '>\n' : ''}`).join('');
    expect(() => parseMarkdown(lazy(1000), 'lazy.md')).not.toThrow();
    const err = thrown(() => parseMarkdown(lazy(3000), 'lazy.md'), InputError);
    expect(err.message).toBe('lazy.md:4473: Markdown paragraph in a block quote or list item goes on in 2236 lazy lines (without its ">" or indent) of its 4473 (their product is limited to 10,000,000)');
    expect(growth((n) => parseMarkdown(lazy(n, 50)), 300)).toBeLessThan(16);
  });

  it('a list item with lazy lines is refused past MARKDOWN_LIMITS.lazyLines; items of a line and a lazy line each are read', () => {
    // one item and 34,000 lazy lines (960 KB) took 111 s, 4x less 8.6 s
    const err = thrown(() => parseMarkdown(`Intro.\n\n- The minister\n${'met the press.\n'.repeat(4000)}`, 'list.md'), InputError);
    expect(err.message).toBe('list.md:3165: Markdown paragraph in a block quote or list item goes on in 3162 lazy lines (without its ">" or indent) of its 3163 (their product is limited to 10,000,000)');
    // less indented than the item's text is lazy; in a nested item, so is a line at the outer item's indent
    expect(() => parseMarkdown(`- a\n  - The minister\n${'  met the press.\n'.repeat(4000)}`, 'nested.md')).toThrow(InputError);
    expect(() => parseMarkdown(`- The minister\n${'  met the press.\n'.repeat(4000)}`, 'indented.md')).not.toThrow();
    expect(() => parseMarkdown('- The minister\nmet the press.\n'.repeat(4000), 'items.md')).not.toThrow();
  });
});
