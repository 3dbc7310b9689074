import { accessSync, constants, fstatSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { descriptorNamed, isOwnDescriptor, OWN_DESCRIPTOR } from '../io/descriptor.js';
import { readHead, readTail } from '../io/read.js';
import { isLink, linkTarget, writeFileAtomic, writtenAt } from '../io/write.js';
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

/**
 * Refuses, before anything is checked or fixed, a report or baseline path (`path`, resolved; `shown`, as
 * given) that writeReport would certainly fail to write: a folder, or a file whose folder is missing, no
 * folder or not writable (a new file, its replacement or its backup is written there), or a descriptor
 * of this process's own. `check --fix . -o nosuch/r.txt` wrote the fixes, then failed on the report,
 * which was lost. A device, a pipe or a descriptor passed on is written as it is, and not tried here.
 */
export function refuseUnwritable(path: string, shown: string, what: string): void {
  if (isOwnDescriptor(path)) throw new CliError(`${path}: cannot write ${what} (${OWN_DESCRIPTOR})`);
  if (descriptorNamed(path) !== undefined) return;
  const st = statSafe(path);
  if (st?.isDirectory()) throw new CliError(`${shown}: cannot write ${what} (it is a folder)`);
  if (st && !st.isFile()) return;
  // through a link to the file itself, or to the new file it names, as writeFileAtomic writes
  let target = path;
  if (isLink(path)) {
    try {
      target = linkTarget(path);
    } catch {
      throw new CliError(`${shown}: cannot write ${what} (ELOOP: too many symbolic links)`);
    }
  }
  const folder = dirname(target);
  if (!statSafe(folder)?.isDirectory()) throw new CliError(`${shown}: cannot write ${what} (no folder ${target === path ? dirname(shown) : folder})`);
  try {
    accessSync(folder, constants.W_OK);
  } catch (e) {
    throw new CliError(`${shown}: cannot write ${what} (folder ${folder} not writable: ${(e as NodeJS.ErrnoException).code ?? 'denied'})`);
  }
}

/**
 * Two report or baseline paths (resolved) that would be written to one file: the same path, or paths
 * that lead to one place through links, the file there or not yet (writtenAt), or one existing file by
 * another name (device and inode: a hard link).
 */
export function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const lead = (p: string): string => {
    try {
      return writtenAt(p);
    } catch {
      return p;
    }
  };
  if (lead(a) === lead(b)) return true;
  const x = statSafe(a);
  const y = statSafe(b);
  return x !== undefined && y !== undefined && x.ino === y.ino && x.dev === y.dev;
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
const SUMMARY = /^(?:(?:✖ |translint: )?\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ infos?\)(?: in \d+ files?)?|translint: no problems in \d+ files?)(?:; \d+ files? could not be checked)?$/;

/** The shapes of the other reports' first and last bytes (see `isEarlierReport`); `summary` is json.ts's. */
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const JSON_SUMMARY = /,"summary":\{"files":\d+,"findings":\d+,"errors":\d+,"warnings":\d+,"infos":\d+,"fixable":\d+\}\}\n?$/;
const SARIF_HEAD = /^\{\n {2}"\$schema": "https:\/\/docs\.oasis-open\.org\/sarif\/[^"\n]*",\n {2}"version": "2\.1\.0",\n {2}"runs": \[\n {4}\{\n {6}"tool": \{\n {8}"driver": \{\n {10}"name": "translint",\n/;

/**
 * The file at `path` is a report translint wrote (or empty), of any --format: a text report's summary as
 * its last line (or the one before "N fixable with --fix"), the HTML report's title in its first 4 KB,
 * or the frame of a JSON, SARIF, JUnit or Checkstyle report at its start and end (translint named in it:
 * SARIF's driver, JUnit's test suites, every Checkstyle error's source). Such a file found in a checked
 * folder is the report of an earlier run about to be replaced (`check . -o report.txt` run twice), not a
 * story; any other file there is a story, and refused as a report path. Reads at most 8 KB.
 */
export function isEarlierReport(path: string): boolean {
  try {
    const head = readHead(path, 4096).toString('utf8');
    if (head === '' || head.includes('<title>translint report')) return true;
    const tail = readTail(path, 4096).toString('utf8');
    if (head.startsWith('{"version":1,"files":[') && JSON_SUMMARY.test(tail)) return true;
    if (SARIF_HEAD.test(head) && /\n {2}\]\n\}\n?$/.test(tail)) return true;
    if (head.startsWith(`${XML_DECLARATION}<testsuites name="translint" `) && tail.endsWith('</testsuites>\n')) return true;
    if (head.startsWith(`${XML_DECLARATION}<checkstyle version="4.3">\n`) && tail.endsWith('</checkstyle>\n')) {
      // a finding's rule (translint.<rule id>), or an input that could not be checked (translint)
      return [...head.matchAll(/ source="([^"]*)"/g)].every((m) => /^translint(?:\.|$)/.test(m[1] as string));
    }
    // the summary is the report's last line, or the one before "N fixable with --fix"
    const lines = tail.trimEnd().split(/\r?\n/);
    const last = lines.length - (/^\s+\d+ fixable with --fix$/.test(lines[lines.length - 1] ?? '') ? 2 : 1);
    return SUMMARY.test(lines[last] ?? '');
  } catch {
    return false;
  }
}
