import { lstatSync } from 'node:fs';
import { extname, join } from 'node:path';
import { escapedName, fitName, NAME_MAX, undecodableEntries } from '../io/names.js';

/** The longest ending an output adds to the name it is kept under: `<name>.translint.json`. */
const LONGEST_ENDING = '.translint.json'.length;

/** Why a file is kept under another name than its own. */
export type Renamed = 'long' | 'taken';

export interface OutputName {
  /** The name in done/ or failed/, and the start of its reports' names. */
  as: string;
  renamed?: Renamed;
}

/** Names (and their numbers) remembered as taken, at most; then forgotten (a later file just tries more numbers). */
const MAX_REMEMBERED = 10_000;

/**
 * Chooses the name each file is kept under in the out folder (`done/<as>` or `failed/<as>`, with
 * `<as>.translint.json`, `<as>.diff` or `failed/<as>.error.txt`), so that nothing already there is
 * replaced and every output's name is a legal file name:
 *
 * - a name too long for its reports' names (over 240 bytes in UTF-8, as `.translint.json` takes it
 *   over 255) is cut (between characters, keeping the extension) and marked with a hash of the whole;
 * - a name that done/ or failed/ already holds (a second file dropped under a name used before, or
 *   a writer that paused so long that its file was taken in parts), or that another file of the
 *   batch was given, gets a number before the extension, as file managers do: `story (2).txt`,
 *   `story (3).txt`, ...
 *
 * With --keep the originals stay in the input folder, and a name seen again is that file, changed:
 * its reports are replaced, and only a name too long is changed.
 */
export class OutputNames {
  /** Names given to the files of the batch, whose moves are not done yet. */
  private readonly reserved = new Set<string>();
  /** For names found taken, the last number given (the next file of that name starts there). */
  private readonly last = new Map<string, number>();

  constructor(
    private readonly outDir: string,
    private readonly keep: boolean,
  ) {}

  /** The name for the file `name`, held for it until release(). */
  choose(name: string): OutputName {
    const fitted = numbered(name, 1);
    if (this.keep || !this.taken(fitted)) return this.hold(fitted === name ? { as: fitted } : { as: fitted, renamed: 'long' });
    for (let n = this.last.get(name) ?? 2; ; n++) {
      const as = numbered(name, n);
      if (this.taken(as)) continue;
      if (this.last.size >= MAX_REMEMBERED) this.last.clear();
      this.last.set(name, n);
      return this.hold({ as, renamed: 'taken' });
    }
  }

  /** The batch's moves are done: its names are on disk now (or their files stayed in the input folder). */
  release(): void {
    this.reserved.clear();
  }

  private hold(name: OutputName): OutputName {
    this.reserved.add(name.as);
    return name;
  }

  private taken(as: string): boolean {
    return this.reserved.has(as) || exists(join(this.outDir, 'done', as)) || exists(join(this.outDir, 'failed', as));
  }
}

/** `name` (n = 1) or `name (n)` with the number before the extension, cut to leave room for the longest output ending. */
function numbered(name: string, n: number): string {
  const max = NAME_MAX - LONGEST_ENDING;
  const ext = extname(name);
  // an extension is short (the watcher takes only known ones); a longer ending is part of the stem
  const keptExt = Buffer.byteLength(ext) <= 16 ? ext : '';
  const stem = name.slice(0, name.length - keptExt.length);
  const tail = `${n === 1 ? '' : ` (${n})`}${keptExt}`;
  if (Buffer.byteLength(stem + tail) <= max) return stem + tail;
  return fitName(stem, max - Buffer.byteLength(tail)) + tail;
}

/** Anything at `path`, a dangling link too. */
export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The files in `dir` whose names are not valid UTF-8 and that Node names `name` (each bad byte read as
 * U+FFFD), escaped (`story\xff.txt`). A file cannot be opened by such a string, so the watcher names
 * these instead of checking them. Empty when `name` has no U+FFFD (the common case: no folder read).
 * `entries`, when given, is the folder read once for many names (the watcher's start-up).
 */
export function undecodable(dir: string, name: string, entries?: () => ReturnType<typeof undecodableEntries>): string[] {
  if (!name.includes('\uFFFD')) return [];
  // (a folder is not watched, whatever its name)
  return ((entries ? entries() : undecodableEntries(dir)).get(name) ?? []).filter((e) => !e.isDirectory()).map((e) => escapedName(e.name));
}
