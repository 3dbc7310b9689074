import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { FileError } from './errors.js';
import { escapedName, UNDECODABLE, undecodableArgument, undecodableEntries } from './names.js';

/**
 * Extensions checked when a directory is given. JSON resource files are checked when named, not
 * found in folders: a docs tree holds many JSON files that are not translations (package.json).
 * An .xml file found in a folder is checked only when its root element names a known format (NITF,
 * NewsML, XLIFF): folders also hold pom.xml files and sitemaps.
 */
export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xlf', '.xliff', '.sdlxliff', '.po', '.pot', '.nitf', '.newsml', '.nml', '.xml', '.dita', '.ditamap', '.tsv']);
/** A hot folder takes every input format, JSON resource files too: whatever is dropped there is meant to be checked. */
export const WATCH_EXTENSIONS = new Set([...TEXT_EXTENSIONS, '.json']);
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Expands the command-line paths: files as given, directories recursively (files with a known
 * extension, sorted), "-" for stdin. A directory reached twice through links is read once (a file named
 * twice is left to onceEach, after the ignore patterns). A path that does not exist goes to `fail` (which
 * throws by default), and the others are still expanded.
 */
export function expandPaths(paths: readonly string[], cwd: string, warn: (msg: string) => void, fail: (err: FileError, path: string) => void = (e) => {
  throw e;
}): string[] {
  const out: string[] = [];
  const seenDirs = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      out.push('-');
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, p));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // a name that is not valid UTF-8, named with its bytes escaped as one found in a folder is
      const bad = code === 'ENOENT' ? undecodableArgument(p) : undefined;
      if (bad) {
        const reason = bad.exists ? UNDECODABLE : 'no such file or directory';
        fail(new FileError(`${bad.name}: ${reason}`, bad.exists ? 'unreadable' : 'not-found', reason), bad.name);
        continue;
      }
      fail(new FileError(`${p}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read (${code})`}`, code === 'ENOENT' ? 'not-found' : 'unreadable'), p);
      continue;
    }
    if (st.isDirectory()) walk(cwd, p, seenDirs, out, warn, fail);
    else out.push(p);
  }
  return out;
}

/**
 * The files to check, each once: a file named twice ("docs", "./docs/a.md", "/abs/docs/a.md", a link to it)
 * keeps the first name it was reached by, so that it is reported and fixed once, as ESLint does. Run on the
 * files left after the ignore patterns, so that a file named where it is not ignored is kept whatever other
 * name of it is ignored. "-" (stdin) is kept as given.
 */
export function onceEach(files: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    if (file === '-') return true;
    let real: string;
    try {
      real = realpathSync(resolve(cwd, file));
    } catch {
      real = resolve(cwd, file);
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

type Fail = (err: FileError, path: string) => void;

function walk(cwd: string, dir: string, seen: Set<string>, out: string[], warn: (msg: string) => void, fail: Fail): void {
  let real: string;
  try {
    real = realpathSync(resolve(cwd, dir));
  } catch (e) {
    warn(`${dir}: skipped (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    return;
  }
  if (seen.has(real)) {
    warn(`${dir}: skipped, a link back to ${relative(cwd, real) || '.'} (directory loop)`);
    return;
  }
  seen.add(real);
  const names = readdirSync(resolve(cwd, dir)).sort();
  // names that are not valid UTF-8, which Node gives with U+FFFD, by which they cannot be looked at
  let undecodable: Map<string, Dirent<Buffer>[]> | undefined;
  for (const name of names) {
    const child = join(dir, name);
    let st;
    try {
      st = statSync(resolve(cwd, child));
    } catch {
      if (name.includes('\uFFFD')) {
        undecodable ??= undecodableEntries(resolve(cwd, dir));
        const entries = undecodable.get(name);
        if (entries) {
          // (two such names that Node gives alike are both named the first time)
          undecodable.set(name, []);
          failUndecodable(dir, entries, fail);
          continue;
        }
      }
      warn(`${child}: skipped (broken link or unreadable)`);
      continue;
    }
    if (st.isDirectory()) {
      if (!SKIP_DIRS.has(name)) walk(cwd, child, seen, out, warn, fail);
    } else if (TEXT_EXTENSIONS.has(extname(name).toLowerCase())) {
      // a named pipe, socket or device found in a folder is no document: opening a pipe waits for a writer
      // that may never come (one named on the command line is read, as a shell's <(...) is)
      if (st.isFile()) out.push(child);
      else warn(`${child}: skipped, not a regular file`);
    }
  }
}

/**
 * A file or folder in `dir` whose name is not valid UTF-8 is an input that could not be checked (a file of an
 * extension not checked is left, as any other): named with its bytes escaped (`bad\xff.txt`), as the watcher does.
 */
function failUndecodable(dir: string, entries: readonly Dirent<Buffer>[], fail: Fail): void {
  for (const e of [...entries].sort((a, b) => Buffer.compare(a.name, b.name))) {
    const name = escapedName(e.name);
    if (!e.isDirectory() && !TEXT_EXTENSIONS.has(extname(name).toLowerCase())) continue;
    const path = join(dir, name);
    fail(new FileError(`${path}: ${UNDECODABLE}`, 'unreadable', UNDECODABLE), path);
  }
}
