import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';

// loaded when a worker is first started: node:worker_threads costs ~8 ms of every start, and a check of
// one file starts none
const workerThreads = () => createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');

/**
 * Starts a worker thread on a module of this package, given as a URL relative to the caller's own
 * (`workerUrl('./x-worker', import.meta.url)`). Built, that is a `.js` file in dist/. Run from the
 * TypeScript sources (the tests), the worker first registers tsx, which compiles `.ts` on the fly.
 */
export function startWorker(entry: URL, given: WorkerOptions = {}): import('node:worker_threads').Worker {
  const { Worker } = workerThreads();
  const options = { ...workerExecArgv(), ...given };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  // the ESM build of tsx's API, by the package's own exports map
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = pathToFileURL(join(dirname(pkg), exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
}

/**
 * A worker inherits this process's Node options, but Node refuses to start a worker from a file when
 * the parent ran as `node --input-type=module -e …` (that option applies to --eval input only), so
 * every check would fail with "a checking thread could not start". Then the options are passed
 * explicitly, without `--input-type` and without the heap and stack sizes, which a worker refuses when
 * given explicitly (its heap is bounded by `resourceLimits`). Otherwise: inherited as they are.
 */
function workerExecArgv(): { execArgv?: string[] } {
  const args = process.execArgv;
  if (!args.some((a) => a === '--input-type' || a.startsWith('--input-type='))) return {};
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--input-type') i++;
    else if (!/^--(?:input-type|max-old-space-size|max-semi-space-size|stack-size)=/.test(a)) out.push(a);
  }
  return { execArgv: out };
}

/**
 * The URL of a sibling module: `.js` when the caller is built. When it runs from the sources (the
 * tests), the built module in dist/ if the build is newer than every source file (compiling ~150
 * modules with tsx in each worker takes seconds), else the `.ts` source.
 */
export function workerUrl(relative: string, callerUrl: string): URL {
  if (!callerUrl.endsWith('.ts')) return new URL(`${relative}.js`, callerUrl);
  const source = new URL(`${relative}.ts`, callerUrl);
  const file = fileURLToPath(source);
  const src = file.slice(0, file.lastIndexOf('/src/') + 5);
  const built = `${src.slice(0, -4)}dist/${file.slice(src.length, -3)}.js`;
  return existsSync(built) && statSync(built).mtimeMs >= newestSource(src) ? pathToFileURL(built) : source;
}

let newest: number | undefined;

/** The latest modification time of any file under src/ (looked up once per process). */
function newestSource(dir: string): number {
  if (newest !== undefined) return newest;
  let latest = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else latest = Math.max(latest, statSync(join(d, e.name)).mtimeMs);
    }
  };
  walk(dir);
  return (newest = latest);
}
