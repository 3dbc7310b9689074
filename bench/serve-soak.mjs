// Soak test of `translint serve` (not part of npm test): the real server as its own process on
// 127.0.0.1, driven at saturation for 60 s with 5 KB articles, a SIGHUP reload every 10 s, and a
// share of hostile requests: malformed bodies (each must get a 4xx) and adversarial documents, the
// inputs of issue #17 that once took seconds or gigabytes (each must get a 200, or a 422 when it runs
// over the service's time or memory budget). First a clean run of the same length (no hostile
// requests), then the soak; the p99 latency of the normal requests is compared between the two.
//
//   npm run build && node bench/serve-soak.mjs [--duration 60] [--connections 16] [--adversarial 0.01]
//                                             [--bad 0.01] [--reload-every 10] [--glossary news|1k|10k|50k]
//                                             [--no-clean]
//
// Exit code 1 when there was a 5xx, a socket error, a server exit or an internal error in its log,
// memory at the end more than 15% above the middle, or the soak's normal p99 over twice the clean
// run's. Linux only (memory is read from /proc/<pid>/status).
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

/** A seeded generator, so both runs and every run of the bench send the same documents. */
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

async function run(label, server, url, withHostile) {
  const rssMiB = () => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1]) / 1024;
  const normal = [];
  const hostile = new Map();
  const codes = new Map();
  let socketErrors = 0;
  let n = 0;
  const samples = [];
  const t0 = Date.now();
  const sampler = setInterval(() => samples.push({ s: (Date.now() - t0) / 1000, rss: rssMiB() }), 1000);
  samples.push({ s: 0, rss: rssMiB() });
  let reloads = 0;
  const reloader = reloadEvery > 0 ? setInterval(() => (server.kill('SIGHUP'), reloads++), reloadEvery * 1000) : undefined;
  const end = t0 + duration * 1000;
  const client = async () => {
    while (Date.now() < end) {
      const i = n++;
      const r = rand();
      let kind = 'normal';
      let body = JSON.stringify({ text: articles[i % articles.length], fix: i % 2 === 0, diff: true });
      if (withHostile && r < adversarialShare) {
        const d = adversarial[i % adversarial.length];
        kind = d.name;
        body = d.json;
      } else if (withHostile && r < adversarialShare + badShare) {
        kind = 'malformed';
        body = bad[i % bad.length];
      }
      const t = performance.now();
      try {
        const res = await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        const ms = performance.now() - t;
        codes.set(res.status, (codes.get(res.status) ?? 0) + 1);
        if (kind === 'normal') normal.push(ms);
        else {
          const h = hostile.get(kind) ?? { n: 0, statuses: new Set(), maxMs: 0 };
          h.n++;
          h.statuses.add(res.status);
          h.maxMs = Math.max(h.maxMs, Math.round(ms));
          hostile.set(kind, h);
        }
      } catch {
        socketErrors++;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  clearInterval(sampler);
  clearInterval(reloader);
  samples.push({ s: (Date.now() - t0) / 1000, rss: rssMiB() });
  normal.sort((a, b) => a - b);
  const pct = (p) => Math.round(normal[Math.min(normal.length - 1, Math.floor(normal.length * p))] ?? 0);
  const at = (s) => samples.reduce((best, x) => (Math.abs(x.s - s) < Math.abs(best.s - s) ? x : best)).rss;
  const count = (pred) => [...codes].filter(([c]) => pred(c)).reduce((sum, [, k]) => sum + k, 0);
  return {
    label,
    requests: n,
    requestsPerSecond: Math.round(n / duration),
    normalP50ms: pct(0.5),
    normalP99ms: pct(0.99),
    status2xx: count((c) => c < 300),
    status4xx: count((c) => c >= 400 && c < 500),
    status5xx: count((c) => c >= 500),
    socketErrors,
    reloads,
    rssStartMiB: Math.round(at(0)),
    rssMiddleMiB: Math.round(at(duration / 2)),
    rssEndMiB: Math.round(at(duration)),
    rssMaxMiB: Math.round(samples.reduce((m, x) => Math.max(m, x.rss), -Infinity)),
    hostile: Object.fromEntries([...hostile].map(([k, v]) => [k, { n: v.n, statuses: [...v.statuses].sort(), maxMs: v.maxMs }])),
  };
}

const serverLog = [];
const { server, url } = await startServer(glossary, [], serverLog);
let exited = false;
server.once('exit', () => (exited = true));
// a warm-up, so compilation and the first checkers are not measured
await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: articles[0] }) });
const rows = [];
if (clean) rows.push(await run('clean', server, url, false));
rows.push(await run('soak', server, url, true));
const crashed = exited;
server.kill('SIGTERM');
const exitCode = crashed ? 'crashed' : await new Promise((r) => server.once('exit', r));

const soak = rows.at(-1);
const base = rows.find((r) => r.label === 'clean');
const hostileOk = Object.values(soak.hostile).every((h) => h.statuses.every((s) => (s >= 400 && s < 500) || s === 200));
const flat = soak.rssEndMiB <= soak.rssMiddleMiB * 1.15;
const p99Ratio = base ? soak.normalP99ms / Math.max(1, base.normalP99ms) : undefined;
const serverErrors = serverLog.filter((l) => l.includes('internal error')).length;
const ok = soak.status5xx === 0 && soak.socketErrors === 0 && !crashed && exitCode === 0 && serverErrors === 0 && flat && hostileOk && (p99Ratio === undefined || p99Ratio <= 2);
console.log(JSON.stringify({ glossary, durationS: duration, connections, adversarialShare, badShare, rows, p99Ratio, serverExit: exitCode, serverErrors }, null, 2));
console.log(
  `\n| run | requests | req/s | normal p50 / p99 ms | 4xx | 5xx | socket errors | reloads | RSS start / middle / end / max MiB |\n|---|---|---|---|---|---|---|---|---|\n` +
    rows
      .map((r) => `| ${r.label} | ${r.requests} | ${r.requestsPerSecond} | ${r.normalP50ms} / ${r.normalP99ms} | ${r.status4xx} | ${r.status5xx} | ${r.socketErrors} | ${r.reloads} | ${r.rssStartMiB} / ${r.rssMiddleMiB} / ${r.rssEndMiB} / ${r.rssMaxMiB} |`)
      .join('\n'),
);
if (p99Ratio !== undefined) console.log(`\nnormal p99, soak / clean: ${p99Ratio.toFixed(2)}x`);
console.log(ok ? '\nsoak: passed' : '\nsoak: FAILED');
process.exitCode = ok ? 0 : 1;
