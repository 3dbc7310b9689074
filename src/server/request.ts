import type { InputFormatName } from '../inputs/index.js';
import { INPUT_FORMAT_NAMES } from '../inputs/names.js';
import { sourceLangError } from '../pipeline/source-lang.js';
import { SOURCE_LANGS } from '../source/lang-data.js';
import { firstRewrittenId, inexactId, RECORD_FIELDS, rewrittenId } from '../stream/record.js';
import { HttpError } from './errors.js';

/** More items than this in one request is a 400; the body limit bounds the rest. */
export const MAX_ITEMS = 1000;

export interface CheckItem {
  id: string | number;
  text: string;
  /** The original the text was translated from (the source/ rules compare the two). */
  source?: string;
  sourceLang?: string;
  /** The input format of the text (default: from `filename`, else plain text). */
  format?: InputFormatName;
  /** The name of the file the text came from: picks the format by extension (and a `.xml` file's root); no file is read. */
  filename?: string;
}

/** A validated POST /v1/check body. */
export interface CheckRequest {
  /** A single text, or undefined when `items` is given. */
  text?: string;
  /** The original of `text`. */
  source?: string;
  items?: CheckItem[];
  /** Names of loaded glossaries; undefined means all. */
  glossaries?: string[];
  sourceLang?: string;
  minConfidence?: number;
  format?: InputFormatName;
  filename?: string;
  fix: boolean;
  diff: boolean;
}

const TOP_FIELDS = ['text', 'source', 'items', 'glossary', 'sourceLang', 'minConfidence', 'fix', 'diff', 'format', 'filename'];
// an item is an NDJSON record, and may name the file its text came from
const ITEM_FIELDS = [...RECORD_FIELDS, 'filename'];

/**
 * Validates a check body, naming the field at fault. Unknown fields are refused, so a misspelt
 * option is an error instead of being silently ignored.
 */
export function parseCheckRequest(body: unknown, glossaryNames: readonly string[], text?: string): CheckRequest {
  const obj = object(body, 'the body');
  unknownFields(obj, TOP_FIELDS, '');
  if ((obj.text === undefined) === (obj.items === undefined)) throw invalid('give either "text" or "items"');
  const req: CheckRequest = { fix: bool(obj.fix, 'fix') ?? false, diff: bool(obj.diff, 'diff') ?? true };
  if (obj.text !== undefined) req.text = str(obj.text, 'text');
  if (obj.source !== undefined) {
    if (obj.items !== undefined) throw invalid('source: give each item its own source');
    req.source = str(obj.source, 'source');
  }
  if (obj.items !== undefined) {
    if (!Array.isArray(obj.items)) throw invalid('items: must be an array');
    if (obj.items.length > MAX_ITEMS) throw invalid(`items: at most ${MAX_ITEMS} items`);
    req.items = obj.items.map((raw, i) => item(raw, `items[${i}]`));
    const rewritten = text === undefined ? -1 : firstRewrittenId(text, req.items.map((x) => x.id));
    if (rewritten >= 0) throw invalid(`items[${rewritten}].id: ${rewrittenId(req.items[rewritten]?.id as number)}`);
  }
  const lang = sourceLang(obj.sourceLang, 'sourceLang');
  if (lang !== undefined) req.sourceLang = lang;
  documentFields(obj, req, '');
  if (obj.minConfidence !== undefined) {
    const n = obj.minConfidence;
    if (typeof n !== 'number' || !(n >= 0 && n <= 1)) throw invalid('minConfidence: must be a number from 0 to 1');
    req.minConfidence = n;
  }
  if (obj.glossary !== undefined) {
    const names = typeof obj.glossary === 'string' ? [obj.glossary] : obj.glossary;
    if (!Array.isArray(names) || names.length === 0 || names.some((n) => typeof n !== 'string')) throw invalid('glossary: must be a glossary name or a non-empty list of names');
    for (const n of names as string[]) {
      if (!glossaryNames.includes(n)) throw invalid(`glossary: no glossary named "${n}" (loaded: ${glossaryNames.join(', ')})`);
    }
    req.glossaries = [...new Set(names as string[])].sort();
  }
  return req;
}

function item(raw: unknown, at: string): CheckItem {
  const obj = object(raw, at);
  unknownFields(obj, ITEM_FIELDS, `${at}.`);
  if (typeof obj.id !== 'string' && typeof obj.id !== 'number') throw invalid(`${at}.id: must be a string or a number`);
  const inexact = inexactId(obj.id);
  if (inexact !== undefined) throw invalid(`${at}.id: ${inexact}`);
  const out: CheckItem = { id: obj.id, text: str(obj.text, `${at}.text`) };
  if (obj.source !== undefined) out.source = str(obj.source, `${at}.source`);
  const lang = sourceLang(obj.sourceLang, `${at}.sourceLang`);
  if (lang !== undefined) out.sourceLang = lang;
  documentFields(obj, out, `${at}.`);
  return out;
}

/** `format` and `filename` of the body or of an item; the item's own win over the body's. */
function documentFields(obj: Record<string, unknown>, out: { format?: InputFormatName; filename?: string }, prefix: string): void {
  if (obj.format !== undefined) {
    if (typeof obj.format !== 'string' || !(INPUT_FORMAT_NAMES as readonly string[]).includes(obj.format)) throw invalid(`${prefix}format: must be one of ${INPUT_FORMAT_NAMES.join(', ')}`);
    out.format = obj.format as InputFormatName;
  }
  if (obj.filename !== undefined) {
    // a name only: it chooses the format and names the diff; the service never opens it
    if (typeof obj.filename !== 'string' || obj.filename === '' || obj.filename.length > 255 || /[\\/\0]/.test(obj.filename)) throw invalid(`${prefix}filename: must be a file name without folders (at most 255 characters)`);
    out.filename = obj.filename;
  }
}

function object(v: unknown, at: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw invalid(`${at}: must be a JSON object`);
  return v as Record<string, unknown>;
}

function unknownFields(obj: Record<string, unknown>, allowed: string[], prefix: string): void {
  const extra = Object.keys(obj).find((k) => !allowed.includes(k));
  if (extra !== undefined) throw invalid(`${prefix}${extra}: unknown field (allowed: ${allowed.join(', ')})`);
}

function str(v: unknown, at: string): string {
  if (typeof v !== 'string') throw invalid(`${at}: must be a string`);
  return v;
}

function bool(v: unknown, at: string): boolean | undefined {
  if (v !== undefined && typeof v !== 'boolean') throw invalid(`${at}: must be true or false`);
  return v;
}

function sourceLang(v: unknown, at: string): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || sourceLangError(v) !== undefined) throw invalid(`${at}: must be one of ${SOURCE_LANGS.join(', ')}`);
  return v;
}

function invalid(message: string): HttpError {
  return new HttpError(400, 'invalid_request', message);
}
