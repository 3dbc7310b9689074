import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread on a module of this package, given as a URL relative to the caller's own
 * (`workerUrl('./x-worker', import.meta.url)`). Built, that is a `.js` file in dist/. Run from the
 * TypeScript sources (the tests), the worker first registers tsx, which compiles `.ts` on the fly.
 */
export function startWorker(entry: URL, given: WorkerOptions = {}): Worker {
  // a worker inherits the parent's Node flags, but `--input-type` (a parent run with `node -e`) is
  // refused by every worker: without this, a library user's `node --input-type=module -e` cannot check.
  // Given explicitly, execArgv may not hold V8 or process-wide flags either (the heap size is the pool's resourceLimits).
  const evalParent = process.execArgv.some((a) => a.startsWith('--input-type'));
  const execArgv = process.execArgv.filter((a) => !/^--(input-type|max-old-space-size|max-semi-space-size|stack-size|title)\b/.test(a));
  const options: WorkerOptions = evalParent ? { execArgv, ...given } : given;
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  // the ESM build of tsx's API, by the package's own exports map
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  const exports = (JSON.parse(readFileSync(pkg, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
  const api = pathToFileURL(join(dirname(pkg), exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs')).href;
  const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { ...options, eval: true });
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
