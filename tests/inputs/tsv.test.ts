import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/inputs/errors.ts';
import { formatForPath } from '../../src/inputs/index.ts';
import { parseTsv } from '../../src/inputs/tsv.ts';
import { spans } from './helpers.ts';
import { thrown } from '../helpers/thrown.ts';

const errorOf = (text: string) => thrown(() => parseTsv(text, 'a.tsv'), InputError).message;

/** Each unit as [id, source text, target text], sliced from the document. */
function units(text: string): [string, string, string][] {
  const doc = parseTsv(text, 'a.tsv');
  return (doc.units ?? []).map((u) => [u.id, u.source ? doc.text.slice(u.source.start, u.source.end) : '', doc.text.slice(u.target.start, u.target.end)]);
}


describe('tsv input', () => {
  it('reads source<TAB>target rows: targets are the prose, each row a unit with its line number as id', () => {
    const text = 'Hallo Welt\tHello world\n\nGuten Tag\tGood day\n';
    const doc = parseTsv(text, 'a.tsv');
    expect(doc.format).toBe('tsv');
    expect(spans(doc)).toEqual([
      [11, 22, 'Hello world'],
      [34, 42, 'Good day'],
    ]);
    expect(doc.units).toEqual([
      { id: '1', source: { start: 0, end: 10 }, target: { start: 11, end: 22 } },
      { id: '3', source: { start: 24, end: 33 }, target: { start: 34, end: 42 } },
    ]);
  });

  it('takes a header row naming the columns, with or without an id column, in any order', () => {
    expect(units('source\ttarget\nA\tB\n')).toEqual([['2', 'A', 'B']]);
    expect(units('ID\tSource\tTarget\nmsg.hello\tHallo\tHello\r\nmsg.bye\tTschüss\tBye')).toEqual([
      ['msg.hello', 'Hallo', 'Hello'],
      ['msg.bye', 'Tschüss', 'Bye'],
    ]);
    expect(units('target\tsource\nB\tA')).toEqual([['2', 'A', 'B']]);
  });

  it('keeps exact offsets with multi-byte characters, quotes, CRLF and lone CR line ends', () => {
    const text = 'Größe „groß“\t"Size" 😀 big\r\nÄ\tA\rß\tss';
    const doc = parseTsv(text);
    for (const u of doc.units ?? []) expect(text[u.target.start - 1]).toBe('\t');
    expect(units(text)).toEqual([
      ['1', 'Größe „groß“', '"Size" 😀 big'],
      ['2', 'Ä', 'A'],
      ['3', 'ß', 'ss'],
    ]);
    expect(spans(doc)[0]).toEqual([13, 26, '"Size" 😀 big']);
  });

  it('makes a unit of an empty target, with no segment', () => {
    const doc = parseTsv('Hallo\t\nWelt\tworld');
    expect(doc.units?.[0]).toEqual({ id: '1', source: { start: 0, end: 5 }, target: { start: 6, end: 6 } });
    expect(spans(doc)).toEqual([[12, 17, 'world']]);
  });

  it('names the line of a row with the wrong number of columns', () => {
    expect(errorOf('A\tB\nC\n')).toBe('a.tsv:2: expected 2 columns (source, target), or a header row naming an id column, found 1');
    expect(errorOf('1\tA\tB\n')).toBe('a.tsv:1: expected 2 columns (source, target), or a header row naming an id column, found 3');
    expect(errorOf('id\tsource\ttarget\n\nx\tA\n')).toBe("a.tsv:3: expected the header's 3 columns (id, source, target), found 2");
  });

  it('is chosen for .tsv files', () => {
    expect(formatForPath('strings/DE.TSV').name).toBe('tsv');
  });
});
