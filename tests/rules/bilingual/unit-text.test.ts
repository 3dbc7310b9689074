import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../../src/inputs/tsv.ts';
import { parseXliff } from '../../../src/inputs/xliff.ts';
import { MAX_TAG_ATTRIBUTES, unitViews } from '../../../src/rules/bilingual/unit-text.ts';
import { xliff } from './helpers.ts';

/** The target's codes as [text, start, end], each checked to slice the file to its text. */
function targetCodes(doc: ReturnType<typeof parseTsv>): [string, number, number][] {
  const [view] = unitViews(doc);
  return (view?.target.codes ?? []).map((c) => {
    expect(doc.text.slice(c.start, c.end)).toBe(c.text);
    return [c.text.length > 40 ? `${c.text.slice(0, 20)}…${c.text.slice(-10)}` : c.text, c.start, c.end];
  });
}

const attrs = (n: number) => ` ${'k=v '.repeat(n)}`.slice(0, n);
const AT_LIMIT = attrs(MAX_TAG_ATTRIBUTES);
const OVER = attrs(MAX_TAG_ATTRIBUTES + 1);

describe('inline tags: a tag of more than MAX_TAG_ATTRIBUTES characters of attributes is text', () => {
  // TSV "x<TAB>" puts the target at offset 2
  const tsv = (target: string) => targetCodes(parseTsv(`x\t${target}\n`, 't.tsv'));
  const short = (tag: string) => `${tag.slice(0, 20)}…${tag.slice(-10)}`;

  it.each<[string, string, [string, number, number][]]>([
    ['a tag with no attributes', 'Hi <b>there</b>', [['<b>', 5, 8], ['</b>', 13, 17]]],
    ['attributes at the limit', `<b${AT_LIMIT}>bold</b>`, [[short(`<b${AT_LIMIT}>`), 2, 2 + 3 + MAX_TAG_ATTRIBUTES], ['</b>', 9 + MAX_TAG_ATTRIBUTES, 13 + MAX_TAG_ATTRIBUTES]]],
    ['self-closing at the limit', `<br${AT_LIMIT.slice(0, -1)}/>`, [[short(`<br${AT_LIMIT.slice(0, -1)}/>`), 2, 2 + 5 + MAX_TAG_ATTRIBUTES - 1]]],
    ['escaped, at the limit', `&lt;b${AT_LIMIT}&gt;bold&lt;/b&gt;`, [[short(`&lt;b${AT_LIMIT}&gt;`), 2, 2 + 9 + MAX_TAG_ATTRIBUTES], ['&lt;/b&gt;', 15 + MAX_TAG_ATTRIBUTES, 25 + MAX_TAG_ATTRIBUTES]]],
    ['one character over: only the end tag is a code', `<b${OVER}>bold</b>`, [['</b>', 10 + MAX_TAG_ATTRIBUTES, 14 + MAX_TAG_ATTRIBUTES]]],
    ['escaped, one over', `&lt;b${OVER}&gt;bold&lt;/b&gt;`, [['&lt;/b&gt;', 16 + MAX_TAG_ATTRIBUTES, 26 + MAX_TAG_ATTRIBUTES]]],
    ['a placeholder after a long tag is still found', `<b${OVER}> {name}`, [['{name}', 7 + MAX_TAG_ATTRIBUTES, 13 + MAX_TAG_ATTRIBUTES]]],
  ])('%s', (_, target, codes) => {
    expect(tsv(target)).toEqual(codes);
  });

  it('an XLIFF <g> with attributes over the limit: its end tag alone is a code', () => {
    const source = '<g id="1">Welt</g>';
    const target = `<g id="1" k="${'v'.repeat(MAX_TAG_ATTRIBUTES)}">world</g>`;
    const text = xliff(source, target);
    const at = text.indexOf('<target>') + '<target>'.length;
    const doc = parseXliff(text, 't.xlf');
    expect(targetCodes(doc)).toEqual([['</g>', at + target.length - 4, at + target.length]]);
  });

  it('a 12 MB tag, whose pattern ran out of stack, is read as text', () => {
    const target = `<b ${'y=z '.repeat(3_000_000)}>`;
    expect(tsv(`${target} {name}`)).toEqual([['{name}', target.length + 3, target.length + 9]]);
  });
});
