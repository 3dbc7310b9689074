import type { DroppedFinding, Finding } from '../findings/finding.js';

/** What the checker found in one input, with the texts a report may need. */
export interface FileResult {
  path: string;
  findings: Finding[];
  dropped: DroppedFinding[];
  /** The checked text (BOM removed). */
  source: string;
  /** The text with fixes applied, when fixes were asked for. */
  fixed?: string;
}

export interface ReportOptions {
  color: boolean;
  /** The folder relative paths start from; SARIF names files inside it relative to it, others by absolute URI. */
  cwd?: string;
}

/** A report is pure: results in, text out. */
export type Reporter = (results: readonly FileResult[], options: ReportOptions) => string;
