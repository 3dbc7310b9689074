import { describe, expect, it } from 'vitest';
import { GlossaryError } from '../../src/glossary/errors.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { thrown } from '../helpers/thrown.ts';

const thrownGlossary = (fn: () => unknown) => thrown(fn, GlossaryError);

/** What a CSV glossary reads as: [term, variants, note, line] per entry. */
const read = (text: string) => parseGlossary(text, 'csv', 'g.csv').entries.map((e) => [e.term, e.variants.map((v) => v.text), e.note, e.line]);
const starmer = ['Keir Starmer', ['Keir Starrer'], undefined];

describe('CSV glossaries as spreadsheets and editors write them', () => {
  it.each([
    ['LF', 'term,variants\nKeir Starmer,Keir Starrer\n', [[...starmer, 2]]],
    ['a byte-order mark', '\uFEFFterm,variants\nKeir Starmer,Keir Starrer\n', [[...starmer, 2]]],
    ['CR LF', 'term,variants\r\nKeir Starmer,Keir Starrer\r\n', [[...starmer, 2]]],
    ['CR alone', 'term,variants\rKeir Starmer,Keir Starrer\r', [[...starmer, 2]]],
    ['no final line end', 'term,variants\nKeir Starmer,Keir Starrer', [[...starmer, 2]]],
    ['columns in another order', 'note,variants,term\n"PM, since 2024",Keir Starrer,Keir Starmer\n', [['Keir Starmer', ['Keir Starrer'], 'PM, since 2024', 2]]],
    ['quoted header names', '"term","variants"\n"Keir Starmer","Keir Starrer"\n', [[...starmer, 2]]],
    ['header names in capitals', 'Term,Variants,CaseSensitive\nKeir Starmer,Keir Starrer,false\n', [[...starmer, 2]]],
    ['quoted commas and quotes', 'term,variants\n"Starmer, Keir","Starrer, Keir|""Keir"" Starrer"\n', [['Starmer, Keir', ['Starrer, Keir', '"Keir" Starrer'], undefined, 2]]],
    ['blank lines before the header', '\r\n\r\nterm,variants\r\nKeir Starmer,Keir Starrer\r\n', [[...starmer, 4]]],
    ['blank lines and empty rows between entries', 'term,variants\r\n\r\nKeir Starmer,Keir Starrer\r\n,\r\n\r\nBrexit Secretary,Brexit Secretery\r\n', [[...starmer, 3], ['Brexit Secretary', ['Brexit Secretery'], undefined, 6]]],
    ['a header alone, as an empty glossary', 'term,variants\r\n\r\n', []],
    ['a quoted value over two lines', 'term,variants,note\nKeir Starmer,Keir Starrer,"line one\nline two"\nA,B,\n', [['Keir Starmer', ['Keir Starrer'], 'line one\nline two', 3], ['A', ['B'], undefined, 4]]],
  ])('reads %s', (_, text, entries) => {
    expect(read(text)).toEqual(entries);
  });

  it.each([
    ['an empty file', '', 1, 'empty glossary: expected a header naming the columns (term, variants, category, note, caseSensitive, fix), then one entry a row'],
    ['blank lines only, after a byte-order mark', '\uFEFF\r\n  \n\t\n', 1, 'empty glossary: expected a header naming the columns (term, variants, category, note, caseSensitive, fix), then one entry a row'],
    ['no term column', 'name,variants\nA,B\n', 1, 'CSV header must have a "term" column'],
    ['semicolons between columns', 'term;variants\nA;B\n', 1, 'CSV header must have a "term" column (columns are separated by commas, not ";")'],
    ['an unknown column, after blank lines', '\n\nterm,colour\nA,red\n', 3, 'unknown CSV column "colour" (allowed: term, variants, category, note, caseSensitive, fix)'],
    ['a quote not closed', 'term,variants\nA,B\nC,"D\n', 3, 'a quote opened in this row is never closed'],
    // the line of the row that opens it, not the file's last (csv-parse finds it open only at the end)
    ['a quote not closed, rows after it', 'term,variants\nA,"B\nC,D\nE,F\n', 2, 'a quote opened in this row is never closed'],
    ['a quote not closed after a closed one over two lines, CR LF', 'term,note\r\nA,"x\r\ny"\r\nB,C\r\nD,"E\r\nF,G\r\n', 5, 'a quote opened in this row is never closed'],
    ['a row with more cells than the header', 'term,variants\nA,B\nC,D,E\n', 3, /got 3/],
    ['a row with no term', 'term,variants\nA,B\n,C\n', 3, 'entry has no "term" (a non-empty string)'],
  ])('refuses %s with one line naming the file and line', (_, text, line, message) => {
    const err = thrownGlossary(() => parseGlossary(text, 'csv', 'g.csv'));
    expect(err.message.startsWith(`g.csv:${line}: `)).toBe(true);
    expect(err.message).not.toContain('\n');
    if (typeof message === 'string') expect(err.message).toBe(`g.csv:${line}: ${message}`);
    else expect(err.message).toMatch(message);
  });
});
