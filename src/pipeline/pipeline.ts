import { ConfigResolver, mergeCliOptions, type FileResolver } from '../config/index.js';
import type { Checker, CheckOptions, CheckResult } from '../engine/checker.js';
import { applyFixes } from '../fix/apply.js';
import { unifiedDiff } from '../fix/diff.js';
import { withWritableSuggestions } from '../fix/escaping.js';
import { checkInFormat, fixInFormat } from '../fix/in-format.js';
import { checkSize, decodeText, DEFAULT_MAX_FILE_BYTES } from '../io/read.js';
import { CheckerCache } from './checkers.js';
import { chooseFormat, type ChosenFormat } from './format.js';
import { InputError } from '../inputs/errors.js';
import { FileError, oneLine } from '../io/errors.js';
import { ConfigError } from '../config/errors.js';
import { GlossaryError } from '../glossary/errors.js';
import type { CheckFileInput, FileCheck } from './types.js';
import { isError } from '../findings/finding.js';
import { createDocument, type Document } from '../document/document.js';

export interface PipelineOptions {
  /** Where relative paths and configuration files are looked up (default: `process.cwd()`). */
  cwd?: string;
  /** One configuration file for every input, as `--config` (relative to `cwd`); `false`: none at all. */
  config?: string | false;
  /** Options that win over configuration files: what the user typed on the command line. */
  options?: Partial<CheckOptions>;
  /** Larger inputs given as bytes are refused (default 64 MiB). */
  maxBytes?: number;
  /** Glossary warnings (duplicates, conflicts), once per glossary. */
  onWarning?: (message: string) => void;
  /**
   * Look configuration files up again for every input and reload one that changed (a hot folder runs
   * for days: an added, edited or mended configuration applies from the next file, without a restart).
   */
  freshConfig?: boolean;
  /** Keep at most this many compiled checkers, dropping the least recently used (default: no limit). */
  maxCheckers?: number;
}

/** An input decoded (BOM removed) and its format chosen. */
interface ReadInput {
  text: string;
  encoding: string;
  bom: boolean;
  format: ChosenFormat;
}

/** What the configuration says about one input. */
export interface ResolvedInput {
  /** An `ignore` pattern of the configuration matches the path. */
  ignored: boolean;
  /** The configuration's options with the pipeline's own on top. */
  options: CheckOptions;
  configPath?: string;
}

/**
 * The one use case behind every front end: decode an input, choose its format, resolve its
 * configuration, check it, fix it in its format and diff it. The CLI (`check`, `check --ndjson`,
 * `review`), the hot folder, the HTTP service and the review page's API all call `check`; none of
 * them puts these steps together itself. Configuration files and compiled checkers are loaded once
 * per pipeline and reused for every input.
 */
export class Pipeline {
  readonly cwd: string;
  private readonly resolver: FileResolver | undefined;
  private readonly checkers: CheckerCache;

  constructor(private readonly settings: PipelineOptions = {}) {
    this.cwd = settings.cwd ?? process.cwd();
    this.resolver = settings.config === false ? undefined : new ConfigResolver({ fresh: settings.freshConfig ?? false }).resolverFor(this.cwd, settings.config);
    this.checkers = new CheckerCache(settings.onWarning, settings.maxCheckers);
  }

  /** The configuration of a path (none or "-": a file in `cwd`), with the pipeline's options on top. Throws ConfigError. */
  resolve(path?: string): ResolvedInput {
    const found = this.resolver?.forFile(path ?? '-') ?? { ignored: false, options: {} };
    const options = mergeCliOptions(found.options, this.settings.options ?? {});
    return { ignored: found.ignored, options, ...(found.configPath !== undefined ? { configPath: found.configPath } : {}) };
  }

  /** The compiled checker for these options, built once. Throws GlossaryError, RangeError (unknown rule). */
  checker(options: CheckOptions): Checker {
    return this.checkers.get(options);
  }

  /**
   * Checks one input. Throws FileError (binary, too large, invalid encoding), InputError (invalid in its
   * format, or failed while checked), and what building its checker throws: ConfigError, GlossaryError,
   * RangeError (unknown rule), which concern every input.
   */
  async check(input: CheckFileInput): Promise<FileCheck> {
    const name = input.name ?? input.path ?? '<input>';
    const read = await forThisInput(name, () => this.read(input, name));
    const base = input.checker ?? this.checker(mergeCliOptions(this.resolve(input.path).options, input.options ?? {}));
    return forThisInput(name, () => this.checkRead(input, name, read, base));
  }

  /** The input's text decoded, and its format chosen. */
  private async read(input: CheckFileInput, name: string): Promise<ReadInput> {
    let raw: string;
    let encoding = 'utf-8';
    let hadBom = false;
    if (input.text !== undefined) raw = input.text;
    else {
      const bytes = input.bytes ?? new Uint8Array();
      checkSize(bytes, name, this.settings.maxBytes ?? DEFAULT_MAX_FILE_BYTES);
      ({ text: raw, encoding, bom: hadBom } = decodeText(bytes, name, input.format));
    }
    const bom = hadBom || raw.charCodeAt(0) === 0xfeff;
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const format = await chooseFormat(input.path, text, input.format, name);
    return { text, encoding, bom, format };
  }

  /** Checks (and fixes, and diffs) the text `read` with `base`. */
  private async checkRead(input: CheckFileInput, name: string, read: ReadInput, base: Checker): Promise<FileCheck> {
    const { text, encoding, bom, format } = read;
    const checker = passing(base, input, name, await originalOf(input));
    const check = checkInFormat(checker, format.parse);
    const checked = check(text);
    const result: FileCheck = { path: name, format: format.name, encoding, bom, findings: checked.findings, dropped: checked.dropped, source: text, warnings: [] };
    if (format.warning) result.warnings.push(format.warning);
    if (checked.sourceWarning) result.warnings.push(checked.sourceWarning);
    if (checked.alignment) result.alignment = checked.alignment;
    const fixes = fixInFormat(check, text, checked, format.name, input.errorsOnly ? isError : undefined);
    if (input.fix) {
      const fixed = fixes.fixed();
      Object.assign(result, { fixed: fixed.output, fixCount: fixed.applied.length, remaining: fixed.remaining });
    }
    // (a patch of the decoded text would not apply to the bytes of a file in another encoding than UTF-8)
    if (input.diff && encoding === 'utf-8') {
      result.suggested = input.diff === 'single-pass' ? singlePass(text, checked, format.name) : fixes.suggested();
      result.diff = unifiedDiff(input.diffName ?? name, text, result.suggested, bom);
    }
    return result;
  }
}

/**
 * Runs one step of checking one input, whose failure is that input's alone: an error of no kind the
 * front ends report (a regular expression's stack overflow on a 12 MB "tag", say, or a defect of a rule)
 * becomes an InputError naming the input, so that `check` reports it on one line with the other files
 * still checked, the service answers 422, and the hot folder moves the file to failed/. A RangeError
 * stopped a whole `check` run as if the configuration were bad. Configuration and glossary errors pass
 * through: they concern every input.
 */
async function forThisInput<T>(name: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof InputError || e instanceof FileError || e instanceof ConfigError || e instanceof GlossaryError) throw e;
    const reason = e instanceof RangeError ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new InputError(name, undefined, `could not be checked: ${oneLine(reason)}`);
  }
}

/** Checks one input with a pipeline of its own: for a single call. A front end keeps one Pipeline for all its inputs. */
export function checkFile(input: CheckFileInput & { pipeline?: PipelineOptions }): Promise<FileCheck> {
  return new Pipeline(input.pipeline).check(input);
}

/** The checker, passing the input's name and source text on, and leaving out findings below `minConfidence`. */
function passing(checker: Checker, input: CheckFileInput, name: string, original: Document | undefined): Checker {
  const extra: { path: string; source?: Document; sourceLang?: string } = { path: name };
  if (original) extra.source = original;
  if (input.sourceLang) extra.sourceLang = input.sourceLang;
  const min = input.minConfidence;
  return {
    glossaries: checker.glossaries,
    rules: checker.rules,
    check(doc, options) {
      const r = checker.check(doc, { ...extra, ...options });
      return min ? { ...r, findings: r.findings.filter((f) => f.confidence >= min) } : r;
    },
  };
}

/**
 * The original of a translated input, read in its format (by `sourcePath`, else the input's own), so
 * that markup is not taken for prose; unreadable markup makes it plain text.
 */
async function originalOf(input: CheckFileInput): Promise<Document | undefined> {
  if (input.source === undefined) return undefined;
  const text = input.source.charCodeAt(0) === 0xfeff ? input.source.slice(1) : input.source;
  const path = input.sourcePath ?? input.path;
  const doc = (parse: (t: string) => Document) => {
    const d = parse(text);
    if (path !== undefined) d.path = path;
    return d;
  };
  try {
    return doc((await chooseFormat(path, text)).parse);
  } catch {
    return doc((t) => createDocument(t, { bom: false }));
  }
}

/** Every first suggestion of one check that the format can take, applied once. */
function singlePass(text: string, checked: CheckResult, format: string): string {
  return applyFixes(text, withWritableSuggestions(checked.findings, format), { suggestions: true }).output;
}
