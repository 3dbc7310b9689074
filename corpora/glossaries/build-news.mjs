#!/usr/bin/env node
// Builds corpora/glossaries/news.yaml, translint's bundled default news glossary.
//
//   node corpora/glossaries/build-news.mjs
//
// Sources:
//   1. the npm package `world-countries` (ODbL-1.0, github.com/mledoze/countries):
//      country common names (+ German/French/Spanish names as variants), official
//      names, capitals and English demonyms;
//   2. the hand-curated YAML files in ./src/*.yaml.
// Curated entries win over generated ones with the same term (variants are merged).
// Validation: no variant may equal any term or another entry's variant, and no
// variant may be a common English word (see BLOCKED_VARIANTS). Offending variants
// are dropped and reported. Uses only `yaml` and `world-countries`; no network.

import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import countries from 'world-countries';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'news.yaml');
const SRC = join(here, 'src');

// Territories (not independent) that are common in news; all independent states are included.
const TERRITORIES = new Set(['XK', 'TW', 'PS', 'HK', 'MO', 'PR', 'GL', 'EH', 'GU', 'BM', 'KY', 'VG', 'VI',
  'FK', 'GI', 'NC', 'PF', 'AW', 'CW', 'RE', 'GP', 'MQ', 'GF', 'YT', 'FO', 'IM', 'AS', 'AQ']);

// Foreign names that must not become variants: English words, names of people,
// accepted English forms, or words that appear inside proper names in English news.
const BLOCKED_VARIANTS = new Set([
  'island', 'chili', 'salvador', 'congo', 'kongo', 'argentine', 'italia', 'suisse', 'españa', 'deutschland',
  'brasil', 'maroc', 'francia', "côte d'ivoire", 'swaziland', 'bermudes', 'bermudas', 'malte', 'chypre',
  'dominique', 'grenade', 'suède', 'polonia', 'rumania', 'luxemburg', 'moldavia', 'viêt nam', 'cabo verde',
  'guyane', 'macao', 'guernsey', 'jersey', 'hong kong', 'grecia', 'georgia', 'jordan', 'turkey', 'polish',
  'danish', 'swiss', 'finnish', 'indian', 'peking', 'odessa', 'wien', 'vienne', 'praga', 'lisboa', 'atenas',
  'alger', 'damas', 'riad', 'nato', 'unicef', 'zelenskyy', 'zelenskiy', 'zelensky', 'erdoğan', 'hifter',
  'guadalupe', 'mauricio', 'islandia', 'surinam', 'st. lucia', 'hongkong', 'palestina',
]);
// Official names that are outdated or disputed in the package data.
const SKIP_OFFICIAL = new Set(['AF']);
// Capitals: only these non-independent places get a capital entry.
const TERRITORY_CAPITALS = new Set(['TW', 'PS', 'XK', 'GL', 'PR']);
// Notes for capitals whose status is disputed (news style: do not call them capitals).
const CAPITAL_NOTE = {
  Jerusalem: 'Seat of the Israeli government; its status as capital is disputed (check house style).',
  Ramallah: 'Administrative seat of the Palestinian Authority.',
};

// Demonyms skipped: common English words or very short (false flags, near misses).
const SKIP_DEMONYMS = new Set(['Polish', 'Danish', 'Swiss', 'Finnish', 'Thai', 'Manx', 'Lao', 'Vatican',
  'Djibouti', 'Gibraltar', 'Channel Islander', 'American Islander', 'French', 'Indian']);
// Package forms replaced by the forms English newsrooms use.
const DEMONYM_FIX = { Kirghiz: 'Kyrgyz', Tadzhik: 'Tajik', Maldivan: 'Maldivian', 'Cape Verdian': 'Cape Verdean',
  Ecuadorean: 'Ecuadorian' };
const CAPITAL_FIX = { 'Washington D.C.': 'Washington, D.C.', 'City of San Marino': 'San Marino' };
const SKIP_CAPITALS = new Set(['Malé', 'The Valley', 'The Bottom', 'City of Victoria', 'Victoria', 'Plymouth']);

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const log = (...a) => console.log(...a);

// ---------------------------------------------------------------- generated
function generate() {
  const entries = [];
  const byCountryVariant = new Map(); // folded variant -> set of cca2 (to drop ambiguous ones)
  const selected = countries.filter((c) => c.independent || TERRITORIES.has(c.cca2));

  for (const c of selected) {
    for (const lang of ['deu', 'fra', 'spa']) {
      const v = c.translations?.[lang]?.common;
      if (!v) continue;
      const k = fold(v);
      if (!byCountryVariant.has(k)) byCountryVariant.set(k, new Set());
      byCountryVariant.get(k).add(c.cca2);
    }
  }

  for (const c of selected) {
    const term = c.name.common;
    const variants = [];
    for (const lang of ['deu', 'fra', 'spa']) {
      const v = c.translations?.[lang]?.common;
      if (!v || v.length < 4 || /[()]/.test(v)) continue;
      if (fold(v) === fold(term)) continue; // same name, or differs only in diacritics
      if (BLOCKED_VARIANTS.has(v.toLowerCase())) continue;
      if (byCountryVariant.get(fold(v)).size > 1) continue; // ambiguous between countries
      if (!variants.includes(v)) variants.push(v);
    }
    const e = { term, category: 'place' };
    if (variants.length) {
      e.variants = variants;
      e.note = `German/French/Spanish name of ${term} left untranslated.`;
    }
    entries.push(e);

    const official = c.name.official;
    if (c.independent && official && official !== term && !/[,()]/.test(official) && !SKIP_OFFICIAL.has(c.cca2)) {
      entries.push({ term: official, category: 'place', note: `Official name of ${term}.` });
    }

    for (let cap of (c.independent || TERRITORY_CAPITALS.has(c.cca2)) ? c.capital ?? [] : []) {
      cap = CAPITAL_FIX[cap] ?? cap;
      if (SKIP_CAPITALS.has(cap) || cap.length < 4 || cap === term) continue;
      entries.push({ term: cap, category: 'place', note: CAPITAL_NOTE[cap] ?? `Capital of ${term}.` });
    }

    const dem = c.demonyms?.eng;
    if (dem && (c.independent || ['XK', 'TW', 'PS', 'HK', 'PR', 'GL', 'EH'].includes(c.cca2))) {
      const names = new Set();
      for (const g of [dem.m, dem.f]) for (const part of (g ?? '').split(/, | or /)) if (part) names.add(part.trim());
      for (let d of names) {
        d = DEMONYM_FIX[d] ?? d;
        if (SKIP_DEMONYMS.has(d) || d.length < 5 || d === term) continue;
        entries.push({ term: d, category: 'term', note: `Demonym: ${term}.` });
      }
    }
  }
  return entries;
}

// ---------------------------------------------------------------- curated
function loadCurated() {
  const out = [];
  for (const f of readdirSync(SRC).filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const doc = YAML.parse(readFileSync(join(SRC, f), 'utf8')) ?? [];
    const list = Array.isArray(doc) ? doc : doc.entries;
    for (const e of list) {
      if (!e || typeof e.term !== 'string' || !e.term.trim()) throw new Error(`${f}: entry without term: ${JSON.stringify(e)}`);
      if (!e.category) throw new Error(`${f}: ${e.term}: missing category`);
      out.push({ ...e, _src: f });
    }
  }
  return out;
}

// ---------------------------------------------------------------- merge
const CATEGORIES = new Set(['person', 'organisation', 'title', 'place', 'term']);
const FIELD_ORDER = ['term', 'category', 'variants', 'caseSensitive', 'fix', 'context', 'titles', 'validFrom',
  'validUntil', 'note', 'example', 'severity'];

function merge(generated, curated) {
  const byTerm = new Map();
  let collisions = 0;
  const add = (e, origin) => {
    const prev = byTerm.get(e.term);
    if (!prev) { byTerm.set(e.term, { ...e, _origin: origin }); return; }
    collisions++;
    const variants = [...new Set([...(prev.variants ?? []), ...(e.variants ?? [])])];
    let merged;
    if (origin === 'curated' && prev._origin === 'generated') {
      merged = { ...prev, ...e, _origin: 'curated' }; // curated fields win
      log(`collision: "${e.term}" generated (${prev.category}) + curated ${e._src} (${e.category}) -> curated fields, variants merged`);
    } else {
      merged = { ...e, ...prev }; // first one wins (generated: country before capital/demonym)
      if (prev.note && e.note && prev.note !== e.note && origin === 'generated') merged.note = `${prev.note} ${e.note}`;
      log(`collision: "${e.term}" ${prev._origin}/${prev.category} + ${origin}/${e.category} -> kept ${prev.category}`);
    }
    if (variants.length) merged.variants = variants; else delete merged.variants;
    byTerm.set(e.term, merged);
  };
  for (const e of generated) add(e, 'generated');
  for (const e of curated) add(e, 'curated');
  return { entries: [...byTerm.values()], collisions };
}

// ---------------------------------------------------------------- validate
function validate(entries) {
  const problems = [];
  const terms = new Map(entries.map((e) => [e.term.toLowerCase(), e.term]));
  const seen = new Map(); // variant key -> term
  for (const e of entries) {
    if (!CATEGORIES.has(e.category)) throw new Error(`${e.term}: bad category ${e.category}`);
    if (!e.variants) continue;
    const keep = [];
    for (const v of e.variants) {
      const isRegex = /^\/.*\/i?$/.test(v);
      if (isRegex) new RegExp(v.slice(1, v.lastIndexOf('/')), v.endsWith('/i') ? 'i' : ''); // throws if invalid
      const key = isRegex ? v : (e.caseSensitive ? v : v.toLowerCase());
      const termHit = isRegex ? undefined : (e.caseSensitive ? entries.find((x) => x.term === v)?.term : terms.get(v.toLowerCase()));
      if (termHit) { problems.push(`drop variant "${v}" of "${e.term}": equals term "${termHit}"`); continue; }
      if (!isRegex && BLOCKED_VARIANTS.has(v.toLowerCase())) { problems.push(`drop variant "${v}" of "${e.term}": blocked (English word or accepted form)`); continue; }
      const lk = isRegex ? v : v.toLowerCase();
      if (seen.has(lk) && seen.get(lk) !== e.term) {
        problems.push(`drop variant "${v}" of "${e.term}": already a variant of "${seen.get(lk)}"`);
        continue;
      }
      if (seen.has(lk)) continue; // duplicate within entry
      seen.set(lk, e.term);
      // the matcher also reads a variant's plural ("Athen" + "s"): where that spells a term, the
      // variant is written as a whole-word pattern, which is matched as it stands
      const plural = !isRegex && [`${v}s`, `${v}es`].find((p) => terms.has(p.toLowerCase()));
      if (plural) {
        problems.push(`variant "${v}" of "${e.term}" as a whole word: "${plural}" is a term`);
        keep.push(`/\\b${v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b/${e.caseSensitive ? '' : 'i'}`);
        continue;
      }
      keep.push(v);
      void key;
    }
    if (keep.length) e.variants = keep; else delete e.variants;
  }
  return problems;
}

// ---------------------------------------------------------------- main
const generated = generate();
const curated = loadCurated();
const { entries, collisions } = merge(generated, curated);
const problems = validate(entries);
for (const p of problems) log(p);

const clean = entries.map((e) => {
  const o = {};
  for (const k of FIELD_ORDER) if (e[k] !== undefined && e[k] !== null) o[k] = e[k];
  if (o.caseSensitive === false) delete o.caseSensitive;
  if (o.fix === 'auto') delete o.fix;
  return o;
});
const order = { person: 0, title: 1, organisation: 2, place: 3, term: 4 };
clean.sort((a, b) => order[a.category] - order[b.category] || a.term.localeCompare(b.term, 'en'));

const doc = new YAML.Document({
  name: 'news',
  description: 'Default news glossary for machine-translated English news: countries, capitals and demonyms, '
    + 'office holders (2025-2026), organisations, titles and common mistranslations.',
  entries: clean,
});
doc.commentBefore = [
  ' GENERATED FILE - do not edit by hand. Rebuild with: node corpora/glossaries/build-news.mjs',
  ` Generated from the npm package world-countries ${readPkgVersion()} (ODbL-1.0, github.com/mledoze/countries)`,
  ' (country names, official names, capitals, demonyms, German/French/Spanish country names as variants)',
  ' and the hand-curated files in corpora/glossaries/src/*.yaml (persons checked as of 2026-11-27).',
].join('\n');
writeFileSync(OUT, doc.toString({ lineWidth: 0 }));

const counts = {};
for (const e of clean) counts[e.category] = (counts[e.category] ?? 0) + 1;
log(`generated ${generated.length}, curated ${curated.length}, collisions ${collisions}, dropped variants ${problems.length}`);
log(`wrote ${clean.length} entries to ${OUT}`);
log(`by category: ${JSON.stringify(counts)}`);
log(`entries with variants: ${clean.filter((e) => e.variants).length}, variants: ${clean.reduce((n, e) => n + (e.variants?.length ?? 0), 0)}`);

function readPkgVersion() {
  try {
    const p = fileURLToPath(import.meta.resolve('world-countries/package.json'));
    return JSON.parse(readFileSync(p, 'utf8')).version;
  } catch {
    return '(version unknown)';
  }
}
