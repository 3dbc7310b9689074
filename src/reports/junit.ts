import type { Finding } from '../findings/finding.js';
import { DELETE_LABEL } from '../fix/phrases.js';
import { buildXml, type XmlElement } from './shared/xml.js';
import { summarize } from './summary.js';
import type { FileResult, Reporter } from './types.js';

/**
 * JUnit XML for GitLab test reports and Jenkins: a `<testsuite>` per file and a `<testcase>` per
 * finding (named by rule and position, with the path as classname and file), failing with a
 * `<failure>` for errors and warnings; info findings pass and carry their text in `<system-out>`.
 * A file without findings gets one passing testcase, so that a clean run still reports what it checked.
 */
export const junit: Reporter = (results) => {
  const s = summarize(results);
  const failures = s.errors + s.warnings;
  const tests = results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  return buildXml({
    testsuites: { '@_name': 'translint', '@_tests': tests, '@_failures': failures, '@_errors': 0, testsuite: results.map(suite) },
  });
};

function suite(r: FileResult): XmlElement {
  const cases = r.findings.length === 0 ? [{ '@_name': 'no problems', '@_classname': r.path, '@_file': r.path }] : r.findings.map((f) => testcase(r.path, f));
  return {
    '@_name': r.path,
    '@_tests': cases.length,
    '@_failures': r.findings.filter((f) => f.severity !== 'info').length,
    '@_errors': 0,
    '@_skipped': 0,
    testcase: cases,
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
