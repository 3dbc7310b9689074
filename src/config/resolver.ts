import { statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { configFileIn, loadConfig } from './load.js';
import { resolveFileOptions, type FileOptions } from './resolve.js';
import type { Config } from './types.js';

/** A file's options and the configuration file they came from (none when no file was found). */
export interface ResolvedFile extends FileOptions {
  configPath?: string;
}

export interface FileResolver {
  /** Options for a file (absolute or relative to the resolver's cwd); "-" (stdin) is a file in cwd, never ignored. */
  forFile(path: string): ResolvedFile;
}

/**
 * Finds and loads each configuration file once for any number of checked files: the folder → file
 * lookups and the loaded files are cached for the resolver's lifetime (one CLI run). With `fresh`
 * (a hot folder, which runs for days), every lookup looks again and a file is loaded again when its
 * size, time or inode changed: a configuration added, edited, broken or mended applies from the next
 * file on, without a restart; one that cannot be read fails the files it applies to, not the watcher.
 */
export class ConfigResolver {
  private readonly found = new Map<string, string | null>();
  private readonly loaded = new Map<string, { config: Config; stamp: string }>();

  constructor(private readonly options: { fresh?: boolean } = {}) {}

  /**
   * A resolver for files under `cwd`. With `explicitConfig` (relative to cwd), that file is used for
   * every file and no discovery happens, as with ESLint's --config.
   */
  resolverFor(cwd: string, explicitConfig?: string): FileResolver {
    const explicit = explicitConfig === undefined ? undefined : resolve(cwd, explicitConfig);
    // loaded now, so a bad --config stops a run (and a watcher) before it starts
    if (explicit !== undefined) this.load(explicit, explicitConfig);
    return {
      forFile: (path) => {
        const stdin = path === '-';
        const abs = resolve(cwd, stdin ? 'stdin' : path);
        const config = explicit !== undefined ? this.load(explicit, explicitConfig) : this.nearest(dirname(abs), cwd);
        if (!config) return { ignored: false, options: {} };
        const { ignored, options } = resolveFileOptions(config, abs);
        return { ignored: ignored && !stdin, options, configPath: config.path };
      },
    };
  }

  /** The nearest configuration above `dir`, each folder asked once (every time when fresh). */
  private nearest(dir: string, cwd: string): Config | undefined {
    const seen: string[] = [];
    let path: string | null | undefined;
    for (let d = dir; ; d = dirname(d)) {
      path = this.options.fresh ? undefined : this.found.get(d);
      if (path !== undefined) break;
      seen.push(d);
      path = configFileIn(d) ?? null;
      if (path !== null || dirname(d) === d) break;
    }
    if (!this.options.fresh) for (const d of seen) this.found.set(d, path);
    // Errors name the file as the user would type it from cwd.
    return path === null ? undefined : this.load(path, relative(cwd, path));
  }

  private load(path: string, displayPath = path): Config {
    const cached = this.loaded.get(path);
    if (cached && !this.options.fresh) return cached.config;
    const stamp = this.options.fresh ? stampOf(path) : '';
    if (cached && cached.stamp === stamp) return cached.config;
    const config = loadConfig(path, displayPath);
    this.loaded.set(path, { config, stamp });
    return config;
  }
}

/** What tells a changed file from the one loaded; a file that cannot be stated is loaded (and reported) again. */
function stampOf(path: string): string {
  try {
    const st = statSync(path);
    return `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  } catch {
    return `unreadable ${Math.random()}`;
  }
}
