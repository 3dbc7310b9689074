import { extname } from 'node:path';
import { fitName, NAME_MAX } from '../io/names.js';

/** The longest ending an output adds to the name it is kept under: `<name>.translint.json`. */
const LONGEST_ENDING = '.translint.json'.length;

/** Why a file is kept under another name than its own. */
export type Renamed = 'long';

export interface OutputName {
  /** The name in done/ or failed/, and the start of its reports' names. */
  as: string;
  renamed?: Renamed;
}

/**
 * The name a file is kept under in the out folder (`done/<as>` or `failed/<as>`, with
 * `<as>.translint.json`, `<as>.diff` or `failed/<as>.error.txt`): its own, unless that is too long
 * for its reports' names (over 240 bytes in UTF-8, as `.translint.json` makes it over 255): then it
 * is cut (between characters, keeping the extension) and marked with a hash of the whole.
 */
export function outputName(name: string): OutputName {
  const as = numbered(name, 1);
  return as === name ? { as } : { as, renamed: 'long' };
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
