/**
 * Checks conformance inputs one at a time for run.ts, in a worker thread the runner can terminate when
 * an input takes too long. Each input is decoded (src/io/decode.ts), read by its format as the CLI
 * chooses it, checked with the bundled glossary, and every finding is held against the oracle.
 */
import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { createChecker } from '../../src/engine/checker.ts';
import { InputError } from '../../src/inputs/errors.ts';
import { formatForContent, inputFormats } from '../../src/inputs/index.ts';
import { decodeBytes } from '../../src/io/decode.ts';
import type { Input } from './corpora.ts';
import { inMarkup, oracleFor } from './oracle.ts';

export interface InputResult {
  corpus: string;
  name: string;
  label: Input['label'];
  status: 'read' | 'refused' | 'crash' | 'timeout';
  format?: string;
  /** The refusal's or crash's message. */
  error?: string;
  ms: number;
  words: number;
  findings: number;
  /** Entries the file itself marks fuzzy, reported as such (info): the file's flag, not translint's. */
  fuzzy: number;
  byRule: Record<string, number>;
  /** Findings whose range is outside the text or does not slice to the finding's text. */
  badRanges: number;
  /** Findings that start or end in markup, codes, attributes or source text (first few, for the report). */
  inMarkup: { ruleId: string; text: string; offset: number }[];
  inMarkupCount: number;
}

const checker = createChecker();
/**
 * An inline code of XLIFF 1.2 or 2 (not an annotation such as <mrk>), a tag or a whole element with its
 * native data (`<ph id="1">&lt;BR></ph>`): the placeholders rule reports on these.
 */
const CODE_TAG = /^(?:<\/?(?:x|g|bx|ex|ph|bpt|ept|it|pc|sc|ec)\b[^>]*>|<(ph|bpt|ept|it)\b[^>]*>[^<]*<\/\1>)$/;
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

export function checkInput(input: Input): InputResult {
  const started = performance.now();
  const result: InputResult = { corpus: input.corpus, name: input.name, label: input.label, status: 'read', ms: 0, words: 0, findings: 0, fuzzy: 0, byRule: {}, badRanges: 0, inMarkup: [], inMarkupCount: 0 };
  try {
    let text: string;
    if (input.file !== undefined) {
      const decoded = decodeBytes(readFileSync(input.file), input.name);
      if (!decoded.ok) {
        result.status = 'refused';
        result.error = decoded.error;
        return result;
      }
      text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    } else text = input.text ?? '';
    const format = input.format ? inputFormats[input.format] : formatForContent(input.name, text);
    result.format = format.name;
    const doc = format.parse(text, input.name);
    const prose = (doc as { prose?: string }).prose ?? doc.text;
    for (const s of doc.segments) result.words += prose.slice(s.start, s.end).match(WORD)?.length ?? 0;
    const { findings } = checker.check(doc);
    const oracle = oracleFor(format.name, text);
    for (const f of findings) {
      if (f.ruleId === 'bilingual/untranslated' && f.message.startsWith('marked fuzzy')) {
        result.fuzzy++;
        continue;
      }
      result.findings++;
      result.byRule[f.ruleId] = (result.byRule[f.ruleId] ?? 0) + 1;
      const s = f.range.start.offset;
      const e = f.range.end.offset;
      if (s < 0 || e < s || e > text.length || text.slice(s, e) !== f.text) result.badRanges++;
      if (!oracle || e <= s || oracle.wholeUnits.has(`${s}:${e}`) || (f.ruleId === 'bilingual/placeholders' && CODE_TAG.test(f.text))) continue;
      if (inMarkup(oracle, s, e)) {
        result.inMarkupCount++;
        if (result.inMarkup.length < 5) result.inMarkup.push({ ruleId: f.ruleId, text: f.text.slice(0, 80), offset: s });
      }
    }
  } catch (err) {
    if (err instanceof InputError) {
      result.status = 'refused';
      result.error = err.message;
    } else {
      result.status = 'crash';
      result.error = err instanceof Error ? `${err.name}: ${err.message}`.slice(0, 300) : String(err);
    }
  } finally {
    result.ms = performance.now() - started;
  }
  return result;
}

parentPort?.on('message', (input: Input) => {
  parentPort?.postMessage(checkInput(input));
});
// the runner starts an input's clock only once the worker has loaded and built its checker
parentPort?.postMessage('ready');
