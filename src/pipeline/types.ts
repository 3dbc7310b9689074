import type { Checker, CheckOptions, CheckResult } from '../engine/checker.js';
import type { InputFormatName } from '../inputs/index.js';
import type { FileResult } from '../reports/types.js';
import type { Alignment } from '../source/aligned.js';

/** One input to check: a named file, a record of a stream, the body of a request. */
export interface CheckFileInput {
  /**
   * The file's path (relative to the pipeline's `cwd`, or absolute). It picks the input format (by
   * extension, and for `.xml` by the root element) and the configuration file (the nearest one
   * above it). Without it the input is plain text, configured as a file in `cwd`.
   */
  path?: string;
  /** How the input is named in results and diffs (default: `path`, else `<input>`). */
  name?: string;
  /** How the input is named in its diff, when not as in results (`check --diff`: from the top of the git work tree). */
  diffName?: string;
  /** The text (a leading BOM is removed and reported in `bom`) ... */
  text?: string;
  /** ... or the file's bytes, decoded here (src/io/decode.ts: BOM, XML declaration, PO charset, else UTF-8). */
  bytes?: Uint8Array;
  /** The input format, instead of choosing it from `path`. */
  format?: InputFormatName;
  /** Apply the safe fixes, re-checking to a fixpoint: `fixed`, and the findings of the fixed text. */
  fix?: boolean;
  /**
   * Add `suggested` (every first suggestion the format can take) and `diff` (a unified diff of it).
   * `true` re-checks to a fixpoint, as `--diff` does; `'single-pass'` applies the suggestions of
   * the first check only (the service: one check per text).
   */
  diff?: boolean | 'single-pass';
  /** `fix` and `diff` apply the findings of errors only (--quiet, as ESLint 9); `findings` still holds all. */
  errorsOnly?: boolean;
  /**
   * The original text of a translated story (the source-language text). Passed to the checker as
   * `source` for the rules that compare a translation with its original.
   */
  source?: string;
  /** The original's file name, to read it in its format (Markdown, HTML, NITF…); default: this input's. */
  sourcePath?: string;
  /** The original's language ("de", "ru", "zh"…), when detection should not guess. */
  sourceLang?: string;
  /** Options on top of the configuration (an NDJSON record's `sourceLang`). */
  options?: Partial<CheckOptions>;
  /**
   * Leave out findings below this confidence after overlaps are resolved (the service and the
   * stream: one compiled checker serves every threshold). `options.minConfidence` instead drops
   * them before overlaps are resolved, as the configuration's `minConfidence` does.
   */
  minConfidence?: number;
  /** Check with this checker instead of one built from the configuration and `options`. */
  checker?: Checker;
}

/**
 * What checking one input produced: `findings` and `dropped` of its text (`source`, BOM removed),
 * and with `fix` the fixed text and what is left in it.
 */
export interface FileCheck extends FileResult {
  /** The input format it was checked in. */
  format: InputFormatName;
  /** The encoding its bytes were decoded from ("utf-8" for a text given as a string). */
  encoding: string;
  /** The input started with a byte-order mark (not part of `source` or `fixed`). */
  bom: boolean;
  /** With `fix`: how many fixes were applied, over all passes. */
  fixCount?: number;
  /** With `fix`: the check of the fixed text (what a report after `--fix` shows). */
  remaining?: CheckResult;
  /** With `diff`: the text with every first suggestion applied (not for bytes in another encoding than UTF-8). */
  suggested?: string;
  /**
   * With `diff`: a unified diff of `source` to `suggested`, named by `name` (empty when none). Absent for
   * bytes in another encoding than UTF-8: the patch, in UTF-8, would not apply to them.
   */
  diff?: string;
  /** With a usable `source`: its sentences paired with the input's (see CheckResult.alignment). */
  alignment?: Alignment;
  /** Things worth telling the user, one line each, naming the input (an unknown `.xml` root). */
  warnings: string[];
}
