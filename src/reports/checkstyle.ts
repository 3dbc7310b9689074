import type { Finding } from '../findings/finding.js';
import { groupFailures } from './shared/failures.js';
import { absolutePath } from './shared/paths.js';
import { buildXml, type XmlElement } from './shared/xml.js';
import type { FileFailure, Reporter } from './types.js';

/**
 * Checkstyle XML (version 4.3, as ESLint writes it) for Jenkins Warnings NG, reviewdog and other
 * readers of that format: a `<file>` per checked file, empty when it is clean, and an `<error>`
 * per finding with `source="translint.<rule id>"`. An input that could not be checked gets an
 * `<error severity="error" source="translint">` with the message (and line, when known) first in its
 * `<file>`, as ESLint reports a parsing error. Files are named by their absolute paths, as Checkstyle and
 * ESLint name them (absolutePath: reviewdog and Warnings NG resolve relative ones against different folders).
 */
export const checkstyle: Reporter = (results, options) => {
  const failures = groupFailures(results, options?.failures);
  return buildXml({
    checkstyle: {
      '@_version': '4.3',
      file: [
        ...results.map((r) => ({ '@_name': absolutePath(r.path, options?.cwd), error: [...failures.of(r.path).map(failed), ...r.findings.map(error)] })),
        ...failures.others.map(([path, list]) => ({ '@_name': absolutePath(path, options?.cwd), error: list.map(failed) })),
      ],
    },
  });
};

function error(f: Finding): XmlElement {
  return {
    '@_line': f.range.start.line,
    '@_column': f.range.start.column,
    '@_severity': f.severity,
    '@_message': f.message,
    '@_source': `translint.${f.ruleId}`,
  };
}

function failed(f: FileFailure): XmlElement {
  return { ...(f.line !== undefined ? { '@_line': f.line } : {}), '@_severity': 'error', '@_message': f.message, '@_source': 'translint' };
}
