import type { Finding } from '../findings/finding.js';
import type { Alignment } from '../source/aligned.js';
import { InputError } from '../inputs/errors.js';
import { FileError } from '../io/errors.js';
import type { CheckPool } from '../pipeline/pool.js';
import type { CheckFileInput } from '../pipeline/types.js';
import { calqueLang } from '../pipeline/source-lang.js';
import { HttpError } from './errors.js';
import type { GlossarySet } from './glossaries.js';
import type { CheckItem, CheckRequest } from './request.js';

export interface CheckOutput {
  findings: Finding[];
  /** The input format the text was checked in (which replacements it takes unescaped: the review page asks). */
  format: string;
  /** The text with the safe fixes applied (when `fix`). */
  fixed?: string;
  /** A unified diff of every first suggestion (unless `diff: false`); empty when there is none. */
  diff?: string;
  /** One line each: why the original (`source`) was not used. */
  warnings?: string[];
  /** With a `source` that aligns with the text: sentence pairs, `source` offsets into it, `target` into the text. */
  alignment?: Alignment;
}

/**
 * Answers a validated check request with the glossaries of one generation: each text goes through
 * the use case on the generation's worker pool, under its time and memory budget. A text over budget
 * or invalid in its format makes the request a 422 that names it. When `signal` aborts (the client
 * went away), texts not checked yet are dropped from the pool's queue.
 */
export async function runCheckRequest(req: CheckRequest, set: GlossarySet, pool: CheckPool, signal?: AbortSignal): Promise<CheckOutput | { items: (CheckOutput & { id: string | number })[] }> {
  const one = async (doc: Omit<CheckItem, 'id'>, name: string, at: string): Promise<CheckOutput> => {
    const input: CheckFileInput = {
      name,
      text: doc.text,
      fix: req.fix,
      // one pass: the diff shows the suggestions of the findings returned with it (the CLI's --diff
      // re-checks to a fixpoint, which costs a second check per text; a service answering article by
      // article should not pay that)
      diff: req.diff ? 'single-pass' : false,
      // a language of an original only (ru, zh…) is for the source/ rules, not for the calque rules
      options: set.optionsFor(req.glossaries, calqueLang(doc.sourceLang ?? req.sourceLang)),
    };
    if (doc.source !== undefined) {
      input.source = doc.source;
      const lang = doc.sourceLang ?? req.sourceLang;
      if (lang !== undefined) input.sourceLang = lang;
    }
    if (doc.filename !== undefined) input.path = doc.filename;
    const format = doc.format ?? req.format;
    if (format !== undefined) input.format = format;
    if (req.minConfidence) input.minConfidence = req.minConfidence;
    try {
      const r = await pool.check(input, signal);
      const out: CheckOutput = { findings: r.findings, format: r.format };
      if (req.fix) out.fixed = r.fixed ?? r.source;
      if (req.diff) out.diff = r.diff ?? '';
      if (r.warnings.length > 0) out.warnings = r.warnings;
      if (r.alignment) out.alignment = r.alignment;
      return out;
    } catch (e) {
      if (e instanceof FileError && e.code === 'budget') throw new HttpError(422, 'over_budget', `${at}${e.message}`);
      if (e instanceof InputError || e instanceof FileError) throw new HttpError(422, 'invalid_document', `${at}${e.message}`);
      throw e;
    }
  };
  if (req.items) {
    const items = req.items;
    const outputs = await Promise.all(items.map((it, i) => one(it, it.filename ?? String(it.id), `items[${i}]: `)));
    return { items: items.map((it, i) => ({ id: it.id, ...(outputs[i] as CheckOutput) })) };
  }
  return one({ text: req.text ?? '', ...(req.source !== undefined ? { source: req.source } : {}), ...(req.filename !== undefined ? { filename: req.filename } : {}), ...(req.format !== undefined ? { format: req.format } : {}) }, req.filename ?? 'text', '');
}

