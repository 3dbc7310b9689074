import { fstatSync, lstatSync, readdirSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeFileAtomic } from '../io/write.js';
import { CliError } from './errors.js';

// Where `check` writes a report or a baseline (-o, --baseline-create), and what it must not write over.

/**
 * Writes a report or baseline: a file through writeFileAtomic, but a device, a pipe or /dev/stdout (what
 * is there and is no regular file) as a stream: replacing it by a file would turn -o /dev/null into a
 * file, and as root replace the system's.
 */
export function writeReport(path: string, report: string, what: string): void {
  try {
    const fd = ownDescriptor(path);
    const st = statSafe(path);
    // through the descriptor only onto a file: a pipe or terminal behind it may be non-blocking in this
    // process (EAGAIN past 64 KB), where opening the path anew gives a blocking one
    if (fd !== undefined && fstatSync(fd).isFile()) writeFileSync(fd, report);
    else if (st && !st.isFile()) writeFileSync(path, report);
    else writeFileAtomic(path, report);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${path}: cannot write ${what} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/** The planned input that is the file at `path` (by device and inode: links and other spellings alike), if any. */
export function inputAt(path: string, plan: readonly string[], cwd: string): string | undefined {
  let out;
  try {
    out = statSync(path);
  } catch {
    return undefined;
  }
  for (const p of plan) {
    if (p === '-') continue;
    try {
      const st = statSync(resolve(cwd, p));
      if (st.ino === out.ino && st.dev === out.dev) return p;
    } catch {
      // unreadable: the check reports it
    }
  }
  return undefined;
}

/** The files of a folder (the originals of --source-dir), none if it cannot be read (the check says so). */
export function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir).map((n) => join(dir, n));
  } catch {
    return [];
  }
}

/**
 * The descriptor of this process that `path` names, if it does: /dev/stdout, /dev/stderr, /dev/fd/N,
 * /proc/self/fd/N, or a link to one of them. A file behind it is written through the descriptor itself:
 * opening the path anew would truncate a file the shell appends stdout to (`>> ci.log`), and replacing
 * it would cut the log's earlier lines.
 */
function ownDescriptor(path: string): number | undefined {
  let p = path;
  for (let hops = 0; hops < 8; hops++) {
    const m = /^\/(?:dev\/(?:(stdout)|(stderr)|fd\/(\d+))|proc\/self\/fd\/(\d+))$/.exec(p);
    if (m) return m[1] ? 1 : m[2] ? 2 : Number(m[3] ?? m[4]);
    try {
      if (!lstatSync(p).isSymbolicLink()) return undefined;
      p = resolve(dirname(p), readlinkSync(p));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The file's stat, following links, or undefined when there is none. */
export function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
