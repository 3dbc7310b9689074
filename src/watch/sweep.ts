import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { WatchState } from './state.js';

/**
 * A listing of the watched folder now and then, as a net under chokidar's events. A file written under a
 * name just after the watcher moved the file of that name to done/ (a.txt checked and moved, a new a.txt
 * in the next milliseconds) can get no 'add' event: chokidar may take the new file for the old one, then
 * handle the old one's removal (with the cores busy, 1 run in 6 of a test that drops four files under one
 * name; the file then sat in the folder until a restart). At each sweep, a file the watcher takes that is
 * not queued nor being checked, not handled this run nor recorded as checked with its present size and time
 * (a file that could not be moved stays, and is not tried again each sweep), and has the size
 * and time it had at the sweep before (it is not being written) is handed to the queue. A sweep lists the
 * folder once and looks at each file once: linear in the folder.
 */
export class Sweep {
  /** Size and time of each file at the last sweep. */
  private last = new Map<string, string>();

  constructor(
    private readonly inDir: string,
    private readonly watchable: (name: string) => boolean,
    private readonly state: WatchState,
    /** The watcher has the file in hand, or has handled it as it is now (`now`: its size and time). */
    private readonly busy: (name: string, now: string) => boolean,
  ) {}

  /** The files to hand to the queue now. */
  due(): string[] {
    let entries: string[];
    try {
      entries = readdirSync(this.inDir);
    } catch {
      // (the folder cannot be read: chokidar's own error says so)
      return [];
    }
    const seen = new Map<string, string>();
    const due: string[] = [];
    for (const name of entries) {
      if (!this.watchable(name)) continue;
      let size: number;
      let mtimeMs: number;
      try {
        const st = entryStat(join(this.inDir, name));
        // (pipes, devices and folders are left to chokidar's events; a link to nothing gets none)
        if (!st.isFile() && !st.isSymbolicLink()) continue;
        ({ size, mtimeMs } = st);
      } catch {
        continue;
      }
      const now = stamp(size, mtimeMs);
      seen.set(name, now);
      if (this.last.get(name) !== now || this.busy(name, now)) continue;
      const record = this.state.get(name);
      if (record && record.size === size && record.mtimeMs === mtimeMs) continue;
      due.push(name);
    }
    this.last = seen;
    return due;
  }
}

/**
 * An entry of the watched folder as the watcher looks at it: what it is or links to, or, for a symbolic link
 * to nothing (`ln -s /nonexistent in/a.txt`), the link itself, which chokidar gives no event and a stat takes
 * for a file gone: it is found by the sweep, fails its check (there is nothing to read) and goes to failed/
 * like a pipe or a device, where it was left in the folder for ever without a word. Throws as statSync.
 */
export function entryStat(path: string): Stats {
  try {
    return statSync(path);
  } catch (e) {
    const link = (e as NodeJS.ErrnoException).code === 'ENOENT' ? lstatSync(path, { throwIfNoEntry: false }) : undefined;
    if (link?.isSymbolicLink()) return link;
    throw e;
  }
}

/** A file's size and modification time, as the sweep compares them. */
export function stamp(size: number, mtimeMs: number): string {
  return `${size}:${mtimeMs}`;
}
