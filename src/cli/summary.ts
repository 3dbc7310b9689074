import type { Finding } from '../findings/finding.js';

/**
 * The exit code of a check: 1 with an error-level finding, or with more warnings than
 * `--max-warnings` (then `message` says so: "too many warnings (12); maximum 0"), else 0.
 */
export function exitCode(findings: readonly Finding[], maxWarnings: number | undefined): { code: number; message?: string } {
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  const code = tooMany || findings.some((f) => f.severity === 'error') ? 1 : 0;
  return tooMany ? { code, message: `too many warnings (${warnings}); maximum ${maxWarnings}` } : { code };
}

/** The line `--fix` ends with: "fixed 10 problems in 1 file". */
export function fixSummary(problems: number, files: number): string {
  return `fixed ${problems} problem${problems === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}
