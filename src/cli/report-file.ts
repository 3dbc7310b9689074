import { fstatSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { descriptorNamed, isOwnDescriptor, OWN_DESCRIPTOR } from '../io/descriptor.js';
import { readHead, readTail } from '../io/read.js';
import { writeFileAtomic } from '../io/write.js';
import { CliError } from './errors.js';

// Where `check` writes a report or a baseline (-o, --baseline-create), and what it must not write over.

/**
 * Writes a report or baseline: a file through writeFileAtomic, but a device, a pipe or /dev/stdout (what
 * is there and is no regular file) as a stream: replacing it by a file would turn -o /dev/null into a
 * file, and as root replace the system's.
 */
export function writeReport(path: string, report: string, what: string): void {
  if (isOwnDescriptor(path)) throw new CliError(`${path}: cannot write ${what} (${OWN_DESCRIPTOR})`);
  try {
    // a descriptor of this process (/dev/stdout, /dev/fd/N) with a file behind it is written through the
    // descriptor itself: opening the path anew would truncate a file the shell appends stdout to
    // (`>> ci.log`), and replacing it would cut the log's earlier lines; only onto a file: a pipe or
    // terminal behind it may be non-blocking in this process (EAGAIN past 64 KB), where opening the path
    // anew gives a blocking one
    const fd = descriptorNamed(path);
    const st = statSafe(path);
    if (fd !== undefined && fd > 0 && fstatSync(fd).isFile()) writeFileSync(fd, report);
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

/** The file's stat, following links, or undefined when there is none. */
export function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** A summary line of the text reports (stylish, compact, github), or their line for no problems. */
const SUMMARY = /^(?:(?:✖ |translint: )?\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ infos?\)(?: in \d+ files?)?|translint: no problems in \d+ files?)$/;

/**
 * The file at `path` is a report translint wrote (or empty): a text report's summary as its last line (or
 * the one before "N fixable with --fix"), or the HTML report's title in its first 4 KB. Such a file found
 * in a checked folder is the report of an earlier run about to be replaced (`check . -o report.txt` run
 * twice), not a story; any other file there is a story, and refused as a report path. Reads at most 8 KB.
 */
export function isEarlierReport(path: string): boolean {
  try {
    const head = readHead(path, 4096).toString('utf8');
    if (head === '' || head.includes('<title>translint report')) return true;
    // the summary is the report's last line, or the one before "N fixable with --fix"
    const lines = readTail(path, 4096).toString('utf8').trimEnd().split(/\r?\n/);
    const last = lines.length - (/^\s+\d+ fixable with --fix$/.test(lines[lines.length - 1] ?? '') ? 2 : 1);
    return SUMMARY.test(lines[last] ?? '');
  } catch {
    return false;
  }
}
