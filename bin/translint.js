#!/usr/bin/env node
// The only place that sets the exit code; everything else lives in the library (dist/, built from src/).
let main;
try {
  // the bundle of dist/cli (src/cli/bundle.mjs): one file loads faster than the modules it holds
  main = await import('../dist/bundle/main.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('translint: not built yet: run `npm run build` in the package folder\n');
    process.exit(2);
  }
  throw e;
}
process.exitCode = await main.run(process.argv.slice(2), main.processIo());
