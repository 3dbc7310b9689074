import { createRequire } from 'node:module';
import { createDocument, type Document, type Segment, type Unit } from '../document/document.js';
import { LineIndex } from '../document/line-index.js';
import { InputError } from './errors.js';
import { withProse } from './ranges.js';

const require = createRequire(import.meta.url);
const csv = () => require('csv-parse/sync') as typeof import('csv-parse/sync');

type Column = 'id' | 'source' | 'target';

/**
 * Bilingual TSV as translation tools export it: `source<TAB>target` per line, with an optional header
 * row `source<TAB>target` or `id<TAB>source<TAB>target` (any order; the names are case-insensitive).
 * The targets are the prose; each row is a unit, its id the id column or else the line number. Blank
 * lines are skipped; a row with another number of columns is an `InputError` naming its line.
 *
 * csv-parse splits the rows and fields and checks the column count. It gives no character offsets
 * (`info.bytes` counts UTF-8 bytes and `raw` is unreliable with mixed line endings), but with quoting off
 * (tools write TSV without it, so a `"` is an ordinary character) every record is exactly one line and
 * its fields are the line's text between tabs: the offsets follow from `info.lines`, and each is checked
 * against the field text before use.
 */
export function parseTsv(text: string, path?: string): Document {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = csv().parse(text, { delimiter: '\t', quote: false, record_delimiter: ['\r\n', '\n', '\r'], skip_empty_lines: true, relax_column_count: true, info: true }) as never;
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new InputError(path, e.lines, e.message.replace(/^Invalid [^:]*: /, ''));
  }
  const lines = new LineIndex(text);
  const first = records[0];
  const header = first ? headerColumns(first.record) : undefined;
  const columns: Column[] = header ?? ['source', 'target'];
  const segments: Segment[] = [];
  const units: Unit[] = [];
  for (const { record, info } of header ? records.slice(1) : records) {
    if (record.length === 1 && record[0]?.trim() === '') continue;
    if (record.length !== columns.length) {
      const want = header ? `the header's ${columns.length} columns (${columns.join(', ')})` : '2 columns (source, target), or a header row naming an id column';
      throw new InputError(path, info.lines, `expected ${want}, found ${record.length}`);
    }
    const cells = fieldRanges(text, lines.lineStart(info.lines), record, path, info.lines);
    const at = (c: Column) => cells[columns.indexOf(c)] as Segment;
    const target = at('target');
    const id = columns.includes('id') ? text.slice(at('id').start, at('id').end) : String(info.lines);
    units.push({ id, source: at('source'), target });
    segments.push(target);
  }
  return createDocument(text, { ...(path !== undefined ? { path } : {}), segments: withProse(text, segments), units, format: 'tsv', bom: false });
}

/** The columns a header row names, or undefined when the first row is data. */
function headerColumns(cells: string[]): Column[] | undefined {
  const names = cells.map((c) => c.trim().toLowerCase());
  const known = names.every((n) => n === 'id' || n === 'source' || n === 'target') && new Set(names).size === names.length;
  return known && names.includes('source') && names.includes('target') ? (names as Column[]) : undefined;
}

/** Where each field of a one-line record stands: the line's text split at tabs. */
function fieldRanges(text: string, lineStart: number, fields: string[], path: string | undefined, line: number): Segment[] {
  const out: Segment[] = [];
  let at = lineStart;
  for (const f of fields) {
    if (!text.startsWith(f, at) || (out.length > 0 && text[at - 1] !== '\t')) throw new InputError(path, line, 'a field is not where its line has it');
    out.push({ start: at, end: at + f.length });
    at += f.length + 1;
  }
  return out;
}
