import { lstatSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

// The cache folder: where it is and whether it is safe to use (see cache-files.ts for the rules).

const checked = new Map<string, boolean>();

/** The cache folder, checked and created; undefined when the cache is off or the folder is unsafe. */
export function cacheDir(): string | undefined {
  const env = process.env;
  if (env.TRANSLINT_CACHE === '0') return undefined;
  const dir = cacheLocation(env);
  if (!dir) return undefined;
  let ok = checked.get(dir);
  if (ok === undefined) checked.set(dir, (ok = usable(dir, !!env.TRANSLINT_CACHE_DIR || !!env.XDG_CACHE_HOME)));
  return ok ? dir : undefined;
}

/** Where the cache lives for this environment (not checked). */
export function cacheLocation(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.TRANSLINT_CACHE_DIR) return env.TRANSLINT_CACHE_DIR;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'translint');
  // HOME of `env`, which os.homedir() would not see when it is not the process's own environment
  const home = env.HOME || homedir();
  return home ? join(home, '.cache', 'translint') : undefined;
}

/**
 * Whether the folder is safe to use, created if missing. A folder that cannot be created is reported
 * only when the user chose where it goes (`TRANSLINT_CACHE_DIR`, `XDG_CACHE_HOME`): a service account
 * without a home (HOME=/nonexistent) simply runs without a cache, and says nothing on every run.
 */
function usable(dir: string, chosen: boolean): boolean {
  try {
    makeDirs(dir);
  } catch (e) {
    if (chosen) warn(`cache directory ${dir} cannot be used (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the cache is not used`);
    return false;
  }
  try {
    const st = lstatSync(dir);
    const uid = process.getuid?.();
    let problem: string | undefined;
    if (st.isSymbolicLink()) problem = 'is a symbolic link';
    else if (!st.isDirectory()) problem = 'is not a directory';
    else if (uid !== undefined && st.uid !== uid) problem = 'is owned by another user';
    else if ((st.mode & 0o022) !== 0) problem = 'is writable by group or others';
    if (problem) warn(`cache directory ${dir} ${problem}; the cache is not used`);
    return problem === undefined;
  } catch (e) {
    warn(`cache directory ${dir} cannot be used (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the cache is not used`);
    return false;
  }
}

/**
 * mkdir -p, each missing folder created 0700 on its own. Not mkdirSync's `recursive`: on a path under
 * a pseudo file system (HOME=/proc/nonexistent) it loops for ever on Node 20.
 */
function makeDirs(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      lstatSync(d);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, { mode: 0o700 });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

function warn(message: string): void {
  process.stderr.write(`translint: warning: ${message}\n`);
}
