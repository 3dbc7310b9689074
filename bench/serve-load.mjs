// Load test of `translint serve` (not part of npm test): starts the real server as its own process
// (one core: Node runs the checks on one thread), sends 5 KB articles with autocannon and reports
// requests per second and latency percentiles.
//
//   npm run build && node bench/serve-load.mjs [--glossary 50k|10k|1k|news] [--duration 10]
//                                              [--connections 8] [--items 1] [--fix]
//
// --items N sends N articles per request ({"items": [...]}); articles/s = requests/s x N.
import autocannon from 'autocannon';
import { articles as loadArticles, startServer } from './serve-common.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? dflt : process.argv[i + 1];
};
const glossary = arg('glossary', '50k');
const duration = Number(arg('duration', '10'));
const connections = Number(arg('connections', '8'));
const items = Number(arg('items', '1'));
const fix = process.argv.includes('--fix');

const articles = loadArticles();
const serverLog = [];
const { server, url } = await startServer(glossary, ['--max-body', String(8 * 1024 * 1024)], serverLog);

let next = 0;
const body = () => {
  if (items === 1) return JSON.stringify({ text: articles[next++ % articles.length], fix, diff: fix });
  return JSON.stringify({ items: Array.from({ length: items }, (_, i) => ({ id: i, text: articles[next++ % articles.length] })), fix, diff: fix });
};
// a warm-up, so compilation and the first glossary checkers are not measured
await autocannon({ url: `${url}/v1/check`, duration: 2, connections, method: 'POST', headers: { 'content-type': 'application/json' }, body: body() });
const result = await autocannon({
  url: `${url}/v1/check`,
  duration,
  connections,
  requests: [{ method: 'POST', headers: { 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: body() }) }],
});
server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));

const rps = result.requests.average;
const row = {
  glossary,
  articleBytes: 5120,
  itemsPerRequest: items,
  fix,
  connections,
  durationS: duration,
  requests: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
  requestsPerSecond: Math.round(rps),
  articlesPerSecond: Math.round(rps * items),
  latencyP50ms: result.latency.p50,
  latencyP99ms: result.latency.p99,
};
console.log(JSON.stringify(row, null, 2));
console.log(`\n| glossary | items/request | connections | requests/s | articles/s | p50 ms | p99 ms |\n|---|---|---|---|---|---|---|\n| ${glossary} | ${items} | ${connections} | ${row.requestsPerSecond} | ${row.articlesPerSecond} | ${row.latencyP50ms} | ${row.latencyP99ms} |`);
