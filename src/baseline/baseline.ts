import { posix, relative, resolve } from 'node:path';
import { FileError } from '../io/errors.js';
import { jsonErrorAt, jsonErrorText } from '../io/json-error.js';
import { readAtMost, unopened } from '../io/read.js';
import { fingerprints } from '../findings/fingerprint.js';
import type { FileResult } from '../reports/types.js';

/**
 * A baseline records the findings a team accepts for now, so that CI fails only on new ones.
 * Findings are matched by content (rule, text and nearby words), never by line, so edits elsewhere
 * in a file do not bring baselined findings back.
 */
export interface Baseline {
  version: 1;
  /** Path (from the baseline's folder, with "/") → fingerprints of the accepted findings. */
  files: Record<string, string[]>;
  /**
   * "baseline": the keys are paths from the baseline file's folder (createBaseline with a place). A
   * baseline without it was made with paths from the working folder, and is also read that way.
   */
  paths?: 'baseline';
}

/**
 * Where the checked paths are relative to (`cwd`) and the folder of the baseline file (`dir`). A
 * baseline names each file by its path from its own folder, with forward slashes, so that it still
 * applies when translint runs from another folder, with absolute paths, with "./docs" for "docs", or
 * on another operating system.
 */
export interface BaselinePlace {
  cwd: string;
  dir: string;
}

/** The key of a checked file in a baseline: see {@link BaselinePlace}; stdin ("<stdin>") keeps its name. */
export function baselineKey(path: string, place?: BaselinePlace): string {
  if (place === undefined || path === '<stdin>' || path === '-') return normalizeKey(path);
  return normalizeKey(relative(place.dir, resolve(place.cwd, path)) || path);
}

/**
 * "docs\\a.md", "./docs/a.md" and "docs//a.md" are all "docs/a.md"; a name macOS gives in decomposed
 * Unicode ("e" and a combining accent) is the same file as the composed one Linux and Windows give (NFC).
 */
function normalizeKey(key: string): string {
  if (key === '<stdin>' || key === '-') return key;
  return posix.normalize(key.replace(/\\/g, '/').normalize('NFC')).replace(/^(\.\/)+/, '');
}

export class BaselineError extends Error {
  constructor(
    readonly file: string,
    detail: string,
    /** Where in the file, 1-based, when known (invalid JSON). */
    readonly at?: { line: number; column: number },
  ) {
    super(`${file}${at ? `:${at.line}:${at.column}` : ''}: ${detail}`);
    this.name = 'BaselineError';
  }
}

export function createBaseline(results: readonly FileResult[], place?: BaselinePlace): Baseline {
  // no prototype: a file may be named "__proto__", "constructor" or "toString"
  const files: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const key = baselineKey(r.path, place);
    files[key] = [...(files[key] ?? []), ...fingerprints(r.source, r.findings)].sort();
  }
  return place === undefined ? { version: 1, files } : { version: 1, paths: 'baseline', files };
}

/** Far more than a baseline of every finding in a large repository; a device such as /dev/zero never ends. */
const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

export function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readAtMost(path, path, MAX_BASELINE_BYTES, 'the limit for a baseline').toString('utf8');
  } catch (e) {
    if (e instanceof FileError) throw new BaselineError(path, e.reason);
    const code = (e as NodeJS.ErrnoException).code;
    // (a name that is not valid UTF-8, given on the command line, named with its bytes escaped)
    const named = unopened(path, e);
    if (named.name !== path) throw new BaselineError(named.name, named.reason);
    throw new BaselineError(path, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // the line and column of the error, which JSON.parse does not always give ("Unexpected end of JSON input")
    throw new BaselineError(path, `not valid JSON: ${jsonErrorText(e as Error)}`, jsonErrorAt(text, e as Error));
  }
  // JSON's null, a number or a list is no baseline either (null has no fields to read)
  const b = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Partial<Baseline>;
  if (b.version !== 1 || typeof b.files !== 'object' || b.files === null || Array.isArray(b.files) || Object.values(b.files).some((v) => !Array.isArray(v) || v.some((x) => typeof x !== 'string'))) {
    throw new BaselineError(path, 'not a translint baseline (expected {"version": 1, "files": {path: [fingerprints]}})');
  }
  // keys as written on another system ("docs\\a.md") or by hand ("./docs/a.md") name the same files
  const files: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const [key, prints] of Object.entries(b.files as Record<string, string[]>)) {
    const k = normalizeKey(key);
    files[k] = [...(files[k] ?? []), ...prints];
  }
  return b.paths === 'baseline' ? { version: 1, paths: 'baseline', files } : { version: 1, files };
}

/** Removes the findings the baseline accepts; returns the filtered results and how many were removed. */
export function applyBaseline(results: readonly FileResult[], baseline: Baseline, place?: BaselinePlace): { results: FileResult[]; baselined: number } {
  let baselined = 0;
  const out = results.map((r) => {
    const key = baselineKey(r.path, place);
    // a baseline written before keys were taken from its own folder (no `paths`) names files from the working
    // folder ("docs/a.md" in ci/base.json): read under that key when it has none under its own. Not a baseline
    // of the new keys, where "docs/a.md" would be another file (ci/docs/a.md), whose findings would hide this one's
    const old = place === undefined || baseline.paths === 'baseline' ? key : baselineKey(r.path, { cwd: place.cwd, dir: place.cwd });
    // an own key only: not "toString" or "constructor" of Object.prototype
    const accepted = new Set(Object.hasOwn(baseline.files, key) ? baseline.files[key] : Object.hasOwn(baseline.files, old) ? baseline.files[old] : []);
    if (accepted.size === 0) return r;
    const prints = fingerprints(r.source, r.findings);
    const findings = r.findings.filter((_, i) => !accepted.has(prints[i] as string));
    baselined += r.findings.length - findings.length;
    return { ...r, findings };
  });
  return { results: out, baselined };
}
