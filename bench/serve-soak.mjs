// Soak test of `translint serve` (not part of npm test): the real server as its own process on
// 127.0.0.1, driven at saturation by autocannon for 60 s with 5 KB articles, some hostile bodies
// and a SIGHUP reload every 10 s. Reports 5xx responses, socket errors and client timeouts (all
// must be 0), the server's resident memory at start, middle and end (flat from the middle on: V8
// grows its heap in the first seconds) and requests per second.
//
//   npm run build && node bench/serve-soak.mjs [--duration 60] [--connections 16] [--timeout 30]
//                                             [--reload-every 10] [--bad-every 20] [--glossary news|1k|10k|50k]
//
// 16 connections saturate the one thread that checks (more only lengthen the queue: 64 give fewer
// requests/s and multi-second waits). Exit code 1 when there was a 5xx, a socket error or timeout,
// an internal error in the server log, or memory at the end is more than 15% above the middle.
// Linux only (memory is read from /proc/<pid>/status).
import fs from 'node:fs';
import autocannon from 'autocannon';
import { articles as loadArticles, startServer } from './serve-common.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? dflt : process.argv[i + 1];
};
const duration = Number(arg('duration', '60'));
const connections = Number(arg('connections', '16'));
const timeout = Number(arg('timeout', '30'));
const reloadEvery = Number(arg('reload-every', '10'));
const badEvery = Number(arg('bad-every', '20'));
const glossary = arg('glossary', 'news');

const articles = loadArticles();
// hostile bodies mixed into the load: each must get a 4xx, never a 5xx
const bad = ['{"text": ', '['.repeat(50_000) + ']'.repeat(50_000), '{"text": 3}', '{"items": [{"id": {}}]}', '{"text": "a", "__proto__": {}}'];

const serverLog = [];
const { server, url } = await startServer(glossary, [], serverLog);
const rssMiB = () => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]) / 1024;

let n = 0;
const body = () => {
  n++;
  if (badEvery > 0 && n % badEvery === 0) return bad[(n / badEvery) % bad.length];
  return JSON.stringify({ text: articles[n % articles.length], fix: n % 2 === 0, diff: true });
};
const request = { method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: body() }) };

// a warm-up, so compilation and the first checkers are not measured
await autocannon({ url: `${url}/v1/check`, duration: 3, connections, requests: [request] });

const samples = [];
const codes = new Map();
const t0 = Date.now();
const sampler = setInterval(() => samples.push({ s: (Date.now() - t0) / 1000, rss: rssMiB() }), 1000);
samples.push({ s: 0, rss: rssMiB() });
let reloads = 0;
const reloader = reloadEvery > 0 ? setInterval(() => (server.kill('SIGHUP'), reloads++), reloadEvery * 1000) : undefined;
const instance = autocannon({ url: `${url}/v1/check`, duration, connections, timeout, requests: [request] });
let latencyMax = 0;
instance.on('response', (_client, status, _bytes, ms) => {
  codes.set(status, (codes.get(status) ?? 0) + 1);
  latencyMax = Math.max(latencyMax, ms);
});
const result = await instance;
clearInterval(sampler);
clearInterval(reloader);
samples.push({ s: (Date.now() - t0) / 1000, rss: rssMiB() });
server.kill('SIGTERM');
const exitCode = await new Promise((r) => server.once('exit', r));

const at = (s) => samples.reduce((best, x) => (Math.abs(x.s - s) < Math.abs(best.s - s) ? x : best)).rss;
const count = (pred) => [...codes].filter(([c]) => pred(c)).reduce((sum, [, k]) => sum + k, 0);
const row = {
  glossary,
  durationS: duration,
  connections,
  requests: result.requests.total,
  requestsPerSecond: Math.round(result.requests.average),
  latencyP50ms: result.latency.p50,
  latencyP99ms: result.latency.p99,
  latencyMaxMs: Math.round(latencyMax),
  status2xx: count((c) => c < 300),
  status4xx: count((c) => c >= 400 && c < 500),
  status5xx: count((c) => c >= 500),
  socketErrors: result.errors,
  timeouts: result.timeouts,
  reloads,
  reloadsLogged: serverLog.filter((l) => l.includes('reloaded glossaries')).length,
  rssStartMiB: Math.round(at(0)),
  rssMiddleMiB: Math.round(at(duration / 2)),
  rssEndMiB: Math.round(at(duration)),
  rssMaxMiB: Math.round(samples.reduce((m, x) => Math.max(m, x.rss), -Infinity)),
  serverExit: exitCode,
  serverErrors: serverLog.filter((l) => l.includes('internal error')).length,
};
const flat = row.rssEndMiB <= row.rssMiddleMiB * 1.15;
const ok = row.status5xx === 0 && row.socketErrors === 0 && row.timeouts === 0 && row.serverErrors === 0 && flat && exitCode === 0;
console.log(JSON.stringify(row, null, 2));
console.log(
  `\n| glossary | s | connections | requests | req/s | p50 / p99 / max ms | 4xx | 5xx | errors | reloads | RSS start / middle / end / max MiB |\n|---|---|---|---|---|---|---|---|---|---|---|\n` +
    `| ${glossary} | ${duration} | ${connections} | ${row.requests} | ${row.requestsPerSecond} | ${row.latencyP50ms} / ${row.latencyP99ms} / ${row.latencyMaxMs} | ${row.status4xx} | ${row.status5xx} | ${row.socketErrors} | ${row.reloadsLogged} | ${row.rssStartMiB} / ${row.rssMiddleMiB} / ${row.rssEndMiB} / ${row.rssMaxMiB} |`,
);
console.log(ok ? '\nsoak: passed' : '\nsoak: FAILED');
process.exitCode = ok ? 0 : 1;
