import { formatForPath } from '../../../src/inputs/index.ts';
import { createChecker } from '../../../src/engine/checker.ts';
import { describe, expect, it } from 'vitest';
import rule, { DEFAULT_PAGE_FURNITURE, isFurnitureLine as isFurniture, loadFurniture, parseFurnitureList } from '../../../src/rules/artefact/page-furniture.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';
import { itFlagsItsExamples } from './examples.ts';

function fixed(text: string): string {
  const run = runRule(rule, text);
  let out = text;
  for (const f of [...run.findings].reverse()) if (f.fix) out = out.slice(0, f.fix.start) + f.fix.text + out.slice(f.fix.end);
  return out;
}

const list = loadFurniture();
const isFurnitureLine = (line: string) => isFurniture(line, list);

describe('artefact/page-furniture', () => {
  it('removes "close / close" at the top of a copied page with its blank line', () => {
    const text = 'close\nclose\n\nThe Trump administration weighs migrants to Libya\n\nCnn\n\nThe Trump government spoke to Libya.';
    const run = runRule(rule, text);
    expect(flagged(run)).toEqual(['close\nclose\n\n → ']);
    const f = run.findings[0]!;
    expect([f.range.start.offset, f.range.end.offset]).toEqual([0, 13]);
    expect(f.confidence).toBe(0.9);
    expect(fixed(text)).toBe('The Trump administration weighs migrants to Libya\n\nCnn\n\nThe Trump government spoke to Libya.');
  });

  it('removes a trailing "Leave a Comment" without leaving blank lines, keeping a final line break', () => {
    expect(fixed('The plan was blocked.\n\nLeave a Comment')).toBe('The plan was blocked.');
    expect(fixed('The plan was blocked.\n\nLeave a Comment\n')).toBe('The plan was blocked.\n');
  });

  it('removes a furniture line between paragraphs and leaves one paragraph break', () => {
    expect(fixed('First paragraph.\n\nAdvertisement\n\nSecond paragraph.')).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('takes several furniture lines as one finding', () => {
    const run = runRule(rule, 'The end.\n\nShare on Facebook\nShare on X\n\nPrint Share\n');
    expect(run.findings.map((f) => f.text)).toEqual(['Share on Facebook\nShare on X\n\nPrint Share']);
  });

  it('knows counters, separators and "Read also: …" lines', () => {
    expect(isFurnitureLine('Comments 12')).toBe(true);
    expect(isFurnitureLine('Share | Print')).toBe(true);
    expect(isFurnitureLine('Read also: Cognac producers hit by Chinese duties')).toBe(true);
    expect(isFurnitureLine('Click here to subscribe')).toBe(true);
    expect(isFurnitureLine('  Share this article  ')).toBe(true);
  });

  it('reads extra entries from corpora/rules/page-furniture.txt', () => {
    expect(isFurnitureLine('Copy link')).toBe(true);
    expect(isFurnitureLine('Follow us on Instagram')).toBe(true);
    expect(DEFAULT_PAGE_FURNITURE).toContain('Leave a Comment');
    expect(parseFurnitureList('# comment\nShare via Email  # trailing\n\n  Copy link\n')).toEqual(['Share via Email', 'Copy link']);
  });

  it('never flags the same words inside a sentence or a line with more text', () => {
    const text = 'Close to the border, officials said.\nShare prices fell.\nPrint media are struggling.\nComments were closed.\nShare the load';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('leaves datelines and headlines alone', () => {
    expect(runRule(rule, 'Migrants to Libya, say sources\n\nCnn\n\nWashington – The talks began.').findings).toEqual([]);
  });

  it('leaves a pointer to another story between paragraphs alone: the source has it too', () => {
    const text =
      'Rescuers went on searching the rubble on Wednesday.\nRead also: Kyiv offers to send a large team of rescuers\n' +
      'The death toll rose to 8,500, officials said.\n\nSee also: Why the fault line moved\n\nAid arrived on Thursday.\n' +
      'Subscribe to our morning newsletter: it explains the day in five minutes.\nThe talks resume on Monday.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  it('removes a pointer to another story among other furniture or after the story', () => {
    const text = 'The council voted on Tuesday.\n\nLeave a Comment\n\nRead also: Wine producers hit by new duties\n\nThe vote was close.';
    const run = runRule(rule, text);
    expect(run.findings.map((f) => [f.range.start.offset, f.range.end.offset])).toEqual([[31, 93]]);
    expect(fixed('The council voted on Tuesday.\n\nRead also: Wine producers hit by new duties\nRead also: Ports close early\n')).toBe(
      'The council voted on Tuesday.\n',
    );
  });

  it('does not take the last word of a hard-wrapped paragraph for furniture', () => {
    const text = 'The company said it wanted to increase its market\nshare\nin Europe next year.';
    expect(runRule(rule, text).findings).toEqual([]);
  });

  // [file, text, flagged texts]: a page's own controls and a translation file's units are where they belong
  const own: [string, string, string[]][] = [
    ['a.html', '<ul><li><a href="/login">Log in</a></li></ul>\n<p>The vote was held on Sunday.</p>\n<p>Leave a Comment</p>\n', ['Leave a Comment']],
    ['a.html', '<form><label for="m">Email:</label><input id="m"></form>\n<p>The vote was held on Sunday.</p>\n', []],
    ['a.xlf', '<?xml version="1.0"?><xliff version="1.2"><file source-language="de" target-language="en" datatype="html" original="a"><body><trans-unit id="1"><source>Nach oben</source><target>Back To Top</target></trans-unit><trans-unit id="2"><source>Kommentare</source><target>Comments</target></trans-unit></body></file></xliff>', []],
  ];
  it.each(own)('leaves a page its own controls and a translation file its units (%s: %s)', (path, text, texts) => {
    const doc = formatForPath(path).parse(text, path);
    expect(createChecker({ rules: ['artefact/page-furniture'], defaultGlossary: false }).check(doc).findings.map((f) => f.text)).toEqual(texts);
  });

  // [file, text, [start, end] of each finding]: a page's headings are its own; a sentence pointing elsewhere between paragraphs is the page's cross-reference
  const headings: [string, string, [number, number][]][] = [
    ['a.html', '<p>The tool reads files.</p>\n<h2>See also</h2>\n<ul><li><a href="b.html">Other page</a></li></ul>\n<p>It writes them too.</p>\n', []],
    ['a.html', '<p>The tool reads files.</p>\n<table><tr><th><p>Related</p></th></tr></table>\n<p>It writes them too.</p>\n', []],
    ['a.html', '<p>The tool reads files.</p>\n<p>See also <a href="c.html">the notes</a>.</p>\n<p>It writes them too.</p>\n', []],
    ['a.html', '<p>The tool reads files.</p>\n<p>See also</p>\n<p>It writes them too.</p>\n<div>Advertisement</div>\n', [[32, 40], [77, 90]]],
    ['a.md', '# Guide\n\nThe tool reads files.\n\n## See also\n\n- [Other page](b.md)\n', []],
    ['a.md', 'The tool reads files.\n\nSee also\n--------\n\nOther pages.\n', []],
    ['a.md', 'The tool reads files.\n\nSee also\n\nOther pages.\n\nLeave a Comment\n', [[23, 31], [47, 62]]],
    // a table of contents' entry is a link; a table cell and an item of a list of other things are the page's own
    ['a.md', '# Tool\n\n*   [Usage](#usage)\n*   [Related](#related)\n*   [License](#license)\n\nIt reads files.\n', []],
    ['a.md', 'Tokens of these types:\n\n- string\n- comment\n- regex\n', []],
    ['a.md', 'Tokens of these types:\n\n1. string\n2. comment\n', []],
    ['a.md', 'Tokens of these types:\r\n\r\n- string\r\n- comment\r\n- regex\r\n', []],
    ['a.md', 'Tokens of these types:\r\r- string\r- comment\r- regex\r', []],
    ['a.md', 'The tool reads files.\r\r- Share\r- Print\r', [[25, 30], [33, 38]]],
    ['a.md', '| id | what |\n|---|---|\n| `xml-comment-close` | comment close |\n', []],
    ['a.md', '| id | what |\n|---|---|\n| `xml-comment-close` | `-->` comment close |\n', []],
    // words that go on in code the prose view leaves out point to it: a manual's cross-reference
    ['a.html', '<p>It reads files.</p>\n<p>See also <code><a href="#x">fs.open()</a></code>.</p>\n<p>It writes them too.</p>\n', []],
    ['a.md', 'It reads files.\n\nSee also `cork()`\n\nIt writes them too.\n', []],
    ['a.html', '<p>It reads files.</p>\n<p><b>Share</b></p>\n', [[29, 34]]],
    // a list of controls only, or an item beside a list of another kind, is still furniture
    ['a.md', 'The tool reads files.\n\n- Share\n- Print\n- Comment\n', [[25, 30], [33, 38], [41, 48]]],
    ['a.md', 'The tool reads files.\n\n* one\n\n- Comment\n', [[32, 39]]],
    ['a.md', 'The tool reads files.\n\n[Related](#related) stories\n\nLeave a Comment\n', [[52, 67]]],
  ];
  it.each(headings)('leaves a page its headings (%s: %s)', (path, text, ranges) => {
    const doc = formatForPath(path).parse(text, path);
    expect(createChecker({ rules: ['artefact/page-furniture'], defaultGlossary: false }).check(doc).findings.map((f) => [f.range.start.offset, f.range.end.offset])).toEqual(ranges);
  });

  itFlagsItsExamples(rule);
});
