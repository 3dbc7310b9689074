#!/usr/bin/env node
// translint benchmark driver: translint (exact-variant scan and all rules) against textlint + prh and
// grep -F, every run a whole process under /usr/bin/time -f %M and timeout -s KILL <cap>.
//
//   npm run bench                     # 100k, 1m, 10m x 1k, 10k, 50k (run the full matrix sparingly)
//   npm run bench -- --quick          # 100k and 1m only, 3 runs per tool
//   npm run bench -- --sizes 1m --glossaries 10k,50k --tools translint-exact,grep --runs 5
//
// Options: --quick, --sizes a,b, --glossaries a,b, --tools a,b, --runs N (measured runs after the warm-up,
// default 5, quick 3), --cap S (default 120), --no-cold (skip the cold-start cell), --regen (rebuild data),
// --out FILE (report file instead of bench/RESULTS.md, e.g. for partial runs).
// Writes bench/RESULTS.md and bench/out/results.json, and prints the report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, manifestPath, expectedManifest, TEXT_SIZES, GLOSSARY_SIZES } from './gen.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const rel = (p) => path.relative(root, p);
const dataDir = path.join(here, 'data');
const outDir = path.join(here, 'out');

// ---------- options ----------
const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : def; };
const flag = (name) => argv.includes(name);
const QUICK = flag('--quick');
const SIZES = (opt('--sizes', QUICK ? '100k,1m' : '100k,1m,10m')).split(',');
const GLOSSARIES = (opt('--glossaries', '1k,10k,50k')).split(',');
const RUNS = Number(opt('--runs', QUICK ? 3 : 5));
const CAP = Number(opt('--cap', 120));
const COLD = !flag('--no-cold');
const OUT_MD = path.resolve(opt('--out', path.join(here, 'RESULTS.md')));
const OUT_JSON = argv.includes('--out') ? OUT_MD.replace(/\.md$/, '') + '.json' : path.join(here, 'out', 'results.json');
for (const s of SIZES) if (!TEXT_SIZES[s] || s === '5k') throw new Error(`--sizes: unknown size ${s} (100k, 1m, 10m)`);
for (const g of GLOSSARIES) if (!GLOSSARY_SIZES[g]) throw new Error(`--glossaries: unknown size ${g} (1k, 10k, 50k)`);

const ALL_TOOLS = ['translint-exact', 'translint-all', 'textlint-prh', 'grep'];
const LABEL = {
  'translint-exact': 'translint exact-variant (--rules glossary/variant)',
  'translint-all': 'translint all rules',
  'textlint-prh': 'textlint + textlint-rule-prh',
  grep: 'grep -F -o -b',
};
const SHORT = { 'translint-exact': 'translint exact', 'translint-all': 'translint all', 'textlint-prh': 'textlint+prh', grep: 'grep -F' };
let TOOLS = opt('--tools', ALL_TOOLS.join(',')).split(',');
for (const t of TOOLS) if (!ALL_TOOLS.includes(t)) throw new Error(`--tools: unknown tool ${t} (${ALL_TOOLS.join(', ')})`);

// ---------- data ----------
function ensureData() {
  let ok = false;
  try {
    const m = JSON.parse(fs.readFileSync(manifestPath(), 'utf8'));
    const e = expectedManifest();
    ok = m.version === e.version && m.seed === e.seed &&
      Object.keys(TEXT_SIZES).every((s) => fs.existsSync(path.join(dataDir, `corpus-${s}.txt`)));
  } catch { ok = false; }
  if (!ok || flag('--regen')) { console.log('generating bench/data (gen.mjs, about 10 s) ...'); generate(); }
  return JSON.parse(fs.readFileSync(manifestPath(), 'utf8'));
}

const answersCache = new Map();
function answers(T) {
  if (!answersCache.has(T)) answersCache.set(T, JSON.parse(fs.readFileSync(path.join(dataDir, 'answers', `corpus-${T}.json`), 'utf8')));
  return answersCache.get(T);
}

// ---------- tools ----------
function command(tool, T, G) {
  const corpus = rel(path.join(dataDir, `corpus-${T}.txt`));
  const node = process.execPath;
  switch (tool) {
    case 'translint-exact':
      return [node, 'bin/translint.js', 'check', '--no-default-glossary', '--glossary', rel(path.join(dataDir, `glossary-${G}.json`)), '--rules', 'glossary/variant', '--format', 'json', corpus];
    case 'translint-all':
      return [node, 'bin/translint.js', 'check', '--no-default-glossary', '--glossary', rel(path.join(dataDir, `glossary-${G}.json`)), '--format', 'json', corpus];
    case 'textlint-prh':
      return [node, 'node_modules/textlint/bin/textlint.js', '--config', rel(path.join(outDir, `.textlintrc-${G}.json`)), '--format', 'json', corpus];
    case 'grep':
      return ['grep', '-F', '-o', '-b', '-f', rel(path.join(dataDir, `variants-${G}.txt`)), corpus];
  }
}
const OK_CODES = { 'translint-exact': [0, 1], 'translint-all': [0, 1], 'textlint-prh': [0, 1], grep: [0, 1] };

function writeTextlintConfigs() {
  fs.mkdirSync(outDir, { recursive: true });
  for (const G of Object.keys(GLOSSARY_SIZES)) {
    fs.writeFileSync(path.join(outDir, `.textlintrc-${G}.json`), JSON.stringify({ rules: { prh: { rulePaths: [path.join(dataDir, `prh-${G}.yml`)] } } }, null, 2) + '\n');
  }
}

function runOnce(tool, T, G) {
  const base = path.join(outDir, `${tool}-${T}-${G}`);
  const out = fs.openSync(base + '.out', 'w');
  const err = fs.openSync(base + '.err', 'w');
  const rssFile = base + '.rss';
  try { fs.unlinkSync(rssFile); } catch {}
  const cmd = command(tool, T, G);
  const args = ['-s', 'KILL', String(CAP), '/usr/bin/time', '-f', '%M', '-o', rssFile, ...cmd];
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const p = spawn('timeout', args, { cwd: root, stdio: ['ignore', out, err], env: { ...process.env, NO_COLOR: '1' } });
    p.on('close', (code, signal) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      fs.closeSync(out); fs.closeSync(err);
      let rssKiB = null;
      try {
        const lines = fs.readFileSync(rssFile, 'utf8').trim().split('\n');
        const v = parseInt(lines[lines.length - 1], 10);
        if (Number.isFinite(v)) rssKiB = v;
      } catch {}
      const timedOut = code === 137 || code === 124 || signal === 'SIGKILL' || wall >= CAP;
      let ok = !timedOut && OK_CODES[tool].includes(code);
      if (ok && tool !== 'grep') {
        // exit 1 is also how Node reports a crash: require JSON on stdout
        const head = Buffer.alloc(64);
        const fd = fs.openSync(base + '.out', 'r');
        const n = fs.readSync(fd, head, 0, 64, 0);
        fs.closeSync(fd);
        if (!/^\s*[[{]/.test(head.subarray(0, n).toString())) ok = false;
      }
      resolve({ wall, rssKiB, code, timedOut, ok, base });
    });
  });
}

// ---------- scoring ----------
function findingsOf(tool, base) {
  const text = fs.readFileSync(base + '.out', 'utf8');
  if (tool === 'grep') {
    const spans = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      const i = line.indexOf(':');
      const b = Number(line.slice(0, i));
      spans.push([b, b + Buffer.byteLength(line.slice(i + 1))]);
    }
    return { unit: 'byte', spans };
  }
  const j = JSON.parse(text);
  if (tool === 'textlint-prh') {
    const spans = (j[0]?.messages || []).map((m) => (m.fix?.range ? [m.fix.range[0], m.fix.range[1]] : m.range ? [m.range[0], m.range[1]] : [m.index, m.index + 1]));
    return { unit: 'utf16', spans };
  }
  const fs0 = j.files?.[0]?.findings || [];
  return { unit: 'utf16', spans: fs0.map((f) => [f.range.start.offset, f.range.end.offset]), rules: fs0.map((f) => f.ruleId) };
}

function score(tool, base, T, G) {
  const all = answers(T).filter((a) => a.rank < GLOSSARY_SIZES[G]);
  const { unit, spans, rules } = findingsOf(tool, base);
  const otherRules = {};
  const key = unit === 'byte' ? (a) => [a.byteOffset, a.byteOffset + a.byteLength] : (a) => [a.offset, a.offset + a.length];
  const ranges = all.map(key).sort((x, y) => x[0] - y[0]);
  const found = new Array(ranges.length).fill(false);
  let hits = 0;
  for (let fi = 0; fi < spans.length; fi++) {
    let [s, e] = spans[fi];
    if (e <= s) e = s + 1;
    // first range whose end > s
    let lo = 0, hi = ranges.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (ranges[mid][1] > s) hi = mid; else lo = mid + 1; }
    let hit = false;
    for (let k = lo; k < ranges.length && ranges[k][0] < e; k++) { found[k] = true; hit = true; }
    if (hit) hits++;
    else if (rules) otherRules[rules[fi]] = (otherRules[rules[fi]] || 0) + 1;
  }
  const nFound = found.filter(Boolean).length;
  return { expected: ranges.length, found: nFound, findings: spans.length, hits, recall: ranges.length ? nFound / ranges.length : null, precision: spans.length ? hits / spans.length : null, otherRules };
}

// ---------- stats ----------
const median = (a) => { const s = [...a].sort((x, y) => x - y); const n = s.length; return n ? (n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2) : null; };
function fmt(x, digits = 3) {
  if (x == null || !Number.isFinite(x)) return '-';
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1000) return x.toFixed(0);
  return Number(x.toPrecision(digits)).toString();
}

// ---------- scheduling ----------
const results = {}; // key `${T}/${G}` -> tool -> result
const cellKey = (T, G) => `${T}/${G}`;
const bytesOf = (T, manifest) => manifest.corpora[T].bytes;

function skipReason(tool, T, G, manifest) {
  // a tool that hit the cap at a cell skips every cell at least as large in both dimensions
  const tIdx = Object.keys(TEXT_SIZES), gIdx = Object.keys(GLOSSARY_SIZES);
  let predicted = 0;
  for (const [k, tools] of Object.entries(results)) {
    const r = tools[tool];
    if (!r) continue;
    const [T2, G2] = k.split('/');
    if (T2 === '5k') continue;
    const smallerOrEq = tIdx.indexOf(T2) <= tIdx.indexOf(T) && gIdx.indexOf(G2) <= gIdx.indexOf(G);
    if (r.status === 'timeout' && smallerOrEq) return { status: 'skip', note: `> ${CAP} s at ${k}` };
    if (r.status === 'ok' && smallerOrEq && r.median) {
      const f = Math.pow(bytesOf(T, manifest) / bytesOf(T2, manifest), 0.6) * Math.pow(GLOSSARY_SIZES[G] / GLOSSARY_SIZES[G2], 0.6);
      predicted = Math.max(predicted, r.median * f);
    }
  }
  if (predicted > 2 * CAP) return { status: 'skip', note: `> ${CAP} s predicted (~${predicted.toFixed(0)} s from smaller sizes)` };
  return null;
}

async function runCell(T, G, tools, manifest, runs = RUNS) {
  const key = cellKey(T, G);
  results[key] = results[key] || {};
  const state = [];
  for (const tool of tools) {
    const skip = skipReason(tool, T, G, manifest);
    if (skip) { results[key][tool] = { ...skip, runs: [] }; continue; }
    state.push({ tool, runs: [], planned: null, done: false, warm: null });
  }
  for (let round = 0; state.some((s) => !s.done); round++) {
    const order = state.map((_, i) => state[(i + round) % state.length]);
    for (const s of order) {
      if (s.done) continue;
      process.stdout.write(`  ${key} ${s.tool} ${round === 0 ? 'warm-up' : `run ${round}`} ... `);
      let r = await runOnce(s.tool, T, G);
      if (!r.ok && !r.timedOut && s.tool.startsWith('translint') && !(await translintUp())) {
        // the CLI is being rebuilt (dist/ missing for a moment): wait for it and retry once
        process.stdout.write(`exit ${r.code}, translint --version fails: waiting for it ... `);
        for (let i = 0; i < 24 && !(await translintUp()); i++) await new Promise((res) => setTimeout(res, 5000));
        r = await runOnce(s.tool, T, G);
      }
      process.stdout.write(`${r.timedOut ? `> ${CAP} s` : r.wall.toFixed(3) + ' s'}${r.ok || r.timedOut ? '' : ` failed (exit ${r.code}, see ${rel(r.base)}.err)`}${r.rssKiB ? `, ${(r.rssKiB / 1024).toFixed(0)} MiB` : ''}\n`);
      if (round === 0) {
        s.warm = r;
        if (r.timedOut || !r.ok) { s.done = true; continue; }
        s.planned = r.wall < 10 ? runs : r.wall < 60 ? Math.min(3, runs) : 0;
        if (s.planned === 0) { s.runs.push(r); s.done = true; }
        continue;
      }
      if (!r.ok) { s.warm = r; s.runs = []; s.done = true; continue; }
      s.runs.push(r);
      if (s.runs.length >= s.planned) s.done = true;
    }
  }
  for (const s of state) {
    let res;
    if (s.warm.timedOut) res = { status: 'timeout', note: `> ${CAP} s`, runs: [] };
    else if (!s.runs.length) {
      const errText = fs.readFileSync(s.warm.base + '.err', 'utf8').trim().split('\n').slice(-3).join(' | ');
      res = { status: 'error', note: `exit ${s.warm.code}: ${errText.slice(0, 300)}`, runs: [] };
    } else {
      const walls = s.runs.map((r) => r.wall);
      const rss = s.runs.map((r) => r.rssKiB).filter((x) => x != null);
      res = {
        status: 'ok', runs: walls, median: median(walls), min: walls.reduce((a, b) => Math.min(a, b)), max: walls.reduce((a, b) => Math.max(a, b)),
        rssKiB: rss.length ? median(rss) : null, warmup: s.warm.wall === walls[0] && s.runs.length === 1 ? 'only run' : s.warm.wall,
      };
      try { Object.assign(res, score(s.tool, s.runs[s.runs.length - 1].base, T, G)); }
      catch (e) { res.status = 'error'; res.note = `output not scored: ${String(e.message || e).slice(0, 200)}`; }
    }
    results[key][s.tool] = res;
  }
}

// ---------- report ----------
function machine() {
  const cpus = os.cpus();
  const ver = (cmd, args) => { try { return spawnSync(cmd, args, { encoding: 'utf8', cwd: root }).stdout.split('\n')[0].trim(); } catch { return '?'; } };
  const pkgVer = (p) => { try { return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', p, 'package.json'), 'utf8')).version; } catch { return '?'; } };
  return {
    cpu: cpus[0]?.model, cores: cpus.length, node: process.version, date: new Date().toISOString(), platform: `${os.type()} ${os.release()}`,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(0), grep: ver('grep', ['--version']), textlint: pkgVer('textlint'),
    textlintRulePrh: pkgVer('textlint-rule-prh'), prh: pkgVer('prh'), translint: translintVersion || 'not available',
  };
}

function cellCols() { const c = []; for (const T of SIZES) for (const G of GLOSSARIES) c.push([T, G]); return c; }
function table(title, toolsRows, cell) {
  const cols = cellCols();
  const lines = [`### ${title}`, '', `| tool | ${cols.map(([T, G]) => `${T}/${G}`).join(' | ')} |`, `|---|${cols.map(() => '---|').join('')}`];
  for (const tool of toolsRows) lines.push(`| ${SHORT[tool] || tool} | ${cols.map(([T, G]) => cell(tool, T, G, results[cellKey(T, G)]?.[tool])).join(' | ')} |`);
  return lines.join('\n') + '\n';
}
const notOk = (r) => (!r ? 'n/a' : r.status === 'timeout' ? `> ${CAP} s` : r.status === 'skip' ? (r.note.includes('predicted') ? `> ${CAP} s (est.)` : 'skip') : r.status === 'error' ? 'error' : null);

function ratio(a, b) { return a?.status === 'ok' && b?.status === 'ok' ? a.median / b.median : null; }
// lower bound when b timed out
function speedup(slow, fast) {
  if (fast?.status !== 'ok') return { v: null, s: '-' };
  if (slow?.status === 'ok') { const v = slow.median / fast.median; return { v, s: fmt(v) }; }
  if (slow?.status === 'timeout' || slow?.status === 'skip') { const v = CAP / fast.median; return { v, s: `> ${fmt(v)}`, lower: true }; }
  return { v: null, s: '-' };
}

function report(manifest, info, started) {
  const tools = TOOLS;
  const out = [];
  out.push('# translint benchmark results', '');
  out.push(`Generated by \`npm run bench${argv.length ? ' -- ' + argv.join(' ') : ''}\` (bench/run.mjs). Machine: ${info.cpu}, ${info.cores} cores, ${info.memGiB} GiB, ${info.platform}; Node ${info.node}; ${info.date}. Took ${((Date.now() - started) / 60000).toFixed(1)} min.`);
  out.push(`Versions: translint ${info.translint}; ${info.grep}; textlint ${info.textlint} + textlint-rule-prh ${info.textlintRulePrh} (prh ${info.prh}).`, '');
  out.push(`Every figure is a whole process (start-up, glossary load, check, output to a file), under \`/usr/bin/time -f %M\` and \`timeout -s KILL ${CAP}\`. Median of ${RUNS} runs after a warm-up (3 runs when the warm-up took 10-60 s, the warm-up alone above 60 s); tools interleaved, order rotated each round. Absolute times drift on shared machines: compare the ratios, which were measured in the same run. See bench/README.md.`, '');
  const g = manifest.glossaries, c = manifest.corpora;
  out.push(`Inputs: glossaries ${GLOSSARIES.map((G) => `${G} = ${g[G].entries} terms / ${g[G].variants} variants / ${g[G].prhRules} prh rules`).join('; ')}. Corpora ${SIZES.map((T) => `${T} = ${c[T].bytes} bytes, ${c[T].words} words, expected ${GLOSSARIES.map((G) => c[T].expected[G]).join('/')}`).join('; ')} (expected findings for ${GLOSSARIES.join('/')}).`, '');

  // targets first
  out.push('## Targets', '');
  out.push('| target | measured | result |', '|---|---|---|');
  const big = SIZES[SIZES.length - 1];
  const pf = (ok) => (ok == null ? 'n/a' : ok ? 'PASS' : 'FAIL');
  {
    const r = results[cellKey('1m', '10k')];
    if (r && SIZES.includes('1m') && GLOSSARIES.includes('10k')) {
      const s = speedup(r['textlint-prh'], r['translint-exact']);
      const s2 = speedup(r['textlint-prh'], r['translint-all']);
      out.push(`| >= 100x textlint+prh throughput, 1m/10k (exact-variant) | ${s.s}x (all rules: ${s2.s}x) | ${pf(s.v == null ? null : s.v >= 100)} |`);
    } else out.push('| >= 100x textlint+prh throughput, 1m/10k | not measured | n/a |');
  }
  for (const [tool, lim, name] of [['translint-exact', 3, 'exact-variant within 3x of grep -F'], ['translint-all', 10, 'all rules within 10x of grep -F']]) {
    const rs = GLOSSARIES.map((G) => [G, ratio(results[cellKey(big, G)]?.[tool], results[cellKey(big, G)]?.grep)]);
    const have = rs.filter(([, v]) => v != null);
    const worst = have.length ? have.reduce((m, [, v]) => Math.max(m, v), -Infinity) : null;
    out.push(`| ${name} (wall ratio at ${big}, worst glossary) | ${rs.map(([G, v]) => `${G}: ${fmt(v)}x`).join(', ')} | ${pf(worst == null ? null : worst <= lim)} |`);
  }
  for (const tool of ['translint-exact', 'translint-all']) {
    const a = results[cellKey(big, '1k')]?.[tool], b = results[cellKey(big, '50k')]?.[tool];
    const v = ratio(b, a);
    out.push(`| time at most 1.3x from 1k to 50k entries (${SHORT[tool]}, ${big}) | ${fmt(v)}x | ${pf(v == null ? null : v <= 1.3)} |`);
  }
  for (const tool of ['translint-all', 'translint-exact']) {
    const r = results[cellKey('5k', '50k')]?.[tool];
    const v = r?.status === 'ok' ? r.median * 1000 : null;
    out.push(`| cold start < 400 ms, 5 KB article, 50k glossary (${SHORT[tool]}) | ${v == null ? notOk(r) || '-' : fmt(v) + ' ms'} | ${pf(v == null ? null : v < 400)} |`);
  }
  for (const tool of ['translint-exact', 'translint-all']) {
    const r = results[cellKey('10m', '50k')]?.[tool];
    const v = r?.status === 'ok' && r.rssKiB ? (r.rssKiB * 1024) / 1e6 : null;
    out.push(`| peak RSS < 250 MB, 10m/50k (${SHORT[tool]}) | ${v == null ? (r ? notOk(r) || '-' : 'not measured') : fmt(v) + ' MB'} | ${pf(v == null ? null : v < 250)} |`);
  }
  for (const tool of ['translint-exact', 'translint-all']) {
    const rs = cellCols().map(([T, G]) => results[cellKey(T, G)]?.[tool]).filter((r) => r?.status === 'ok' && r.recall != null);
    const min = rs.length ? rs.reduce((m, r) => Math.min(m, r.recall), Infinity) : null;
    const f = rs.reduce((x, r) => x + r.found, 0), e = rs.reduce((x, r) => x + r.expected, 0);
    out.push(`| recall 100% (${SHORT[tool]}, all cells) | ${min == null ? '-' : `${f}/${e}, worst cell ${fmt(min, 4)}`} | ${pf(min == null ? null : min === 1)} |`);
  }
  out.push('');

  out.push('## Results (text size / glossary size)', '');
  out.push(table('Throughput, MB/s (corpus bytes / 10^6 / median wall)', tools, (tool, T, G, r) => notOk(r) ?? fmt(c[T].bytes / 1e6 / r.median)));
  out.push(table('Median wall time, s', tools, (tool, T, G, r) => notOk(r) ?? fmt(r.median)));
  out.push(table('Peak RSS, MiB (median)', tools, (tool, T, G, r) => notOk(r) ?? (r.rssKiB ? (r.rssKiB / 1024).toFixed(0) : '-')));
  out.push(table('Recall of injected variants (found/expected)', tools, (tool, T, G, r) => notOk(r) ?? (r.recall == null ? '-' : `${fmt(r.recall, 4)} (${r.found}/${r.expected})`)));
  out.push(table('Precision (findings on an injected variant / findings)', tools, (tool, T, G, r) => notOk(r) ?? (r.precision == null ? '-' : `${fmt(r.precision, 3)} (${r.hits}/${r.findings})`)));

  // ratios
  const pairs = [
    ['translint exact / grep -F (wall; lower is better)', (x) => ratio(x['translint-exact'], x.grep)],
    ['translint all / grep -F (wall)', (x) => ratio(x['translint-all'], x.grep)],
    ['textlint+prh / translint exact (speed-up)', (x) => speedup(x['textlint-prh'], x['translint-exact']).s],
    ['textlint+prh / translint all (speed-up)', (x) => speedup(x['textlint-prh'], x['translint-all']).s],
    ['translint all / translint exact (wall)', (x) => ratio(x['translint-all'], x['translint-exact'])],
  ];
  {
    const cols = cellCols();
    out.push('### Ratios measured in this run (median wall time of A / median wall time of B)', '');
    out.push(`| ratio | ${cols.map(([T, G]) => `${T}/${G}`).join(' | ')} |`, `|---|${cols.map(() => '---|').join('')}`);
    for (const [name, f] of pairs) out.push(`| ${name} | ${cols.map(([T, G]) => { const v = f(results[cellKey(T, G)] || {}); return typeof v === 'string' ? v : fmt(v); }).join(' | ')} |`);
    out.push('');
  }
  // growth
  {
    out.push('### Growth of median wall time with the glossary (same text)', '');
    out.push(`| tool | ${SIZES.map((T) => `1k→10k @${T} | 10k→50k @${T} | 1k→50k @${T}`).join(' | ')} |`, `|---|${SIZES.map(() => '---|---|---|').join('')}`);
    for (const tool of tools) {
      const cells = SIZES.flatMap((T) => [['1k', '10k'], ['10k', '50k'], ['1k', '50k']].map(([a, b]) => fmt(ratio(results[cellKey(T, b)]?.[tool], results[cellKey(T, a)]?.[tool]), 2)));
      out.push(`| ${SHORT[tool]} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  // cold start
  if (results[cellKey('5k', '50k')]) {
    out.push(`### Cold start: one ${c['5k'].bytes}-byte article, 50k glossary (new process each run, warm file cache)`, '');
    out.push('| tool | median wall, ms | min-max, ms | peak RSS, MiB | recall |', '|---|---|---|---|---|');
    for (const tool of tools) {
      const r = results[cellKey('5k', '50k')][tool];
      if (!r) continue;
      const bad = notOk(r);
      out.push(`| ${SHORT[tool]} | ${bad ?? fmt(r.median * 1000)} | ${bad ? '-' : `${fmt(r.min * 1000)}-${fmt(r.max * 1000)}`} | ${bad ? '-' : r.rssKiB ? (r.rssKiB / 1024).toFixed(0) : '-'} | ${bad ? '-' : `${r.found}/${r.expected}`} |`);
    }
    out.push('');
  }
  // findings off the injected spans, by rule (translint)
  {
    const rows = [];
    for (const [k, rs] of Object.entries(results)) for (const tool of tools) {
      const o = rs[tool]?.otherRules;
      if (o && Object.keys(o).length) rows.push(`| ${k} | ${SHORT[tool]} | ${Object.entries(o).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r}: ${n}`).join(', ')} |`);
    }
    if (rows.length) {
      out.push('### translint findings not on an injected variant, by rule', '', '| cell | tool | rule: findings |', '|---|---|---|');
      for (const r of rows) out.push(r);
      out.push('');
    }
  }
  // details
  out.push('### Runs (seconds: median [min-max], n measured runs)', '');
  out.push('| cell | tool | median [min-max] | n | note |', '|---|---|---|---|---|');
  for (const [k, rs] of Object.entries(results)) {
    for (const tool of tools) {
      const r = rs[tool];
      if (!r) continue;
      out.push(`| ${k} | ${SHORT[tool]} | ${r.status === 'ok' ? `${fmt(r.median)} [${fmt(r.min)}-${fmt(r.max)}]` : '-'} | ${r.runs.length} | ${(r.note || (r.warmup === 'only run' ? 'warm-up only (over 60 s)' : '')).replace(/\|/g, '\\|')} |`);
    }
  }
  out.push('');
  if (!translintVersion) out.push('**translint was not measured**: `node bin/translint.js --version` failed (CLI not built yet? `npm run build`).', '');
  return out.join('\n');
}

// ---------- main ----------
async function translintUp() {
  return spawnSync(process.execPath, ['bin/translint.js', '--version'], { cwd: root, encoding: 'utf8' }).status === 0;
}
let translintVersion = null;
async function main() {
  const started = Date.now();
  const manifest = ensureData();
  writeTextlintConfigs();
  const v = spawnSync(process.execPath, ['bin/translint.js', '--version'], { cwd: root, encoding: 'utf8' });
  if (v.status === 0) translintVersion = v.stdout.trim();
  else {
    console.log(`translint CLI not available (node bin/translint.js --version: exit ${v.status}); measuring the peers only`);
    TOOLS = TOOLS.filter((t) => !t.startsWith('translint'));
  }
  const info = machine();
  console.log(`machine: ${info.cpu}, ${info.cores} cores, Node ${info.node}; tools: ${TOOLS.join(', ')}; sizes ${SIZES.join(',')}; glossaries ${GLOSSARIES.join(',')}; ${RUNS} runs`);
  if (COLD) { console.log('cold start 5k/50k'); await runCell('5k', '50k', TOOLS, manifest); }
  for (const T of SIZES) for (const G of GLOSSARIES) { console.log(`cell ${T}/${G}`); await runCell(T, G, TOOLS, manifest); }
  const md = report(manifest, info, started);
  fs.writeFileSync(OUT_MD, md);
  fs.writeFileSync(OUT_JSON, JSON.stringify({ info, argv, manifest, results }, null, 2));
  console.log('\n' + md);
  console.log(`wrote ${rel(OUT_MD)} and ${rel(OUT_JSON)}`);
  // a 5 KB story with its original (--source) against the story alone, in one process (bench/source.mjs)
  if (translintVersion) console.log(spawnSync(process.execPath, [path.join(here, 'source.mjs')], { cwd: root, encoding: 'utf8' }).stdout);
}
main().catch((e) => { console.error(e); process.exit(1); });
