import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Where a report's relative paths start (`cwd`) and the folder it names files from (`root`, default `cwd`): ReportOptions. */
export interface PathBase {
  readonly cwd?: string | undefined;
  readonly root?: string | undefined;
}

/**
 * A path as CI services expect it: forward slashes and no leading "./". Code scanning and workflow
 * annotations match paths against the repository tree, where "a\\b.txt" (on Windows) or "./a.txt" never
 * match. A backslash is a folder separator only where the platform's is one (`separator`, path.sep): on
 * POSIX it is part of a name ("a\\b.txt" is one file, and so is an escaped name such as "bad\\xff.txt").
 */
export function toPosixPath(path: string, separator: string = sep): string {
  return (separator === '\\' ? path.replace(/\\/g, '/') : path).replace(/^(\.\/)+/, '');
}

/**
 * A path as CI reports name it (toPosixPath), and, given the folder the paths are relative to (`cwd`),
 * relative to `root` (by default `cwd`; the job's checkout when run in a subfolder of it, reportRoot) for a
 * file inside it however it was given ("docs/a.md", "./docs/a.md", "/repo/docs/a.md"), absolute for one
 * outside it ("../a.md"): code scanning and workflow annotations place files by their path from the
 * repository's root (sarif, github, and junit, whose test names GitLab compares between pipelines; checkstyle
 * names them absolutely, absolutePath; the reports for people name files as they were given).
 */
export function repoPath(path: string, cwd?: string, root = cwd, separator: string = sep): string {
  if (cwd !== undefined && root !== undefined && path !== '<stdin>' && isAbsolute(cwd) && isAbsolute(root)) {
    const absolute = resolve(cwd, path);
    const rel = relative(root, absolute);
    path = rel !== '' && inside(root, absolute) ? rel : absolute;
  }
  return toPosixPath(path, separator);
}

/**
 * A path as Checkstyle and ESLint's checkstyle formatter write it: absolute, given the folder the paths are
 * relative to (`cwd`). Readers of the format resolve a relative path against a folder of their own: reviewdog
 * against its working folder (so a path from the repository's root is wrong when it runs in a subfolder),
 * Jenkins Warnings NG against the workspace (so one from the working folder is wrong there); an absolute
 * path inside the checkout is right for both (reviewdog makes it relative to its working folder itself).
 */
export function absolutePath(path: string, cwd?: string): string {
  return cwd !== undefined && path !== '<stdin>' && isAbsolute(cwd) ? resolve(cwd, path) : path;
}

/**
 * A path as a URI reference (SARIF `artifactLocation.uri`): relative paths stay relative, absolute
 * ones become file URIs, and each segment is percent-encoded so that spaces, "#" and "?" survive.
 * Given the folder the paths are relative to (`cwd`), a file inside it is named relative to it whether
 * it was given as "docs/a.md", "./docs/a.md" or "/repo/docs/a.md" (code scanning resolves relative
 * URIs against the repository's root, where translint runs in CI), and a file outside it ("../a.md")
 * by its absolute file URI, which a relative one would misname.
 */
export function toUri(path: string, cwd?: string, root = cwd, separator: string = sep): string {
  const posix = repoPath(path, cwd, root, separator);
  const drive = /^[A-Za-z]:\//.exec(posix)?.[0];
  if (drive) return `file:///${drive}${encodeSegments(posix.slice(drive.length))}`;
  if (posix.startsWith('/')) return `file://${encodeSegments(posix)}`;
  return encodeSegments(posix);
}

function encodeSegments(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/**
 * The folder CI reports name files from: the repository's root when translint runs inside the checkout of a
 * GitHub Actions job (GITHUB_WORKSPACE) or of a GitLab CI job (CI_PROJECT_DIR, whose unit test reports show
 * a test's `file` from the root), even from a subfolder (`working-directory: docs`, `cd docs`), since code
 * scanning and workflow annotations place a relative path from the repository's root; else the working folder.
 * The root is the outermost folder holding `.git` from the working folder up to the workspace (a checkout made
 * with `path:` lies below it; a submodule inside the repository has a `.git` of its own), else the workspace. Folders are compared by their real paths (a workspace
 * reached through a link, as /tmp is on macOS), and the root is given in the working folder's own terms.
 */
export function reportRoot(cwd: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  // (the first of them that is an absolute path: a relative GITHUB_WORKSPACE hides no CI_PROJECT_DIR)
  const workspace = [env.GITHUB_WORKSPACE, env.CI_PROJECT_DIR].find((w) => w !== undefined && isAbsolute(w));
  if (workspace === undefined || !isAbsolute(cwd)) return cwd;
  const here = realOr(resolve(cwd));
  const top = realOr(resolve(workspace));
  if (!inside(top, here)) return cwd;
  // the outermost: a submodule's own .git (a file) below the repository's does not make it the root
  let root = top;
  for (let dir = here; inside(top, dir); dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) root = dir;
    if (dir === top || dirname(dir) === dir) break;
  }
  return resolve(cwd, relative(here, root));
}

/**
 * The folder a patch names files from: the top of the git work tree the working folder `cwd` lies in, as git
 * finds it, else `cwd` itself. `git apply` takes names from the top even when run in a subfolder (it strips
 * the subfolder it is run in from the front of a name), and `patch -p1` takes them when run at the top.
 * As git: `GIT_WORK_TREE` names the top (relative to `cwd`); `GIT_DIR` without it makes `cwd` the top; else it
 * is the nearest folder up from `cwd` holding `.git` (a folder, or a file in a submodule or a linked work tree).
 * Without reading GIT_DIR and GIT_WORK_TREE, a work tree kept apart from its repository (`git --work-tree`,
 * dotfiles managers) had its files named from the working folder, which neither tool finds from the top.
 */
export function workTreeRoot(cwd: string, env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (!isAbsolute(cwd)) return cwd;
  if (env.GIT_WORK_TREE) return resolve(cwd, env.GIT_WORK_TREE);
  if (env.GIT_DIR) return cwd;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

/**
 * A file's name in a unified diff (without the a/ and b/), relative to `root` (workTreeRoot) however the file
 * was given ("/repo/docs/a.md", "../a.md" from /repo/docs), in the platform's separators (unifiedDiff turns
 * Windows' into slashes; on POSIX a backslash is part of a name). A file outside `root` keeps the name it was
 * given (`outside`: true), the only one it has; no tool applies a patch to it from there.
 */
export function patchPath(path: string, cwd: string, root: string): { name: string; outside: boolean } {
  if (!isAbsolute(cwd) || !isAbsolute(root)) return { name: path, outside: false };
  const absolute = resolve(cwd, path);
  const rel = relative(root, absolute);
  return rel !== '' && inside(root, absolute) ? { name: rel, outside: false } : { name: path, outside: true };
}

/** `dir` is `top` or a folder below it. */
function inside(top: string, dir: string): boolean {
  const rel = relative(top, dir);
  return rel === '' || (!/^\.\.(?:[\\/]|$)/.test(rel) && !isAbsolute(rel));
}

function realOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
