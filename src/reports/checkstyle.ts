import type { Finding } from '../findings/finding.js';
import { buildXml, type XmlElement } from './shared/xml.js';
import type { Reporter } from './types.js';

/**
 * Checkstyle XML (version 4.3, as ESLint writes it) for Jenkins Warnings NG, reviewdog and other
 * readers of that format: a `<file>` per checked file, empty when it is clean, and an `<error>`
 * per finding with `source="translint.<rule id>"`.
 */
export const checkstyle: Reporter = (results) =>
  buildXml({
    checkstyle: {
      '@_version': '4.3',
      file: results.map((r) => ({ '@_name': r.path, error: r.findings.map(error) })),
    },
  });

function error(f: Finding): XmlElement {
  return {
    '@_line': f.range.start.line,
    '@_column': f.range.start.column,
    '@_severity': f.severity,
    '@_message': f.message,
    '@_source': `translint.${f.ruleId}`,
  };
}
