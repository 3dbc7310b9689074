import type { Finding } from '../findings/finding.js';
import { DELETE_LABEL } from '../fix/phrases.js';
import { groupFailures } from './shared/failures.js';
import { repoPath } from './shared/paths.js';
import { buildXml, type XmlElement } from './shared/xml.js';
import { summarize } from './summary.js';
import type { FileFailure, FileResult, Reporter } from './types.js';

/**
 * JUnit XML for GitLab test reports and Jenkins: a `<testsuite>` per file and a `<testcase>` per
 * finding (named by rule and position, with the path as classname and file), failing with a
 * `<failure>` for errors and warnings; info findings pass and carry their text in `<system-out>`.
 * A file without findings gets one passing testcase, so that a clean run still reports what it checked.
 * An input that could not be checked gets a testcase in error (`<error>`, counted in `errors`), in
 * its file's suite, or in a suite of its own when it has no results. Files are named as SARIF names them
 * (repoPath): from the repository's root in a CI job, however the path was typed, since GitLab compares
 * test cases between pipelines by classname and name and shows `file` as a path in the repository.
 */
export const junit: Reporter = (results, options) => {
  const s = summarize(results);
  const grouped = groupFailures(results, options?.failures);
  const name = (path: string) => repoPath(path, options?.cwd, options?.root);
  const suites = [
    ...results.map((r) => suite({ ...r, path: name(r.path) }, grouped.of(r.path).map((f) => ({ ...f, path: name(f.path) })))),
    ...grouped.others.map(([path, list]) => failedSuite(name(path), list.map((f) => ({ ...f, path: name(f.path) })))),
  ];
  const count = (key: string) => suites.reduce((n, x) => n + (x[key] as number), 0);
  return buildXml({
    testsuites: { '@_name': 'translint', '@_tests': count('@_tests'), '@_failures': s.errors + s.warnings, '@_errors': count('@_errors'), testsuite: suites },
  });
};

function suite(r: FileResult, failures: readonly FileFailure[]): XmlElement {
  const cases = r.findings.length === 0 && failures.length === 0 ? [{ '@_name': 'no problems', '@_classname': r.path, '@_file': r.path }] : r.findings.map((f) => testcase(r.path, f));
  return {
    '@_name': r.path,
    '@_tests': cases.length + failures.length,
    '@_failures': r.findings.filter((f) => f.severity !== 'info').length,
    '@_errors': failures.length,
    '@_skipped': 0,
    testcase: [...failures.map(errorCase), ...cases],
  };
}

function failedSuite(path: string, failures: readonly FileFailure[]): XmlElement {
  return { '@_name': path, '@_tests': failures.length, '@_failures': 0, '@_errors': failures.length, '@_skipped': 0, testcase: failures.map(errorCase) };
}

/** An input that could not be checked: an error, as test runners report a test that could not run. */
function errorCase(f: FileFailure): XmlElement {
  return {
    '@_name': f.line !== undefined ? `file error at line ${f.line}` : 'file error',
    '@_classname': f.path,
    '@_file': f.path,
    error: { '@_message': f.message, '@_type': 'error', '#text': f.message },
  };
}

function testcase(path: string, f: Finding): XmlElement {
  const tc: XmlElement = { '@_name': `${f.ruleId} at ${f.range.start.line}:${f.range.start.column}`, '@_classname': path, '@_file': path };
  if (f.severity === 'info') tc['system-out'] = details(path, f);
  else tc.failure = { '@_message': f.message, '@_type': f.severity, '#text': details(path, f) };
  return tc;
}

/** The body a CI page shows under the test name: where, what, and the suggestion. */
function details(path: string, f: Finding): string {
  // quoted as JSON strings so that line breaks and spaces at the ends stay visible
  const lines = [`${path}:${f.range.start.line}:${f.range.start.column}: ${f.severity}: ${f.message}`, `Flagged: ${JSON.stringify(f.text)}`];
  const best = f.suggestions[0];
  if (best) lines.push(`Suggestion: ${best.text === '' ? DELETE_LABEL : JSON.stringify(best.text)}${f.fix ? ' (applied by --fix)' : ''}`);
  lines.push(`Confidence: ${f.confidence}`, `Rule: ${f.ruleId}`);
  return lines.join('\n');
}
