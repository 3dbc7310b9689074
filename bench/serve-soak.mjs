// Soak test of `translint serve` (not part of npm test): the real server as its own process on
// 127.0.0.1, driven at saturation for 60 s with 5 KB articles, a SIGHUP reload every 10 s, and a
// share of hostile requests: malformed bodies (each must get a 4xx) and adversarial documents, the
// inputs of issue #17 that once took seconds or gigabytes (each must get a 200, or a 422 when it runs
// over the service's time or memory budget). Clean stretches (no hostile requests) and soak
// stretches alternate every 10 s, `duration` seconds of each, so that a machine whose load drifts
// affects both alike; the p99 latency of the normal requests is compared between the two.
//
//   npm run build && node bench/serve-soak.mjs [--duration 60] [--connections 16] [--adversarial 0.01]
//                                             [--bad 0.01] [--reload-every 10] [--glossary news|1k|10k|50k]
//                                             [--no-clean]
//
// Exit code 1 when there was a 5xx, a socket error, a server exit or an internal error in its log,
// a peak of memory in the second half more than 15% above the first half's, a hostile request
// answered with anything but a 4xx or 200, or the soak's normal p99 over twice the clean run's.
// Linux only (memory is read from /proc/<pid>/status).
import fs from 'node:fs';
import { articles as loadArticles, startServer } from './serve-common.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? dflt : process.argv[i + 1];
};
const duration = Number(arg('duration', '60'));
const connections = Number(arg('connections', '16'));
const adversarialShare = Number(arg('adversarial', '0.01'));
const badShare = Number(arg('bad', '0.01'));
const reloadEvery = Number(arg('reload-every', '10'));
const glossary = arg('glossary', 'news');
const clean = !process.argv.includes('--no-clean');

const articles = loadArticles();
const bad = ['{"text": ', '['.repeat(50_000) + ']'.repeat(50_000), '{"text": 3}', '{"items": [{"id": {}}]}', '{"text": "a", "__proto__": {}}'];

/** A seeded generator, so every run of the bench sends the same documents. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const rand = rng(17);
const letters = (n) => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(rand() * 26))).join('');
const prose = articles[0].slice(0, 600);
/** The documents of issue #17, each under the 1 MiB body limit. */
const adversarial = [
  { name: 'long lowercase word', body: { text: `${prose} ${letters(5000)} ${prose}` } },
  { name: "'x' x 1,500", body: { text: `${prose} ${'x'.repeat(1500)}.` } },
  { name: 'ten 1,000-letter words', body: { items: Array.from({ length: 10 }, (_, i) => ({ id: i, text: `${prose} ${letters(1000)}.` })) } },
  { name: '100,000-character URL', body: { text: `See https://example.com/${letters(100_000)} for more.` } },
  { name: "'x\\n' x 130,000", body: { text: 'x\n'.repeat(130_000) } },
  { name: 'all-caps line, 250 KB', body: { text: Array.from({ length: 50_000 }, () => letters(4).toUpperCase()).join(' ') } },
  { name: 'no spaces, 100 KB', body: { text: Array.from({ length: 25_000 }, () => letters(3)).join(',') } },
  { name: "'>' x 100,000 (Markdown)", body: { text: '>'.repeat(100_000) + ' quoted', format: 'markdown' } },
  { name: '2,000-level list (Markdown)', body: { text: Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'), format: 'markdown' } },
].map((d) => ({ ...d, json: JSON.stringify(d.body) }));

const SLICE_S = 10;

/** Drives the server; stretches of SLICE_S seconds alternate clean / soak (all soak with --no-clean). */
async function run(server, url) {
  const rssMiB = () => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]) / 1024;
  const total = (clean ? 2 : 1) * duration;
  const phases = { clean: newPhase('clean'), soak: newPhase('soak') };
  let n = 0;
  const samples = [];
  const t0 = Date.now();
  const sampler = setInterval(() => samples.push({ s: (Date.now() - t0) / 1000, rss: rssMiB() }), 1000);
  samples.push({ s: 0, rss: rssMiB() });
  let reloads = 0;
  const reloader = reloadEvery > 0 ? setInterval(() => (server.kill('SIGHUP'), reloads++), reloadEvery * 1000) : undefined;
  const end = t0 + total * 1000;
  const every = (share) => (share > 0 ? Math.max(1, Math.round(1 / share)) : Infinity);
  const client = async () => {
    while (Date.now() < end) {
      const hostileSlice = !clean || Math.floor((Date.now() - t0) / 1000 / SLICE_S) % 2 === 1;
      const phase = hostileSlice ? phases.soak : phases.clean;
      const i = n++;
      const j = phase.n++;
      let kind = 'normal';
      let body = JSON.stringify({ text: articles[i % articles.length], fix: i % 2 === 0, diff: true });
      // on a fixed schedule, so that each run sends the same mix: every 1/share-th request, in turn
      if (hostileSlice && j % every(adversarialShare) === 0) {
        const d = adversarial[Math.floor(j / every(adversarialShare)) % adversarial.length];
        kind = d.name;
        body = d.json;
      } else if (hostileSlice && j % every(badShare) === Math.floor(every(badShare) / 2)) {
        kind = 'malformed';
        body = bad[Math.floor(j / every(badShare)) % bad.length];
      }
      const t = performance.now();
      try {
        const res = await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        const ms = performance.now() - t;
        phase.codes.set(res.status, (phase.codes.get(res.status) ?? 0) + 1);
        if (kind === 'normal') phase.normal.push(ms);
        else {
          const h = phase.hostile.get(kind) ?? { n: 0, statuses: new Set(), maxMs: 0 };
          h.n++;
          h.statuses.add(res.status);
          h.maxMs = Math.max(h.maxMs, Math.round(ms));
          phase.hostile.set(kind, h);
        }
      } catch (e) {
        phase.socketErrors++;
        phase.errorKinds.set(`${kind}: ${e.cause?.code ?? e.message}`, (phase.errorKinds.get(`${kind}: ${e.cause?.code ?? e.message}`) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  clearInterval(sampler);
  clearInterval(reloader);
  samples.push({ s: (Date.now() - t0) / 1000, rss: rssMiB() });
  const peak = (from, to) => Math.round(samples.filter((x) => x.s > from && x.s <= to).reduce((m, x) => Math.max(m, x.rss), -Infinity));
  const memory = {
    reloads,
    rssStartMiB: Math.round(samples[0].rss),
    rssEndMiB: Math.round(samples.at(-1).rss),
    // each reload starts new worker threads while the old ones finish: single samples jump by a
    // generation's size, so flatness compares the peaks of the two halves
    rssFirstHalfMaxMiB: peak(-1, total / 2),
    rssSecondHalfMaxMiB: peak(total / 2, Infinity),
  };
  return { rows: (clean ? [phases.clean, phases.soak] : [phases.soak]).map(summary), memory };
}

function newPhase(label) {
  return { label, n: 0, normal: [], hostile: new Map(), codes: new Map(), socketErrors: 0, errorKinds: new Map() };
}

function summary(p) {
  p.normal.sort((a, b) => a - b);
  const pct = (q) => Math.round(p.normal[Math.min(p.normal.length - 1, Math.floor(p.normal.length * q))] ?? 0);
  const count = (pred) => [...p.codes].filter(([c]) => pred(c)).reduce((sum, [, k]) => sum + k, 0);
  return {
    label: p.label,
    requests: p.n,
    requestsPerSecond: Math.round(p.n / duration),
    normalP50ms: pct(0.5),
    normalP99ms: pct(0.99),
    status2xx: count((c) => c < 300),
    status4xx: count((c) => c >= 400 && c < 500),
    status5xx: count((c) => c >= 500),
    socketErrors: p.socketErrors,
    socketErrorKinds: Object.fromEntries(p.errorKinds),
    hostile: Object.fromEntries([...p.hostile].map(([k, v]) => [k, { n: v.n, statuses: [...v.statuses].sort(), maxMs: v.maxMs }])),
  };
}

const serverLog = [];
const { server, url } = await startServer(glossary, [], serverLog);
let exited = false;
server.once('exit', () => (exited = true));
// a warm-up, so compilation and the first checkers are not measured
await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: articles[0] }) });
const { rows, memory } = await run(server, url);
const crashed = exited;
server.kill('SIGTERM');
const exitCode = crashed ? 'crashed' : await new Promise((r) => server.once('exit', r));

const soak = rows.at(-1);
const base = rows.find((r) => r.label === 'clean');
const hostileOk = Object.values(soak.hostile).every((h) => h.statuses.every((s) => (s >= 400 && s < 500) || s === 200));
const flat = memory.rssSecondHalfMaxMiB <= memory.rssFirstHalfMaxMiB * 1.15;
const p99Ratio = base ? soak.normalP99ms / Math.max(1, base.normalP99ms) : undefined;
const serverErrors = serverLog.filter((l) => l.includes('internal error')).length;
const fiveXX = rows.reduce((k, r) => k + r.status5xx + r.socketErrors, 0);
const ok = fiveXX === 0 && !crashed && exitCode === 0 && serverErrors === 0 && flat && hostileOk && (p99Ratio === undefined || p99Ratio <= 2);
console.log(JSON.stringify({ glossary, durationS: duration, connections, adversarialShare, badShare, rows, memory, p99Ratio, serverExit: exitCode, serverErrors }, null, 2));
console.log(
  `\n| stretches | requests | req/s | normal p50 / p99 ms | 4xx | 5xx | socket errors |\n|---|---|---|---|---|---|---|\n` +
    rows.map((r) => `| ${r.label} | ${r.requests} | ${r.requestsPerSecond} | ${r.normalP50ms} / ${r.normalP99ms} | ${r.status4xx} | ${r.status5xx} | ${r.socketErrors} |`).join('\n'),
);
console.log(`\nreloads ${memory.reloads}; RSS start ${memory.rssStartMiB} MiB, end ${memory.rssEndMiB} MiB, peak of the first / second half ${memory.rssFirstHalfMaxMiB} / ${memory.rssSecondHalfMaxMiB} MiB`);
if (p99Ratio !== undefined) console.log(`normal p99, soak / clean: ${p99Ratio.toFixed(2)}x`);
console.log(ok ? '\nsoak: passed' : '\nsoak: FAILED');
process.exitCode = ok ? 0 : 1;
