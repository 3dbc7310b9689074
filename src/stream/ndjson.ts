import type { Finding } from '../findings/finding.js';
import { DEFAULT_MAX_FILE_BYTES } from '../io/read.js';
import { splitLines } from './lines.js';
import { isRecordError, parseRecord, recoverId, type NdjsonRecord, type RecordError } from './record.js';


/**
 * The longest line kept for a text limit: room for a `text` and a `source` each at the limit, plus
 * 64 KiB of id and metadata. A longer line cannot hold a record within the limit unless it is mostly
 * JSON escapes; it is never held whole (splitLines), and gets an error result.
 */
export function maxLineBytes(maxTextBytes: number): number {
  return 2 * maxTextBytes + 64 * 1024;
}

export interface NdjsonOptions {
  /** Bytes of UTF-8 a record's `text`, and its `source`, may each hold (default 64 MiB). */
  maxTextBytes?: number;
  /** The name of the text limit in error results (default `--max-file-size`). */
  limitName?: string;
  /** Lines longer than this are not read whole and get an error result (default maxLineBytes(maxTextBytes)). */
  maxLineBytes?: number;
  /**
   * Records checked at the same time (default 1). Results are still written in input order; with
   * more than one, the next records are read while earlier ones are checked (on worker threads).
   */
  concurrency?: number;
}

/** What checking one record gives: its findings, and its fixed text and diff when asked. */
export interface CheckedRecord {
  findings: Finding[];
  fixed?: string;
  diff?: string;
  /** One line each: why the record's original (`source`) was not used. */
  warnings?: string[];
}

/** Checks one valid record; a rejection (a bad `format`, a document over budget) becomes its error line. */
export type CheckRecord = (record: NdjsonRecord) => Promise<CheckedRecord>;

/** One output line: a result, or an error for an input line that could not be checked. */
export type NdjsonResult = ({ id: string | number } & CheckedRecord) | { id?: string | number; line: number; error: string };

/**
 * Checks one JSON object per input line and writes one JSON result per line, in input order.
 * Blank lines are skipped. A bad line yields `{id?, line, error}` and the stream goes on. Input is
 * pulled only as fast as output drains, so memory is bounded by the longest line (`maxLineBytes`)
 * times the records in flight (`concurrency`). A record whose `text` or `source` is over
 * `maxTextBytes` gets an error result, as a file over `--max-file-size` is refused.
 */
export async function runNdjson(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, check: CheckRecord, options: NdjsonOptions = {}): Promise<{ lines: number; errors: number }> {
  // (a record's text, as a file, is refused over `--max-file-size`'s default)
  const maxText = options.maxTextBytes ?? DEFAULT_MAX_FILE_BYTES;
  const limit = options.limitName ?? '--max-file-size';
  const max = options.maxLineBytes ?? maxLineBytes(maxText);
  const lineLimit = options.maxLineBytes === undefined ? ` for a line (twice ${limit}, plus 64 KiB)` : '';
  const window = Math.max(1, options.concurrency ?? 1);
  let lines = 0;
  let errors = 0;
  const pending: Promise<NdjsonResult>[] = [];
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const result = await (pending.shift() as Promise<NdjsonResult>);
      lines++;
      if ('error' in result) errors++;
      await write(output, JSON.stringify(result) + '\n');
    }
  };
  for await (const line of splitLines(input as AsyncIterable<Buffer | string>, max)) {
    let result: NdjsonResult | Promise<NdjsonResult>;
    if (line.tooLong) {
      const id = recoverId(line.head.toString('utf8'));
      result = { ...(id !== undefined ? { id } : {}), line: line.n, error: `line is ${line.length} bytes, over the limit of ${max}${lineLimit}` };
    } else {
      const parsed = parseRecord(line.bytes);
      if (parsed === undefined) continue;
      const rec = isRecordError(parsed) ? parsed : overLimit(parsed, maxText, limit);
      result = isRecordError(rec) ? { ...(rec.id !== undefined ? { id: rec.id } : {}), line: line.n, error: rec.error } : checkRecord(rec, line.n, check);
    }
    pending.push(Promise.resolve(result));
    await flush(window - 1);
  }
  await flush(0);
  return { lines, errors };
}

/** The record, or an error when its text or its original is over the limit, as a file over `--max-file-size` is refused. */
function overLimit(rec: NdjsonRecord, maxBytes: number, limit: string): NdjsonRecord | RecordError {
  for (const key of ['text', 'source'] as const) {
    const value = rec[key];
    // a UTF-16 unit is at most 3 bytes of UTF-8: short texts need no count
    if (value === undefined || value.length * 3 <= maxBytes) continue;
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > maxBytes) return { id: rec.id, error: `"${key}" is ${bytes} bytes, over the limit of ${maxBytes} (${limit})` };
  }
  return rec;
}

async function checkRecord(rec: NdjsonRecord, n: number, check: CheckRecord): Promise<NdjsonResult> {
  try {
    return { id: rec.id, ...(await check(rec)) };
  } catch (e) {
    return { id: rec.id, line: n, error: (e as Error).message };
  }
}

/** Writes, and when the stream's buffer is full waits for it to drain (or fails if it closes). */
function write(output: NodeJS.WritableStream, text: string): Promise<void> {
  if (output.write(text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      output.off('drain', onDrain);
      output.off('error', onError);
      output.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (e: Error) => done(e);
    const onClose = () => done(new Error('output closed'));
    output.on('drain', onDrain);
    output.on('error', onError);
    output.on('close', onClose);
  });
}
