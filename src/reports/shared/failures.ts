import type { FileFailure, FileResult } from '../types.js';

/**
 * The failures grouped by input, for the formats with one element per file (JUnit, Checkstyle): those of a
 * file that also has results (its fixes could not be written) go with its results, `others` are the files
 * that have none, in the order they failed.
 */
export function groupFailures(results: readonly FileResult[], failures: readonly FileFailure[] = []): { of: (path: string) => FileFailure[]; others: [string, FileFailure[]][] } {
  const byPath = new Map<string, FileFailure[]>();
  for (const f of failures) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const checked = new Set(results.map((r) => r.path));
  return { of: (path) => byPath.get(path) ?? [], others: [...byPath].filter(([path]) => !checked.has(path)) };
}
