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
  /** The input format it was read in (html, po…): which replacements it takes unescaped. */
  format?: string;
}

/**
 * An input the run could not check (unreadable, not well-formed, over the size limit...) or whose fixes
 * it could not write: the CLI names it on stderr and exits 2, and the machine-readable reports carry it
 * so that a report uploaded by CI does not look clean.
 */
export interface FileFailure {
  /** The input as the results name it (`<stdin>` for stdin). */
  path: string;
  /** One line, naming the file (and line), as shown on stderr without the `translint: ` prefix. */
  message: string;
  /** 1-based line of the problem, when the parser tells it. */
  line?: number;
}

export interface ReportOptions {
  color: boolean;
  /** Inputs that could not be checked; none when absent. Carried by json, sarif, junit, checkstyle, github and html. */
  failures?: readonly FileFailure[];
  /** The folder relative paths start from; SARIF and GitHub annotations name files inside it relative to it, others by absolute path. */
  cwd?: string;
  /** The folder SARIF and GitHub annotations name files from (default `cwd`): the checkout, when run in a subfolder of it (reportRoot). */
  root?: string;
}

/** A report is pure: results in, text out. */
export type Reporter = (results: readonly FileResult[], options: ReportOptions) => string;
