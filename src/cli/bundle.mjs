// Build step (npm run build, after tsc): bundles the CLI compiled in dist/ into dist/bundle/ with esbuild.
// Loading ~110 small ES modules costs Node ~40 ms at every start; one bundle (with the lazily imported
// parts split into chunks, so they stay lazy) loads in a fraction of that. Packages in node_modules are
// left out and loaded by Node as before. The library (dist/index.js) is not bundled.
//
// Modules find their data files relative to `import.meta.url` (corpora/, dist/web/, package.json); in the
// bundle each module's `import.meta.url` is replaced by the URL its file has in dist/, so those paths
// resolve as they do unbundled.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const outdir = path.join(dist, 'bundle');

/** Each dist module's own location for `import.meta.url`, relative to the chunk it ends up in. */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(dist + path.sep)) return undefined;
      let contents = await fs.promises.readFile(args.path, 'utf8');
      if (contents.includes('import.meta.url')) {
        const rel = path.relative(outdir, args.path).split(path.sep).join('/');
        contents = contents.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
      }
      return { contents, loader: 'js' };
    });
  },
};

/**
 * Packages every CLI start loads, bundled in rather than resolved and read by Node one file at a time
 * (diff alone is 17 ES modules; commander, picomatch, jsonc-parser and safe-regex2 are CommonJS, each
 * with its own files): ~30-50 ms of every start, `--version` included. Only pure code:
 * a package that finds files next to its own module (word-list, dictionary-*) or loads parts by path
 * at run time (iconv-lite's encodings) stays external, and so does everything a start does not load.
 */
/**
 * commander requires node:child_process when it loads, for subcommands that are separate executables
 * (translint has none); that module brings net and dgram with it, ~9 ms of every start. In the bundle the
 * require is made when commander first spawns, through a getter on the one property it uses.
 */
const lazyChildProcess = {
  name: 'lazy-child-process-in-commander',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const contents = await fs.promises.readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      // a commander that no longer reads this way is bundled as it is
      if (!contents.includes(eager)) return undefined;
      return { contents: contents.replace(eager, "const childProcess = { get spawn() { return require('node:child_process').spawn; } };"), loader: 'js' };
    });
  },
};

const BUNDLED = new Set(['commander', 'diff', 'picocolors', 'picomatch', 'jsonc-parser', 'double-metaphone', 'safe-regex2', 'ret', 'string-similarity']);
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const onlyBundled = {
  name: 'only-bundled-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true };
      // packages that the bundled packages themselves import are bundled with them
      if (BUNDLED.has(packageName(args.path)) || args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      return { path: args.path, external: true };
    });
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: { main: path.join(dist, 'cli', 'main.js') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  plugins: [onlyBundled, lazyChildProcess, ownUrl],
  // the ESM build of a package when it has one (jsonc-parser's main is UMD, whose requires esbuild cannot follow)
  mainFields: ['module', 'main'],
  // the bundled CommonJS packages require Node's built-in modules
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
});
