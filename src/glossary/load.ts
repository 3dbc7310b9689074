import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { toEntry } from './entry.js';
import { GlossaryError } from './errors.js';
import type { Glossary, GlossaryEntry } from './types.js';

export type GlossaryFormat = 'yaml' | 'json' | 'csv';

export function formatFromPath(path: string): GlossaryFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  throw new GlossaryError(path, undefined, `unknown glossary format "${ext || '(no extension)'}" (use .yaml, .yml, .json or .csv)`);
}

/** Reads and validates a glossary file; throws GlossaryError naming the file and line. */
export function loadGlossaryFile(path: string, displayPath = path): Glossary {
  const format = formatFromPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GlossaryError(displayPath, undefined, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (e as Error).message})`);
  }
  return parseGlossary(text, format, displayPath);
}

export function parseGlossary(text: string, format: GlossaryFormat, path = '<glossary>'): Glossary {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (format === 'json') checkJsonSyntax(body, path);
  const entries = format === 'csv' ? parseCsvEntries(body, path) : parseYamlEntries(body, path);
  const glossary: Glossary = { path, name: basename(path).replace(/\.[^.]+$/, ''), entries, warnings: [] };
  glossary.warnings = findConflicts(entries);
  return glossary;
}

/** YAML would accept JSON with trailing commas or comments; a .json glossary must be strict JSON. */
function checkJsonSyntax(text: string, file: string): void {
  try {
    JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? text.slice(0, Number(at[1])).split(/\r\n|\r|\n/).length : undefined;
    throw new GlossaryError(file, line, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}`);
  }
}

function parseYamlEntries(text: string, file: string): GlossaryEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (node: YamlNode | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  const err = doc.errors[0];
  if (err) throw new GlossaryError(file, lineCounter.linePos(err.pos[0]).line, err.message.split('\n')[0] ?? 'syntax error');
  let list: YamlNode | null | undefined = doc.contents as YamlNode | null;
  if (list === null || list === undefined) throw new GlossaryError(file, 1, 'empty glossary: expected a list of entries');
  if (isMap(list)) {
    const inner = list.get('entries', true) as YamlNode | undefined;
    if (!inner) throw new GlossaryError(file, lineOf(list), 'expected a list of entries, or an object with "entries"');
    list = inner;
  }
  if (!isSeq(list)) throw new GlossaryError(file, lineOf(list), 'expected a list of entries');
  return list.items.map((item) => {
    const line = lineOf(item as YamlNode);
    const where = line === undefined ? { file } : { file, line };
    return toEntry((item as YamlNode & { toJSON(): unknown }).toJSON(), where);
  });
}

function parseCsvEntries(text: string, file: string): GlossaryEntry[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, { columns: true, info: true, skip_empty_lines: true, trim: true, bom: true }) as never;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new GlossaryError(file, err.lines, err.message.replace(/^Invalid [^:]*: /, ''));
  }
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const columns = header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (!columns.includes('term')) throw new GlossaryError(file, 1, 'CSV header must have a "term" column');
  const allowed = ['term', 'variants', 'category', 'note', 'caseSensitive', 'fix'];
  const extra = columns.find((c) => !allowed.includes(c));
  if (extra !== undefined) throw new GlossaryError(file, 1, `unknown CSV column "${extra}" (allowed: ${allowed.join(', ')})`);
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

/** Duplicate terms and variants that are another entry's term are reported, never merged silently. */
function findConflicts(entries: GlossaryEntry[]): string[] {
  const warnings: string[] = [];
  const terms = new Map<string, GlossaryEntry>();
  for (const e of entries) {
    const key = e.term.toLowerCase();
    const first = terms.get(key);
    if (first) warnings.push(`${e.glossary}:${e.line ?? '?'}: duplicate term "${e.term}" (first at line ${first.line ?? '?'})`);
    else terms.set(key, e);
  }
  for (const e of entries) {
    for (const v of e.variants) {
      if (v.kind !== 'literal') continue;
      const other = terms.get(v.text.toLowerCase());
      if (other && other !== e && (other.caseSensitive ? other.term === v.text : true)) {
        warnings.push(`${e.glossary}:${e.line ?? '?'}: variant "${v.text}" of "${e.term}" is itself the term at line ${other.line ?? '?'}; the variant is ignored`);
        e.variants = e.variants.filter((x) => x !== v);
      }
    }
  }
  return warnings;
}
