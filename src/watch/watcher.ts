import { mkdirSync, readdirSync, realpathSync, unlinkSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { watch, type FSWatcher } from 'chokidar';
import { CliError } from '../io/errors.js';
import { WATCH_EXTENSIONS } from '../io/files.js';
import { DEFAULT_MAX_FILE_BYTES } from '../io/read.js';
import { UNDECODABLE, undecodableEntries } from '../io/names.js';
import { OutputNames, undecodable } from './names.js';
import { processBatch, type FileOutcome, type FolderJob } from './process.js';
import { WatchState } from './state.js';
import { entryStat, stamp, Sweep } from './sweep.js';

/** Files recorded in the state together; a burst costs one fsync per batch, not per file. */
const BATCH = 50;

export interface WatchOptions {
  inDir: string;
  outDir: string;
  /** Checks one file: the use case, on a worker under a budget in the command (see FolderJob). */
  check: FolderJob['check'];
  /** Leave the originals in the input folder (default: move them to `<out-dir>/done/`). */
  keep?: boolean;
  /** How often a growing file's size is polled; it is taken once unchanged for two polls (default 500 ms). */
  pollMs?: number;
  maxFileSize?: number;
  /** Called after each file. */
  onFile?: (name: string, outcome: FileOutcome) => void;
  /** A problem that is no file's result (a move that failed), as one line; the watcher goes on. */
  onWarning?: (message: string) => void;
}

export interface FolderWatch {
  /** Resolves once the files already there are queued and the folder is watched. */
  ready: Promise<void>;
  /** Resolves when no file is queued or being processed. */
  idle(): Promise<void>;
  /** Stops watching, finishes the file being processed, saves the state. */
  close(): Promise<void>;
}

/**
 * Watches the top level of a folder (chokidar, with awaitWriteFinish so half-written files wait) and
 * processes each new or changed file with a known text extension, one at a time, in batches of
 * up to 50 that share one state write. Names starting with
 * "." and other extensions are ignored, so writers can copy to "x.txt.part" and rename to "x.txt".
 * The queue holds names only, once each, so a burst costs memory per file name, not per event.
 */
export function watchFolder(options: WatchOptions): FolderWatch {
  const inDir = resolve(options.inDir);
  const outDir = resolve(options.outDir);
  refuseLoop(inDir, outDir);
  for (const d of [outDir, resolve(outDir, 'done'), resolve(outDir, 'failed')]) startUp(d, 'cannot make it a folder', () => mkdirSync(d, { recursive: true }));
  const state = new WatchState(outDir);
  const keep = options.keep ?? false;
  const present = new Set(startUp(inDir, 'cannot read', () => readdirSync(inDir)));
  // records of files no longer in the folder (moved before a crash, or deleted) are done with
  state.forget(Object.keys(state.data.files).filter((n) => !present.has(n)));
  for (const d of [outDir, resolve(outDir, 'failed')]) startUp(d, 'cannot read', () => removeStaleTemporaries(d));
  const warn = (message: string) => options.onWarning?.(message);
  const names = new OutputNames(outDir, keep);
  const job = { inDir, outDir, keep, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_BYTES, check: options.check, state, names, warn };

  const queue = new Set<string>();
  /** The names of the batch being checked. */
  const checking = new Set<string>();
  /**
   * Files handled this run, by name: their size and time when their outcome was known, or GONE once moved
   * out. A name the sweep and a late event both queue is checked once: the second finds it gone and is
   * dropped, not reported again (sweep.ts).
   */
  const handled = new Map<string, string>();
  let running: Promise<void> | undefined;
  let stopped = false;
  const waiters: (() => void)[] = [];

  const pump = async () => {
    while (queue.size > 0 && !stopped) {
      const names: string[] = [];
      for (const n of queue) {
        if (names.length === BATCH) break;
        names.push(n);
      }
      for (const n of names) queue.delete(n);
      const present = names.filter((n) => handled.get(n) !== GONE || stampOf(n) !== GONE);
      for (const n of present) checking.add(n);
      try {
        for (const { name, outcome } of await processBatch(present, job)) {
          if (handled.size >= MAX_WARNED) handled.clear();
          handled.set(name, stampOf(name));
          options.onFile?.(name, outcome);
        }
      } catch (e) {
        // processBatch gives each file its result: this is a fault of the watcher itself, which goes on (a file not
        // finished stays in the input folder, unrecorded or not moved, for a restart)
        warn(`internal error: ${(e as Error).message}`);
      }
      checking.clear();
      // let signals, timers and watcher events in between files
      await nextTurn();
    }
    running = undefined;
    if (queue.size === 0) for (const w of waiters.splice(0)) w();
  };
  const stampOf = (name: string): string => {
    try {
      const st = entryStat(resolve(inDir, name));
      return stamp(st.size, st.mtimeMs);
    } catch {
      return GONE;
    }
  };
  const enqueue = (path: string) => {
    if (stopped) return;
    queue.add(basename(path));
    running ??= pump();
  };

  // a file whose name is not valid UTF-8 cannot be opened by the name Node gives (chokidar drops it unseen): it is
  // named once, as a file that could not be checked, and stays in the input folder
  const named = new Set<string>();
  const unreadableName = (name: string, entries?: () => ReturnType<typeof undecodableEntries>) => {
    if (stopped || named.has(name) || !watchable(name)) return;
    let found: string[] = [];
    try {
      found = undecodable(inDir, name, entries);
    } catch {
      /* the folder cannot be read: its own error says so */
    }
    if (found.length === 0) return;
    if (named.size >= MAX_WARNED) named.clear();
    named.add(name);
    for (const f of found) options.onFile?.(f, { kind: 'failed', reason: `${f}: ${UNDECODABLE}`, noted: false });
  };
  // (the folder read as bytes once for all such names found at start-up, not once each)
  let atStart: ReturnType<typeof undecodableEntries> | undefined;
  for (const name of present) unreadableName(name, () => (atStart ??= undecodableEntries(inDir)));

  const poll = options.pollMs ?? 500;
  const watcher: FSWatcher = watch(inDir, {
    depth: 0,
    ignoreInitial: false,
    awaitWriteFinish: { stabilityThreshold: 2 * poll, pollInterval: poll },
    ignored: (path, stats) => path !== inDir && (basename(path).startsWith('.') || (stats !== undefined && (stats.isDirectory() || !watchable(basename(path))))),
  });
  // (chokidar's own events for a file come after a stat, which fails for such a name; its 'raw' events do not)
  watcher.on('raw', (_event, path) => unreadableName(basename(path)));
  watcher.on('add', enqueue);
  watcher.on('change', enqueue);
  // a net under the events (sweep.ts): every four polls, at least a second apart
  const sweep = new Sweep(inDir, watchable, state, (name, now) => queue.has(name) || checking.has(name) || handled.get(name) === now);
  const sweeping = setInterval(() => {
    for (const name of sweep.due()) enqueue(name);
  }, Math.max(4 * poll, 1000));
  // an entry that cannot be looked at (a loop of symbolic links, one this user may not read) is skipped with a
  // warning, at start-up and after, once for each name and error; only an error about the folder itself is fatal,
  // and only at start-up (chokidar emits 'error' with no listener as a crash)
  let started = false;
  const warned = new Set<string>();
  let failStart: (e: NodeJS.ErrnoException) => void = () => undefined;
  watcher.on('error', (e) => {
    const err = e as NodeJS.ErrnoException;
    if (!started && (err.path === undefined || resolve(err.path) === inDir)) return failStart(err);
    const key = `${err.code ?? ''}:${err.path ?? ''}`;
    if (warned.has(key)) return;
    if (warned.size >= MAX_WARNED) warned.clear();
    warned.add(key);
    warn(`${err.path !== undefined ? basename(err.path) : inDir}: cannot read (${describe(err)}); skipped`);
  });
  const ready = new Promise<void>((done, fail) => {
    failStart = (e) => {
      const error = new CliError(`${inDir}: cannot watch (${describe(e)})`);
      void watcher.close().then(() => fail(error), () => fail(error));
    };
    watcher.once('ready', () => {
      started = true;
      done();
    });
  });

  return {
    ready,
    idle: () => (queue.size === 0 && !running ? Promise.resolve() : new Promise((done) => waiters.push(done))),
    async close() {
      stopped = true;
      clearInterval(sweeping);
      await watcher.close();
      await running;
      state.save();
      for (const w of waiters.splice(0)) w();
    },
  };
}

/** A name the watcher takes: a known text extension, not starting with "." (a writer's temporary name). */
function watchable(name: string): boolean {
  return !name.startsWith('.') && WATCH_EXTENSIONS.has(extname(name).toLowerCase());
}

/** Names and errors warned about are remembered up to this many (then forgotten, and warned about again). */
const MAX_WARNED = 10_000;
/** A handled file no longer in the folder. */
const GONE = 'gone';

function describe(e: NodeJS.ErrnoException): string {
  return e.code === undefined ? e.message : ERRNO[e.code] ? `${e.code}: ${ERRNO[e.code]}` : e.code;
}

const ERRNO: Record<string, string> = { ELOOP: 'a loop of symbolic links', ENOTDIR: 'a file is in its path', EEXIST: 'a file of that name is in the way' };

/**
 * Refuses an out folder that is the watched folder (reports would be checked as new files, and their
 * reports, for ever) or holds it as done/ or failed/ (each file would come back under a new name).
 * A folder inside the watched folder is fine: the watcher does not look into folders.
 */
function refuseLoop(inDir: string, outDir: string): void {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      // (not there: not the watched folder, which is)
      return undefined;
    }
  };
  const watched = real(inDir);
  // (a watched folder that is not there is refused by the step that reads it)
  if (watched === undefined) return;
  if (real(outDir) === watched) throw new CliError(`${outDir}: the output folder is the watched folder ${inDir}; choose another (a folder inside it is fine)`);
  for (const sub of ['done', 'failed']) {
    if (real(resolve(outDir, sub)) === watched) throw new CliError(`${inDir}: the watched folder is the output folder's ${sub}/ (${outDir}); choose another`);
  }
}

/** A step of start-up on `path`: a failure of the file system is one line naming the path (CliError, exit code 2). */
function startUp<T>(path: string, what: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === undefined) throw e;
    throw new CliError(`${path}: ${what} (${describe(e as NodeJS.ErrnoException)})`);
  }
}

/** Temporary files of atomic writes cut short by a crash (io/write.ts's tempPath). */
function removeStaleTemporaries(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (/^\..*\.translint-\d+-\d+\.tmp$/.test(name)) {
      try {
        unlinkSync(resolve(dir, name));
      } catch {
        /* gone already */
      }
    }
  }
}
