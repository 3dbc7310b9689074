import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.ts';
import { MARKDOWN_LIMITS, prepareMarkdown } from '../../src/inputs/markdown-limits.ts';
import { parseMarkdown } from '../../src/inputs/markdown.ts';
import { growth } from '../helpers/growth.ts';
import { thrown } from '../helpers/thrown.ts';
import { inProse, occurrences, reads } from './helpers.ts';

// cmark's pathological inputs (test/pathological_tests.py): the quadratic ones at a fifth of cmark's
// size so the ratio test stays quick on a loaded machine (time linear in size is what is tested), the
// nesting ones at cmark's size (they are refused before parsing) (#16 item 7, #17 item 4)
const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}* a`).join('\n');
const PATHOLOGICAL: [string, string][] = [
  ['"a_ " × 13,000', 'a_ '.repeat(13_000)],
  ['"a]" × 13,000', 'a]'.repeat(13_000)],
  ['emphasis 10,000 deep', `${'*'.repeat(10_000)}a${'*'.repeat(10_000)}`],
  ['"[" × 10,000', '['.repeat(10_000)],
  ['"~" × 10,000 around a word', `${'~'.repeat(10_000)}a${'~'.repeat(10_000)}`],
];
const TOO_DEEP: [string, string, number][] = [
  ['">" × 100,000', '>'.repeat(100_000), 1],
  ['"- " × 100,000', '- '.repeat(100_000), 1],
  ['a 2,000-level list', nestedList(2000), 101],
];

/** Ordinary Markdown of about `n` characters: paragraphs with emphasis, links, code and a list. */
function ordinary(n: number): string {
  const block = 'The *minister* said the `plan` would **work**, see [the report](https://x.test/a_b).\n\n- one item\n- another item\n\n';
  return block.repeat(Math.ceil(n / block.length)).slice(0, n);
}

/** The fastest of three runs, in ms: the machine is shared, the minimum is the least disturbed. */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('Markdown that would take the parser quadratic time', () => {
  it.each(PATHOLOGICAL)('%s is read in time linear in its size (at most 5x ordinary Markdown of the same size)', (_, text) => {
    parseMarkdown(ordinary(1000));
    const slow = fastest(() => parseMarkdown(text));
    const base = fastest(() => parseMarkdown(ordinary(text.length)));
    expect(slow / base).toBeLessThan(5);
  });

  it.each(TOO_DEEP)('%s is refused before parsing, naming the limit and the line', (_, text, line) => {
    // refused in less time than parsing 100 KB of ordinary Markdown takes (a parse of these runs for seconds)
    const ordinaryParse = fastest(() => parseMarkdown(ordinary(100_000)));
    const refusal = fastest(() => thrown(() => parseMarkdown(text, 'deep.md'), InputError));
    expect(refusal).toBeLessThan(ordinaryParse);
    const err = thrown(() => parseMarkdown(text, 'deep.md'), InputError);
    expect(err.message).toMatch(new RegExp(`^deep\\.md:${line}: Markdown nested \\d+ levels deep \\(block quotes and lists; the limit is 100\\)$`));
  });

  it('accepts nesting at the limit and refuses one level more', () => {
    expect(() => parseMarkdown('>'.repeat(MARKDOWN_LIMITS.depth) + ' Keir Starrer')).not.toThrow();
    expect(() => parseMarkdown('>'.repeat(MARKDOWN_LIMITS.depth + 1) + ' Keir Starrer')).toThrow(InputError);
    expect(() => parseMarkdown(nestedList(50))).not.toThrow();
  });

  it('parses emphasis in a paragraph at the delimiter limit, and reads the text of one past it', () => {
    const at = `${'*a* '.repeat(MARKDOWN_LIMITS.delimiters / 2)}Keir Starrer`;
    expect(prepareMarkdown(at, undefined).source).toBe(at);
    const past = `${at} *b*`;
    const masked = prepareMarkdown(past, undefined).source;
    expect(masked).toHaveLength(past.length);
    expect(masked).not.toContain('*');
    const doc = parseMarkdown(`# Title *x*\n\n${past}\n\n* list *y*\n\n\`\`\`\n~~~\n\`\`\`\n`);
    // the over-full paragraph is still read, emphasis markers and all; the blocks around it keep their structure
    expect(reads(doc).map((r) => r[2])).toEqual(['Title x', past, 'list y']);
  });
});

// A long paragraph: with GFM's bare URLs, every word of it cut a line's text (merged back with a splice
// over all the paragraph's events) and, after an unclosed "[", walked back over its events to the "[":
// 40,000 lines of "a b" took 21 s, 1,600 lines of a sentence after "[" 3.4 s (growth 30-49 from 200
// lines). Past MARKDOWN_LIMITS.autolinks characters a paragraph is read without looking for bare URLs
// in it. (Lines of "a b" are in tests/adversarial: at sizes quick enough here their linear part hides
// the quadratic one.)
describe('a long paragraph', () => {
  const url = 'www.keir-starrer.com';
  const sentence = `The whale swam home with www help, see ${url}.`;

  it('of sentences after an unclosed "[" is read in time linear in its length', () => {
    // 200 lines are over the limit already (12 KB), 1,600 lines 96 KB
    expect(growth((n) => parseMarkdown(`[note ${Array.from({ length: n }, () => sentence).join('\n')}`), 200)).toBeLessThan(24);
  });

  it('looks for bare URLs in a paragraph up to the limit and reads them as prose in a longer one', () => {
    const lines = (n: number) => Array.from({ length: n }, (_, k) => `Line ${k} of it.`).join('\n');
    const at = `${url} ${lines(2_000)}`.slice(0, MARKDOWN_LIMITS.autolinks);
    const past = `${at}\nmore ${url}`;
    expect(at).toHaveLength(MARKDOWN_LIMITS.autolinks);
    expect(prepareMarkdown(at, undefined).longParagraphs).toEqual([]);
    expect(occurrences(parseMarkdown(at), url)).toEqual({ all: 1, prose: 0 });
    // the paragraph after the long one is short: its URL is a link again
    const text = `Before ${url}.\n\n${past}\n\nAfter ${url}.\n`;
    const start = text.indexOf(past);
    expect(prepareMarkdown(text, undefined)).toEqual({ source: text, longParagraphs: [{ start, end: start + past.length }] });
    const doc = parseMarkdown(text);
    expect(occurrences(doc, url)).toEqual({ all: 4, prose: 2 });
    // the URLs of the short paragraphs read as blank, those of the long one as written
    const after = text.indexOf('After');
    expect(reads(doc)).toEqual([
      [0, 28, 'Before .'],
      [start, start + past.length, past.replace(/\s+/g, ' ')],
      [after, after + 27, 'After .'],
    ]);
  });
});

// Without GFM too: micromark cuts a line's text at each "&", "!", "<" or "\\" that starts nothing and
// merges the pieces with a splice over the paragraph's events, one per line: 40,000 lines of "x&y" took
// 22 s, 10,000 lines 1.1 s. Past MARKDOWN_LIMITS.markers of them a paragraph is read without parsing
// them.
describe('a paragraph with many "&", "!", "<", "\\"', () => {
  // (growth 23-87 before, for each of the four; "!" and "<" are hidden alike, see the next test)
  it.each(['x&y', 'x\\y'])('one "%s" a line is read in time linear in the lines', (line) => {
    expect(growth((n) => parseMarkdown(Array.from({ length: n }, () => line).join('\n')), 5_000)).toBeLessThan(24);
  });

  it('reads references, escapes, images and HTML up to the limit and the text as written past it', () => {
    const markup = 'Keir &amp; Starrer \\*said\\* ![a cat](c.png) <b>no</b>.';
    // 6 markers in the first line ("&", "\\" twice, "!", "<" twice), then 2 a line
    const filler = (n: number) => Array.from({ length: n }, () => 'R&D!').join('\n');
    const at = `${markup}\n${filler((MARKDOWN_LIMITS.markers - 6) / 2)}`;
    const past = `${at}\nR&D!`;
    expect(prepareMarkdown(at, undefined).source).toBe(at);
    const masked = prepareMarkdown(past, undefined).source;
    expect(masked).toHaveLength(past.length);
    expect(masked).not.toMatch(/[&!<\\]/);
    expect(reads(parseMarkdown(at))[0]?.[2]).toMatch(/^Keir & Starrer \*said\* a cat no \. R&D!/);
    const text = `${past}\n\nAfter &amp; ![it](x.png).\n`;
    const doc = parseMarkdown(text);
    const after = text.indexOf('After');
    // past it the markers are text: the reference and the HTML read as written, the escapes' backslashes
    // too (so the asterisks pair as emphasis), and the image is a link ("!" and its text)
    expect(reads(doc)).toEqual([
      [0, past.length, `Keir &amp; Starrer \\ said\\ ! a cat <b>no</b>. ${filler((MARKDOWN_LIMITS.markers - 6) / 2 + 1).replace(/\n/g, ' ')}`],
      [after, after + 'After &amp; ![it](x.png).'.length, 'After & it .'],
    ]);
  });
});

// A backtick run that opens no code span: micromark scans the rest of the paragraph for a run of its
// length, then reads it as text. Only the last run of each length can fail so, or a run after a
// backslash (the scan sees the escaped backtick as part of the run there): lines of a backslash and two
// backticks read growth 45 below (quadratic). Past MARKDOWN_LIMITS.codeSpans such runs a paragraph is
// read without parsing its code spans.
describe('a paragraph with many backtick runs that open no code span', () => {
  it('one run after a backslash a line is read in time linear in the lines', () => {
    // 8 × 120 lines keep the backslashes under MARKDOWN_LIMITS.markers, which would hide them
    expect(growth((n) => parseMarkdown(Array.from({ length: n }, (_, k) => `\\\`\` a${k}`).join('\n')), 120)).toBeLessThan(24);
  });

  const runs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => `${'`'.repeat(from + k)}w`).join(' ');

  it.each([
    ['runs of 2 to 16 backticks', runs(2, 16)],
    ['runs after a backslash', Array.from({ length: 15 }, () => '\\`w').join(' ')],
  ])('parses the code spans of a paragraph at the limit and reads the text of one past it: %s', (_, more) => {
    // "`code`" is the 16th run: a length of its own, or one after all the escaped ones
    const at = `Keir \`code\` Starrer ${more}`;
    expect(prepareMarkdown(at, undefined).source).toBe(at);
    expect(reads(parseMarkdown(at))).toEqual([[0, at.length, `Keir Starrer ${more.replace(/\\`/g, '`')}`]]);
    const past = `${at} \`\`\`\`\`\`\`\`\`\`\`\`\`\`\`\`\`x\`\`\`\`\`\`\`\`\`\`\`\`\`\`\`\`\``;
    const masked = prepareMarkdown(past, undefined).source;
    expect(masked).toHaveLength(past.length);
    expect(masked).not.toContain('`');
    // past it the backticks are text, the code span's included; the paragraph after it is parsed again
    const text = `${past}\n\nAfter \`code\`.\n`;
    const after = text.indexOf('After');
    expect(reads(parseMarkdown(text))).toEqual([
      [0, past.length, past],
      [after, after + 13, 'After .'],
    ]);
  });

  it('counts the runs of a line that starts with three backticks and is no fence (a backtick follows)', () => {
    const lines = Array.from({ length: 17 }, (_, k) => `${'`'.repeat(3 + k)}x\``);
    const text = `Keir Starrer\n${lines.join('\n')}\n`;
    expect(prepareMarkdown(text, undefined).source).toBe(text.replace(/`/g, 'x'));
    // a fence keeps its backticks, and its block is code
    const fenced = `Keir Starrer\n\`\`\`js\n${lines.slice(0, 3).join('\n')}\n\`\`\`\n`;
    expect(reads(parseMarkdown(fenced))).toEqual([[0, 12, 'Keir Starrer']]);
  });
});

// The container markup of an HTML block in a block quote or list item (each line's "> " or indent) is
// cut out of the block's prose: each piece was cut against every hole, pieces x holes (4,000 lines of
// references took 2.3 s, 32,000 took 181 s). Each is timed at n and 8n lines: linear is about 8x.
describe('an HTML block in a container, many lines long', () => {
  const line = (k: number) => `&amp; C${k} &amp; word &#x201C;x&#x201D; text`;
  const block = (open: string, prefix: string, n: number) =>
    `${open}<div>\n${Array.from({ length: n }, (_, k) => prefix + line(k)).join('\n')}\n${prefix}</div>\n`;
  it.each([
    ['in a block quote', '> ', '> '],
    ['in a list item', '- ', '  '],
  ])('%s is read in time linear in its lines', (_, open, prefix) => {
    expect(reads(parseMarkdown(block(open, prefix, 2)))).toEqual([
      [10, 53, '& C0 & word “x” text'],
      [55, 98, '& C1 & word “x” text'],
    ]);
    expect(growth((n) => parseMarkdown(block(open, prefix, n)), 2000)).toBeLessThan(24);
  });
});

// Setext headings: micromark rebuilds its list of the document's events for each one (4,000 took 12 s,
// 8,000 46 s); past MARKDOWN_LIMITS.setext underlines in a document they are read as blank lines. A GFM
// table keeps a few hundred bytes per cell (20,000 rows of 10 cells: 1.5 GB); past MARKDOWN_LIMITS.pipes
// `|` in a block its table is read as a paragraph of its rows. (Their ratio tests are in tests/adversarial.)
describe('setext headings and tables past their limits', () => {
  const headings = (n: number) => Array.from({ length: n }, (_, k) => `Title ${k}\n${k % 2 ? '---' : '==='}\n\nKeir Starrer spoke ${k}.\n`).join('\n');

  it('keeps setext headings up to the limit and reads the underlines of more as blank lines, the text the same', () => {
    expect(MARKDOWN_LIMITS.setext).toBeGreaterThan(8);
    const at = headings(MARKDOWN_LIMITS.setext);
    expect(prepareMarkdown(at, undefined).source).toBe(at);
    const past = headings(MARKDOWN_LIMITS.setext + 1);
    const source = prepareMarkdown(past, undefined).source;
    expect(source).toHaveLength(past.length);
    expect(source).not.toMatch(/^(?:===|---)$/m);
    expect(source.replace(/^ {3}$/gm, (_, at: number) => past.slice(at, at + 3))).toBe(past);
    // read as before: each title and each sentence one segment, as written
    expect(reads(parseMarkdown(past)).map((r) => r[2])).toEqual(past.split('\n').filter((l) => /\w/.test(l)));
    // front matter's closing line is no underline: with more than the limit after it, it still closes the front matter
    const front = `---\ntitle: History\n---\n\n${past}`;
    expect(prepareMarkdown(front, undefined).source.slice(0, 23)).toBe('---\ntitle: History\n---\n');
    expect(reads(parseMarkdown(front)).map((r) => r[2])).toEqual(past.split('\n').filter((l) => /\w/.test(l)));
    // a line of dashes after a blank line is a thematic break, not an underline: not counted, left alone
    const breaks = `Text.\n\n${'---\n\n'.repeat(MARKDOWN_LIMITS.setext + 1)}`;
    expect(prepareMarkdown(breaks, undefined).source).toBe(breaks);
  });

  it('parses a table up to the limit cell by cell, and reads one past it as a paragraph of its rows', () => {
    const table = (rows: number) => `| a | b |\n|---|---|\n${Array.from({ length: rows }, (_, k) => `| Keir ${k} | Starrer ${k} |`).join('\n')}\n`;
    // 3 `|` a row
    expect(MARKDOWN_LIMITS.pipes).toBeGreaterThan(30);
    const at = table(MARKDOWN_LIMITS.pipes / 3 - 2);
    expect(prepareMarkdown(at, undefined).source).toBe(at);
    expect(reads(parseMarkdown(at)).slice(0, 4).map((r) => r[2])).toEqual(['a', 'b', 'Keir 0', 'Starrer 0']);
    const past = table(MARKDOWN_LIMITS.pipes / 3);
    const source = prepareMarkdown(past, undefined).source;
    expect(source).toBe(past.replaceAll('|', 'x'));
    const doc = parseMarkdown(`Before.\n\n${past}\nAfter.\n`);
    expect(reads(doc).map((r) => r[2])).toEqual(['Before.', past.replace(/\s+/g, ' ').trim(), 'After.']);
  });
});

// Each line that ends nested list items or block quotes while an outer item goes on makes micromark copy
// every event of its document so far (the EditMap in micromark's initialize/document.js): 25,000 items of
// a list nested three deep took 84 s of processor time. A top-level list is now cut into parts between its
// items (markdown-parts.ts, tested there); a stretch that cannot be cut is refused past MARKDOWN_LIMITS.nestedCloses.
describe('Markdown lists that end nested containers again and again', () => {
  it('refuses a block that cannot be cut and ends nested containers too often, naming the file, line and limit', () => {
    const inner = (n: number) => '- top\n' + Array.from({ length: n }, (_, k) => `  - a ${k}\n    - b ${k}\n`).join('');
    expect(() => parseMarkdown(inner(1000), 'inner.md')).not.toThrow();
    const err = thrown(() => parseMarkdown(inner(4000), 'inner.md'), InputError);
    expect(err.message).toMatch(/^inner\.md:\d+: Markdown ends nested lists or block quotes \d+ times in \d+ lines of one block \(their product is limited to 10,000,000\)$/);
    expect(err.line).toBe(4474);
  });
});


// A raw HTML block is read by micromark line by line as it is (no inline parsing), so the paragraph limits
// above do not count its lines: a README's table of contributors (a few hundred rows of links, thousands of
// "<") was read as one paragraph past MARKDOWN_LIMITS.markers, its tags and attributes as prose (the quotes
// round href="…" flagged as unpaired quotation marks).
describe('raw HTML blocks and the paragraph limits', () => {
  const row = (k: number) => `      <td align="center"><a href="https://x.test/u${k}" title="Documentation">Person ${k}</a></td>`;
  const table = (rows: number) => ['<!-- list start -->', '<table>', '  <tr>', ...Array.from({ length: rows }, (_, k) => row(k)), '  </tr>', '</table>'].join('\n');

  it.each([
    ['a table (type 6) after a comment (type 2)', table(400)],
    ['a table alone', table(400).slice(table(400).indexOf('<table>'))],
  ])('%s with more "<" than the limit is read as HTML: its text is prose, its tags are not', (_, block) => {
    expect((block.match(/</g) ?? []).length).toBeGreaterThan(MARKDOWN_LIMITS.markers);
    const text = `# Contributors\n\n${block}\n\nThanks to all of them.\n`;
    expect(prepareMarkdown(text, undefined).source).toBe(text);
    const doc = parseMarkdown(text);
    expect(occurrences(doc, 'Person 399')).toEqual({ all: 1, prose: 1 });
    expect(occurrences(doc, 'title=').prose).toBe(0);
    expect(occurrences(doc, '"Documentation"').prose).toBe(0);
    expect(inProse(doc, 'Thanks to all of them.')).toBe(true);
  });

  it('still counts a paragraph that follows an HTML block of types 1-5 without a blank line, and one after a fence', () => {
    const filler = (n: number) => Array.from({ length: n }, () => 'R&D!').join('\n');
    for (const before of ['<!-- a comment -->', '```\n<div>\n```']) {
      const text = `${before}\n${filler(MARKDOWN_LIMITS.markers)}\n`;
      const masked = prepareMarkdown(text, undefined).source;
      expect(masked.slice(before.length)).not.toMatch(/[&!]/);
    }
  });

  // near misses of CommonMark's openers, which micromark reads as a paragraph: they must be counted as one
  it.each([
    ['"<div/" and a letter', '<div/x'],
    ['"<div" and a no-break space', '<div\u00a0x'],
    ['"<pre" and a no-break space', '<pre\u00a0x'],
    ['"<div" and a form feed', '<div\fx'],
    ['a "<div>" in front matter', '---\ntitle: x\n<div>\n---'],
  ])('counts a paragraph after %s', (_, before) => {
    const text = `${before}\n${Array.from({ length: MARKDOWN_LIMITS.markers }, () => 'R&D!').join('\n')}\n`;
    expect(prepareMarkdown(text, undefined).source).not.toBe(text);
  });

  it('counts the lines of a paragraph that only looks like it starts with a tag inside a list item or indented code', () => {
    for (const before of ['- item\n  <div>', '    <div>']) {
      const text = `${before}\n${Array.from({ length: MARKDOWN_LIMITS.markers }, () => 'R&D!').join('\n')}\n`;
      expect(prepareMarkdown(text, undefined).source).not.toBe(text);
    }
  });
});
