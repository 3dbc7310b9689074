import { summarize } from './summary.js';
import type { Reporter } from './types.js';

/** The stable machine-readable output, documented in README ("JSON output"). */
export const json: Reporter = (results) =>
  JSON.stringify({
    version: 1,
    files: results.map((r) => ({ path: r.path, findings: r.findings, dropped: r.dropped })),
    summary: summarize(results),
  }) + '\n';
