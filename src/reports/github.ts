import type { Finding, Severity } from '../findings/finding.js';
import { replacementLabel } from '../fix/phrases.js';
import { repoPath, type PathBase } from './shared/paths.js';
import { printable } from './shared/text.js';
import { plural, summarize } from './summary.js';
import type { FileFailure, Reporter } from './types.js';

/** Annotations of each level GitHub shows for one step; it drops the rest without a word. */
export const ANNOTATION_LIMIT = 10;

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Item {
  path: string;
  finding: Finding;
}

/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding, most
 * severe and then most confident first, at most {@link ANNOTATION_LIMIT} of each level; a `::notice`
 * says how many were left out (taking the last notice slot, so that GitHub shows it), and a plain
 * summary line ends the output for the step log. Each input that could not be checked comes first, as an
 * `::error` on its file (and line), and takes one of the error slots.
 */
export const github: Reporter = (results, options) => {
  const failures = options?.failures ?? [];
  const items: Item[] = results.flatMap((r) => r.findings.map((finding) => ({ path: r.path, finding })));
  // Array#sort is stable: equal severity and confidence keep file and position order
  items.sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity] || b.finding.confidence - a.finding.confidence);
  // the inputs that could not be checked come first, and take their error slots from the findings (those past
  // the limit are counted in the last notice, with the findings left out)
  const failed = failures.slice(0, ANNOTATION_LIMIT);
  const failedLeft = failures.length - failed.length;
  const errorSlots = Math.max(0, ANNOTATION_LIMIT - failed.length);
  let shown = pick(items, errorSlots, ANNOTATION_LIMIT);
  if (shown.length < items.length || failedLeft > 0) shown = pick(items, errorSlots, ANNOTATION_LIMIT - 1);
  // files named from the repository's root, where the workflow runs, however they were given (repoPath)
  const base: PathBase = options ?? {};
  const out = [...failed.map((f) => failureAnnotation(f, base)), ...shown.map((i) => annotation(i, base))];
  const left = items.length - shown.length;
  if (left > 0 || failedLeft > 0) {
    const missing = items.filter((i) => !shown.includes(i)).map((i) => i.finding);
    const counts = countBySeverity(missing);
    const files = failedLeft > 0 ? `${plural(failedLeft, 'more file')} that could not be checked and ` : '';
    out.push(
      `::notice::${escapeData(
        `translint: ${files}${plural(left, 'more finding')} not shown as annotations (${counts}); GitHub shows at most ` +
          `${ANNOTATION_LIMIT} errors, ${ANNOTATION_LIMIT} warnings and ${ANNOTATION_LIMIT} notices per step. ` +
          'Run translint with --format stylish for the full list.',
      )}`,
    );
  }
  const s = summarize(results);
  // (the summary line is what src/cli/report-file.ts knows a previous report by)
  const unchecked = failures.length > 0 ? `; ${plural(failures.length, 'file')} could not be checked` : '';
  out.push(
    (s.findings === 0
      ? `translint: no problems in ${plural(s.files, 'file')}`
      : `translint: ${plural(s.findings, 'problem')} (${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${s.infos} info) in ${plural(s.files, 'file')}`) + unchecked,
  );
  return out.join('\n') + '\n';
};

/** The first items of each severity, up to the limit for it; errors get `errorLimit` slots, notices `noticeLimit`. */
function pick(items: readonly Item[], errorLimit: number, noticeLimit: number): Item[] {
  const used: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const limit: Record<Severity, number> = { error: errorLimit, warning: ANNOTATION_LIMIT, info: noticeLimit };
  return items.filter((i) => used[i.finding.severity]++ < limit[i.finding.severity]);
}

function countBySeverity(findings: readonly Finding[]): string {
  const n = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${plural(n('error'), 'error')}, ${plural(n('warning'), 'warning')}, ${n('info')} info`;
}

function annotation({ path, finding: f }: Item, base: PathBase): string {
  const { start, end } = f.range;
  // a range that stops at the start of a line ends, for a reader, on the line before
  const endLine = end.line > start.line && end.column === 1 ? end.line - 1 : end.line;
  const props: [string, string | number][] = [
    ['file', repoPath(path, base.cwd, base.root)],
    ['line', start.line],
    ['endLine', endLine],
  ];
  // the runner rejects the whole annotation when col/endColumn are given for more than one line
  if (end.line === start.line) props.push(['col', start.column], ['endColumn', end.column]);
  props.push(['title', `translint (${f.ruleId})`]);
  const best = f.suggestions[0];
  // an empty suggestion deletes the text, written "(delete)" as in every other format
  const message = best ? `${f.message} → ${replacementLabel(best.text)}` : f.message;
  return command(COMMAND[f.severity], props, message);
}

/** An input that could not be checked: an error annotation on its file (and line, when known). */
function failureAnnotation(f: FileFailure, base: PathBase): string {
  const props: [string, string | number][] = [['file', repoPath(f.path, base.cwd, base.root)]];
  if (f.line !== undefined) props.push(['line', f.line]);
  props.push(['title', 'translint (file error)']);
  return command('error', props, f.message);
}

/** A workflow command: `::name k=v,…::message`, each part escaped as GitHub documents. */
function command(name: string, props: readonly [string, string | number][], message: string): string {
  return `::${name} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(message)}`;
}

/**
 * The escaping GitHub documents for a command's message (and @actions/core applies); other control
 * characters become U+FFFD, since the log viewer would act on them.
 */
export function escapeData(s: string): string {
  return printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** The escaping for a command's properties: also ":" and ",", which would end the value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
