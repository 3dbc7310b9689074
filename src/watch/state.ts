import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileError, oneLine } from '../io/errors.js';
import { writeFileAtomic } from '../io/write.js';

export const STATE_FILE = '.translint-watch.json';

/** A file whose outputs are written: what it was when it was checked. */
export interface FileRecord {
  size: number;
  mtimeMs: number;
  /** sha256 of the content, hex. */
  hash: string;
  /** "failed": the file could not be checked (binary, invalid UTF-8, too large). */
  status: 'done' | 'failed';
  /** The name it is kept under in done/ or failed/ and its reports', when not its own (watch/names.ts). */
  as?: string;
}

export interface StateData {
  version: 1;
  /** Files finished so far, over all runs; each file counts once. */
  processed: number;
  /**
   * Finished files still in the input folder (with --keep, all of them; otherwise those not yet
   * moved), so a restart neither checks them again nor misses moving them.
   */
  files: Record<string, FileRecord>;
}

/**
 * The watcher's memory, in `<out-dir>/.translint-watch.json`, replaced atomically (temporary file,
 * fsync, rename) after each batch of finished files, so a crash leaves the previous or the next state.
 */
export class WatchState {
  readonly path: string;
  data: StateData;

  constructor(outDir: string) {
    this.path = join(outDir, STATE_FILE);
    this.data = read(this.path);
  }

  get(name: string): FileRecord | undefined {
    return Object.hasOwn(this.data.files, name) ? this.data.files[name] : undefined;
  }

  /** Records finished files and saves: from here on a restart will not check them again. */
  finish(records: readonly (readonly [string, FileRecord])[]): void {
    for (const [name, record] of records) this.data.files[name] = record;
    this.data.processed += records.length;
    this.save();
  }

  /** Forgets files (moved out of the input folder); saved with the next change. */
  forget(names: Iterable<string>): void {
    for (const n of names) delete this.data.files[n];
  }

  save(): void {
    writeFileAtomic(this.path, JSON.stringify(this.data, null, 1) + '\n');
  }
}

function read(path: string): StateData {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, processed: 0, files: {} };
    throw new FileError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'unreadable');
  }
  try {
    const data = JSON.parse(text) as StateData;
    if (data.version !== 1 || typeof data.processed !== 'number' || typeof data.files !== 'object' || data.files === null) throw new Error('unknown layout');
    return data;
  } catch (e) {
    throw new FileError(`${path}: not a translint watch state (${oneLine((e as Error).message)}); move it away to start afresh`, 'format');
  }
}
