import { summarize } from './summary.js';
import type { Reporter } from './types.js';

/**
 * The stable machine-readable output, documented in README ("JSON output"): the files checked, the
 * inputs that could not be checked (`failures`: path, message and line when known), and a summary.
 */
export const json: Reporter = (results, options) =>
  JSON.stringify({
    version: 1,
    files: results.map((r) => ({ path: r.path, findings: r.findings, dropped: r.dropped })),
    failures: (options?.failures ?? []).map((f) => ({ path: f.path, message: f.message, ...(f.line !== undefined ? { line: f.line } : {}) })),
    summary: summarize(results),
  }) + '\n';
