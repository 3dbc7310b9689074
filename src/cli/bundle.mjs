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

fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: { main: path.join(dist, 'cli', 'main.js') },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  plugins: [ownUrl],
  logLevel: 'warning',
});
