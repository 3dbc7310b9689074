import { isAbsolute, relative, resolve } from 'node:path';

/**
 * A path as CI services expect it: forward slashes and no leading "./". Code scanning and workflow
 * annotations match paths against the repository tree, where "a\\b.txt" or "./a.txt" never match.
 */
export function toPosixPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/**
 * A path as CI reports name it (toPosixPath), and, given the folder the paths are relative to (`cwd`),
 * relative to it for a file inside it however it was given ("docs/a.md", "./docs/a.md", "/repo/docs/a.md"),
 * absolute for one outside it ("../a.md"): code scanning and workflow annotations place files by their
 * path from the repository's root, where translint runs in CI (sarif, github; the other reports name files
 * as they were given).
 */
export function repoPath(path: string, cwd?: string): string {
  if (cwd !== undefined && path !== '<stdin>' && isAbsolute(cwd)) {
    const absolute = resolve(cwd, path);
    const rel = relative(cwd, absolute);
    path = rel !== '' && !/^\.\.(?:[\\/]|$)/.test(rel) && !isAbsolute(rel) ? rel : absolute;
  }
  return toPosixPath(path);
}

/**
 * A path as a URI reference (SARIF `artifactLocation.uri`): relative paths stay relative, absolute
 * ones become file URIs, and each segment is percent-encoded so that spaces, "#" and "?" survive.
 * Given the folder the paths are relative to (`cwd`), a file inside it is named relative to it whether
 * it was given as "docs/a.md", "./docs/a.md" or "/repo/docs/a.md" (code scanning resolves relative
 * URIs against the repository's root, where translint runs in CI), and a file outside it ("../a.md")
 * by its absolute file URI, which a relative one would misname.
 */
export function toUri(path: string, cwd?: string): string {
  const posix = repoPath(path, cwd);
  const drive = /^[A-Za-z]:\//.exec(posix)?.[0];
  if (drive) return `file:///${drive}${encodeSegments(posix.slice(drive.length))}`;
  if (posix.startsWith('/')) return `file://${encodeSegments(posix)}`;
  return encodeSegments(posix);
}

function encodeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
