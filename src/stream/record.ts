import { oneLine } from '../io/errors.js';

/** One NDJSON input line once validated. */
export interface NdjsonRecord {
  id: string | number;
  text: string;
  source?: string;
  sourceLang?: string;
  format?: string;
}

/**
 * The fields a record may have: `translint serve` takes the same in each of its `items` (with `filename`
 * besides), and any other is refused by both, so that a misspelt field ("fromat") is an error rather
 * than a record checked without it.
 */
export const RECORD_FIELDS = ['id', 'text', 'source', 'sourceLang', 'format'] as const;

/** Run options a record may not set for itself. */
const RUN_OPTIONS: Record<string, string> = { fix: '--fix', diff: '--diff' };

/** Why a line could not be used; `id` when it could still be read from the line. */
export interface RecordError {
  error: string;
  id?: string | number;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Validates one line: a JSON object with a string or number `id` and a string `text`; `source`,
 * `sourceLang` and `format` are optional strings. Any other field is an error (RECORD_FIELDS).
 * Returns undefined for a blank line.
 */
export function parseRecord(bytes: Buffer): NdjsonRecord | RecordError | undefined {
  let line: string;
  try {
    line = decoder.decode(bytes);
  } catch {
    return withId({ error: 'invalid UTF-8' }, recoverId(bytes.toString('latin1')));
  }
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return withId({ error: `invalid JSON: ${oneLine((e as Error).message)}` }, recoverId(line));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected a JSON object' };
  const obj = value as Record<string, unknown>;
  const id = obj.id;
  const known = typeof id === 'string' || typeof id === 'number' ? id : undefined;
  if (id === undefined) return { error: 'missing "id"' };
  if (known === undefined) return { error: '"id" must be a string or a number' };
  const inexact = inexactId(known) ?? (typeof known === 'number' && firstRewrittenId(line, [known]) === 0 ? rewrittenId(known) : undefined);
  if (inexact !== undefined) return { error: `"id" ${inexact}` };
  const unknown = Object.keys(obj).find((k) => !(RECORD_FIELDS as readonly string[]).includes(k));
  if (unknown !== undefined) {
    const option = Object.hasOwn(RUN_OPTIONS, unknown) ? `; ${RUN_OPTIONS[unknown]} is an option of the run` : '';
    return { error: `${JSON.stringify(unknown)}: unknown field (allowed: ${RECORD_FIELDS.join(', ')})${option}`, id: known };
  }
  if (obj.text === undefined) return { error: 'missing "text"', id: known };
  if (typeof obj.text !== 'string') return { error: '"text" must be a string', id: known };
  const record: NdjsonRecord = { id: known, text: obj.text };
  for (const key of ['source', 'sourceLang', 'format'] as const) {
    const v = obj[key];
    if (v === undefined) continue;
    if (typeof v !== 'string') return { error: `"${key}" must be a string`, id: known };
    record[key] = v;
  }
  return record;
}

/**
 * Why a numeric id would not come back as it was sent: JSON.parse reads a whole number past 2^53 − 1 to the
 * nearest double (9007199254740993 as …992, another record's id perhaps) and 1e400 as Infinity, written
 * back as null. Undefined for a string or an exact number.
 */
export function inexactId(id: string | number): string | undefined {
  if (typeof id === 'string' || Number.isSafeInteger(id) || (Number.isFinite(id) && !Number.isInteger(id))) return undefined;
  return `is a whole number beyond ±(2^53 − 1) (read as ${String(id)}), which JSON readers cannot keep exact: send it as a string`;
}

/**
 * Of the numeric ids read from a JSON text (`ids`, in order), the index of the first that the text does not write
 * as JSON writes the number it was read as, or -1: "1.0000000000000001" is read as 1 (another record's id
 * perhaps), "1e3" as 1000, "-0" as 0, and each would come back as that. The text's `"id": <number>` members are
 * counted by their spelling, so that two ids read as one number need two such spellings.
 */
export function firstRewrittenId(text: string, ids: readonly (string | number)[]): number {
  const written = new Map<string, number>();
  for (const m of text.matchAll(/"id"\s*:\s*(-?[0-9][0-9.eE+-]*)/g)) written.set(m[1] as string, (written.get(m[1] as string) ?? 0) + 1);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (typeof id !== 'number') continue;
    const key = JSON.stringify(id);
    const left = written.get(key) ?? 0;
    if (left === 0) return i;
    written.set(key, left - 1);
  }
  return -1;
}

export function rewrittenId(id: number): string {
  return `is not written as JSON writes the number it is read as (${JSON.stringify(id)}), and would come back so: send it as a string, or as digits`;
}

/**
 * The id of a line that is not valid JSON, when a plain `"id": "…"` or `"id": 12` (digits only, followed by
 * "," or "}": not the start of a longer number cut off) is in it.
 */
export function recoverId(line: string): string | number | undefined {
  const m = /"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?(?:0|[1-9][0-9]*))(?=\s*[,}]))/.exec(line);
  if (!m) return undefined;
  if (m[2] !== undefined) {
    const n = Number(m[2]);
    return inexactId(n) === undefined ? n : undefined;
  }
  try {
    return JSON.parse(`"${m[1] ?? ''}"`) as string;
  } catch {
    return undefined;
  }
}

function withId(err: RecordError, id: string | number | undefined): RecordError {
  return id === undefined ? err : { ...err, id };
}

export function isRecordError(r: NdjsonRecord | RecordError): r is RecordError {
  return 'error' in r;
}
