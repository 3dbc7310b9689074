#!/usr/bin/env node
// The only place that sets the exit code; everything else lives in the library (dist/, built from src/).
import { setFlagsFromString } from 'node:v8';

// V8's young generation starts at 1 MB a half and doubles, up to 16 MB a half, once more than its size has
// survived scavenges since it last grew, which loading a glossary's tables soon does. Growth factor 1 keeps
// it at its start. A check's tokens and matches live through a 256 KB part of the text and are promoted
// either way (a small young generation only promotes them sooner), and peak RSS no longer carries two
// 16 MB halves (all rules, peak RSS medians in MB: 1m/10k 228 -> 217, 1m/50k 250 -> 224, 10m/50k
// 356 -> 337, 5 KB/50k 104 -> 98; CPU user within 2 %, more scavenges cost some wall time). Set here, before anything is loaded: V8 reads this flag each time it would
// grow the space (--max-semi-space-size is read once, when the heap is made, so cannot be set from
// here). Only on V8 10-12 (Node 18-22), which have the flag and take 1 for it: V8 prints an unknown
// flag on stderr, and V8 13 (Node 24) declares 2 as its least value.
if (/^1[0-2]\./.test(process.versions.v8)) setFlagsFromString('--semi-space-growth-factor=1');
// V8's optimising compiler (TurboFan) runs on helper threads, and a check paid for it about as much CPU as for
// the checking itself: at 1m/10k, all rules, ~2 s of ~5 s of process CPU were on those threads (~0.4 s with
// --no-concurrent-recompilation, which moves the compiling onto the main thread), ~340 compiles, the name
// matcher's large functions (align, spellings, pairWith, judge) each compiled 2-6 times with their callees
// inlined, 100-250 ms a compile. Without inlining, and with a function optimised only after four times the
// default interrupt budget (67,584) of bytecode has run in it (so that only the hot ones are, each with more
// type feedback, which deoptimises less), compiling costs about half, the main thread about the same (all rules,
// process CPU, medians of 5 alternating runs: 1m/10k 5.28 -> 4.11 s, 1m/1k 4.82 -> 3.84 s, 5 KB / 50k
// 0.97 -> 0.77 s; the exact job unchanged; bench/README.md "Compiling less"). Only on V8 11
// (Node 20), where it was measured: Node 22's V8 tiers up through Maglev first, with budgets of its own.
if (/^11\./.test(process.versions.v8)) {
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--interrupt-budget=270336');
}
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
