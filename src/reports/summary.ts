import type { Finding } from '../findings/finding.js';
import type { FileResult } from './types.js';

export interface Summary {
  files: number;
  findings: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings with a fix that `--fix` applies. */
  fixable: number;
}

export function summarize(results: readonly FileResult[]): Summary {
  const all: Finding[] = results.flatMap((r) => r.findings);
  return {
    files: results.length,
    findings: all.length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    infos: all.filter((f) => f.severity === 'info').length,
    fixable: all.filter((f) => f.fix).length,
  };
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
