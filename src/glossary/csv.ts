import { createRequire } from 'node:module';
import { toEntry } from './entry.js';
import { GlossaryError } from './errors.js';
import type { GlossaryEntry } from './types.js';

// loaded when a CSV glossary is read: most runs read none
const require = createRequire(import.meta.url);
const csv = () => require('csv-parse/sync') as typeof import('csv-parse/sync');

const CSV_COLUMNS = ['term', 'variants', 'category', 'note', 'caseSensitive', 'fix'];

/**
 * A CSV glossary: a header naming the columns (in any order, in any case: "Term", "casesensitive"),
 * then one entry a row, variants separated by "|". The CSV parser reads the header too (blank lines
 * before it, quoted names, LF, CR LF or CR line ends); blank lines and rows of empty cells (",,," as
 * spreadsheets write them) are skipped. Errors name the line; a file with no header (empty, or blank
 * lines only) is refused, a header alone is an empty glossary.
 */
export function parseCsvEntries(text: string, file: string): GlossaryEntry[] {
  // an empty file (or blank lines only) has no header: refused, where a header alone is an empty glossary as `{"entries": []}` is
  if (text.trim() === '') throw new GlossaryError(file, 1, `empty glossary: expected a header naming the columns (${CSV_COLUMNS.join(', ')}), then one entry a row`);
  const headerLine = firstNonBlankLine(text);
  const header = (names: string[]): string[] => {
    const columns = names.map((c) => CSV_COLUMNS.find((a) => a.toLowerCase() === c.trim().toLowerCase()) ?? c.trim());
    if (!columns.includes('term')) {
      // a spreadsheet set to another list separator writes "term;variants"
      const sep = names.length === 1 ? /[;\t|]/.exec(names[0] ?? '')?.[0] : undefined;
      throw new GlossaryError(file, headerLine, `CSV header must have a "term" column${sep ? ` (columns are separated by commas, not ${JSON.stringify(sep)})` : ''}`);
    }
    const extra = columns.find((c) => !CSV_COLUMNS.includes(c));
    if (extra !== undefined) throw new GlossaryError(file, headerLine, `unknown CSV column "${extra}" (allowed: ${CSV_COLUMNS.join(', ')})`);
    return columns;
  };
  let records: { record: Record<string, string>; info: { lines: number } }[];
  const options = { columns: header, info: true, skip_empty_lines: true, skip_records_with_empty_values: true, trim: true, bom: true } as const;
  try {
    records = csv().parse(text, options) as never;
  } catch (e) {
    if (e instanceof GlossaryError) throw e;
    const err = e as Error & { lines?: number; code?: string };
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') throw new GlossaryError(file, unclosedRow(text, options), 'a quote opened in this row is never closed');
    throw new GlossaryError(file, err.lines, err.message.replace(/^Invalid [^:]*: /, ''));
  }
  return records.map(({ record, info }) => {
    const raw: Record<string, unknown> = { term: record.term };
    if (record.variants) raw.variants = record.variants.split('|');
    if (record.category) raw.category = record.category;
    if (record.note) raw.note = record.note;
    if (record.fix) raw.fix = record.fix;
    if (record.caseSensitive) raw.caseSensitive = record.caseSensitive === 'true' ? true : record.caseSensitive === 'false' ? false : record.caseSensitive;
    return toEntry(raw, { file, line: info.lines });
  });
}

/**
 * The first line of the row whose quote never closes: csv-parse counts lines to the end of the file,
 * where it finds the quote open, but asked for the row's raw text (read again only then) it gives
 * what runs from the row's start to the end.
 */
function unclosedRow(text: string, options: object): number | undefined {
  try {
    csv().parse(text, { ...options, raw: true });
  } catch (e) {
    const raw = (e as { raw?: unknown }).raw;
    if (typeof raw === 'string') return (text.slice(0, text.length - raw.length).match(/\r\n|\r|\n/g) ?? []).length + 1;
  }
  return undefined;
}

/** The 1-based number of the first line with more than spaces (LF, CR LF or CR end lines). */
function firstNonBlankLine(text: string): number {
  const lead = /^(?:[ \t]*(?:\r\n|\r|\n))*/.exec(text)?.[0] ?? '';
  return (lead.match(/\r\n|\r|\n/g) ?? []).length + 1;
}
