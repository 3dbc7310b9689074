import { createDocument, type Document } from '../document/document.js';
import type { Checker } from '../engine/checker.js';
import type { Finding } from '../findings/finding.js';
import { unifiedDiff } from '../fix/diff.js';
import { checkInFormat, fixInFormat } from '../fix/in-format.js';
import { splitLines } from './lines.js';
import { isRecordError, parseRecord, recoverId, type NdjsonRecord } from './record.js';

/** Lines longer than this many bytes get an error result. */
export const DEFAULT_MAX_LINE_BYTES = 10 * 1024 * 1024;

export interface NdjsonOptions {
  /** Add `fixed`: the text with the safe fixes applied (to a fixpoint). */
  fix?: boolean;
  /** Add `diff`: a unified diff of every first suggestion, named by the id. */
  diff?: boolean;
  maxLineBytes?: number;
  /** Input formats besides plain text, by the name a line gives in `format`. */
  formats?: Record<string, (text: string) => Document>;
}

/** One output line: a result, or an error for an input line that could not be checked. */
export type NdjsonResult =
  | { id: string | number; findings: Finding[]; fixed?: string; diff?: string }
  | { id?: string | number; line: number; error: string };

/**
 * Checks one JSON object per input line and writes one JSON result per line, in input order.
 * Blank lines are skipped. A bad line yields `{id?, line, error}` and the stream goes on. Input is
 * pulled only as fast as output drains, so memory is bounded by the longest line (`maxLineBytes`).
 */
export async function runNdjson(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  checkerFor: (opts: { sourceLang?: string }) => Checker,
  options: NdjsonOptions = {},
): Promise<{ lines: number; errors: number }> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let lines = 0;
  let errors = 0;
  for await (const line of splitLines(input as AsyncIterable<Buffer | string>, max)) {
    let result: NdjsonResult | undefined;
    if (line.tooLong) {
      const id = recoverId(line.head.toString('utf8'));
      result = { ...(id !== undefined ? { id } : {}), line: line.n, error: `line is ${line.length} bytes, over the limit of ${max}` };
    } else {
      const rec = parseRecord(line.bytes);
      if (rec === undefined) continue;
      result = isRecordError(rec) ? { ...(rec.id !== undefined ? { id: rec.id } : {}), line: line.n, error: rec.error } : checkRecord(rec, line.n, checkerFor, options);
    }
    lines++;
    if ('error' in result) errors++;
    await write(output, JSON.stringify(result) + '\n');
  }
  return { lines, errors };
}

function checkRecord(rec: NdjsonRecord, n: number, checkerFor: (opts: { sourceLang?: string }) => Checker, options: NdjsonOptions): NdjsonResult {
  try {
    const format = rec.format ?? 'text';
    const parse = format === 'text' ? undefined : options.formats?.[format];
    if (format !== 'text' && !parse) {
      const known = ['text', ...Object.keys(options.formats ?? {})].join(', ');
      return { id: rec.id, line: n, error: `unknown format "${format}" (known: ${known})` };
    }
    const checker = checkerFor(rec.sourceLang !== undefined ? { sourceLang: rec.sourceLang } : {});
    const check = checkInFormat(checker, parse ?? ((t) => createDocument(t, { format: 'text' })));
    const checked = check(rec.text);
    const result: NdjsonResult = { id: rec.id, findings: checked.findings };
    const fixes = fixInFormat(check, rec.text, checked, format);
    if (options.fix) result.fixed = fixes.fixed().output;
    if (options.diff) result.diff = unifiedDiff(String(rec.id), rec.text, fixes.suggested());
    return result;
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
