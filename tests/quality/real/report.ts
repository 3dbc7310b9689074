/** Prints the real-data part of `npm run quality` (see real.ts for what is measured). */
import type { QualityReport } from '../score.ts';
import { num, pct, table } from './format.ts';
import type { RealReport } from './real.ts';
import { BLOCK_LINES } from './silver.ts';

const show = (s: string) => JSON.stringify(s);
const frac = (a: number, b: number) => `${a}/${b}`;
/** Which half of the silver documents a line is in (see silver.ts). */
const halfOf = (line: number) => (Math.floor((line - 1) / BLOCK_LINES) % 2 === 0 ? 'dev' : 'held-out');

export interface PrintOptions {
  summary: boolean;
  maxList: number;
}

/** The headline figures of both tables side by side (own passages = upper bound). */
export function printHeadline(own: QualityReport | null, real: RealReport): void {
  const s = real.silver;
  const r = real.references;
  const o = own?.overall;
  const rows: string[][] = [
    ['name recall', own ? pct(own.categories.name.recall) : '—', s ? `${pct(s.recall)} (${frac(s.hit, s.garbled)})` : '—'],
    ['name precision', o ? pct(o.precision) : '—', s ? `${pct(s.precision)} (${frac(s.right, s.right + s.false)})` : '—'],
    ['first suggestion right', o ? pct(o.suggestionAccuracy) : '—', s ? `${pct(s.suggestionAccuracy)} (${frac(s.suggestionRight, s.suggestionChecked)})` : '—'],
    ['flags per 1,000 words of human text', o ? num(o.falseFlagsPer1000) : '—', r ? `${num(r.per1000)} (${r.flags} in ${r.words} words; ${num(r.falsePer1000)} false)` : '—'],
  ];
  const ss = real.silverSource;
  if (ss) rows.push(['name recall with the originals (--source)', '—', `${pct(ss.recall)} (${frac(ss.hit, ss.garbled)}; precision ${pct(ss.precision)}, ${frac(ss.right, ss.right + ss.false)})`]);
  const d = real.defaultNames;
  if (d) rows.push(['bundled glossary on MT: near-miss suggesting the reference\'s name', '—', `${pct(d.findings ? d.inReference / d.findings : null)} (${frac(d.inReference, d.findings)})`]);
  const b = real.brown;
  if (b) rows.push(['flags per 1,000 words, whole Brown corpus (quotes aside)', '—', `${num(b.per1000)} (${b.flags} in ${b.words} words)`]);
  const bn = real.brownNames;
  if (bn) rows.push(['name flags per 1,000 words, Brown with a 10,000-name glossary', '—', `${num(bn.per1000)} (${bn.flags} in ${bn.words} words)`]);
  const dc = real.docs;
  if (dc) rows.push(['flags per 1,000 words, READMEs of npm packages', '—', `${num(dc.per1000)} (${dc.flags} in ${dc.words} words; ${dc.falseFlags} false)`]);
  if (real.mqm) rows.push(['MQM zh-en: name errors found', '—', `${pct(real.mqm.recall)} (${frac(real.mqm.nameHit, real.mqm.nameSpans)})`]);
  console.log('\nHeadline: own passages (written while the rules were built: an upper bound) vs real data (text nobody here wrote)\n');
  console.log(table(['measure', 'own passages', 'real data'], rows));
  console.log(
    '\nown passages: precision and first suggestion over all rules, flags on Brown press prose.' +
      '\nreal data: name findings on the WMT23 silver set; the bundled glossary on all WMT23 MT outputs; flags on the WMT23 human references; MQM on WMT21 TED zh-en; all 500 Brown samples (with the default configuration, and with the name rules and 10,000 generated names).',
  );
}

export function printReal(real: RealReport, opts: PrintOptions): void {
  const { silver: s, references: r, mqm: m } = real;
  console.log('\ntranslint quality on real data (../shared/data: WMT23 into English, WMT21 TED zh-en MQM)\n');
  if (!s && !r && !m && !real.brown) {
    console.log('(no real data found in ../shared/data: skipped)');
    return;
  }
  if (s) {
    console.log(
      `Names: silver set of hand-checked candidates (${s.garbled} garbled), dev glossary, no bundled glossary; ` +
        `unit: ${s.unit} (${s.documents} documents, ${s.words} words)\n`,
    );
    const rows = Object.entries(s.byPair).map(([pair, p]) => [
      pair, String(p.garbled), String(p.hit), pct(p.garbled ? p.hit / p.garbled : null), String(p.right), String(p.false),
      pct(p.right + p.false ? p.right / (p.right + p.false) : null),
    ]);
    rows.push(['**all**', String(s.garbled), String(s.hit), pct(s.recall), String(s.right), String(s.false), pct(s.precision)]);
    console.log(table(['pair', 'garbled', 'found', 'recall', 'right', 'false', 'precision'], rows));
    console.log(
      `\nfirst suggestion right: ${pct(s.suggestionAccuracy)} (${frac(s.suggestionRight, s.suggestionChecked)}); ` +
        `name findings: ${s.findings} (${s.unjudged} unjudged: not on a silver item, not in the reference line); ` +
        `garbled items under a finding of any rule: ${frac(s.hitAnyRule, s.garbled)}`,
    );
    const half = (name: 'dev' | 'held-out') => {
      const t = s.byHalf[name];
      return `${name} ${pct(t.garbled ? t.hit / t.garbled : null)} recall (${frac(t.hit, t.garbled)}), ${pct(t.right + t.false ? t.right / (t.right + t.false) : null)} precision (${frac(t.right, t.right + t.false)})`;
    };
    console.log(`halves (even / odd 10-line blocks; tune on dev, the held-out half shows whether it generalises): ${half('dev')}; ${half('held-out')}`);
    const by = (k: string, j: string) => s.nameFindings.filter((f) => f.by === k && f.judged === j).length;
    console.log(
      `judged by: silver items ${by('silver', 'right')} right / ${by('silver', 'false')} false; ` +
        `judged forms (variants.tsv) ${by('variant', 'right')} / ${by('variant', 'false')}; as in the reference line ${by('reference', 'false')} false`,
    );
    const kinds = Object.entries(s.byKind).sort((a, b) => b[1].garbled - a[1].garbled);
    console.log('recall by kind: ' + kinds.map(([k, v]) => `${k} ${frac(v.hit, v.garbled)}`).join(', '));
  }
  const d = real.defaultNames;
  if (d) {
    console.log(
      `\nBundled glossary on the MT outputs (all WMT23 systems, ${d.documents} documents of 10 lines, default configuration): ` +
        `glossary/near-miss ${d.findings} findings, ${frac(d.inReference, d.findings)} (${pct(d.findings ? d.inReference / d.findings : null)}) suggest a name the reference line writes (an upper bound of precision)`,
    );
  }
  if (r) {
    console.log(`\nFlags on human references (${r.files.join(', ')}; ${r.words} words; default configuration; each file checked whole)\n`);
    const rows = Object.entries(r.byRule)
      .sort((a, b) => b[1] - a[1])
      .map(([rule, n]) => [rule, String(n), num((n / r.words) * 1000)]);
    rows.push(['**all**', String(r.flags), num(r.per1000)]);
    console.log(table(['rule', 'flags', 'per 1k words'], rows));
    console.log(`\n${r.real} of the flags mark real errors in the references (reference-errors.tsv): false flags ${r.falseFlags}, ${num(r.falsePer1000)} per 1,000 words`);
  }
  if (m) {
    console.log(`\nMQM dev (WMT21 TED zh-en: ${m.documents} documents, ${m.words} words; default configuration)\n`);
    console.log(
      table(
        ['measure', 'value', 'count'],
        [
          ['recall of name-like Mistranslation/Terminology/Name-format spans', pct(m.recall), frac(m.nameHit, m.nameSpans)],
          ['precision against all marked spans', pct(m.precision), frac(m.right, m.findings)],
          ...(real.mqmSource
            ? [
                ['with the Chinese originals (--source): recall of those spans by source/ findings', pct(real.mqmSource.recall), frac(real.mqmSource.nameHit, real.mqmSource.nameSpans)],
                ['with the Chinese originals: source/ findings on a marked span', pct(real.mqmSource.precision), frac(real.mqmSource.right, real.mqmSource.findings)],
              ]
            : []),
        ],
      ),
    );
    const t = m.reference;
    if (t) {
      const rules = Object.entries(t.byRule).sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ');
      console.log(`\nThe talks' human translations (${t.talks} talks, ${t.words} words, each checked whole, default configuration): ${t.flags} flags, ${num((t.flags / t.words) * 1000)} per 1,000 words${rules ? ` (${rules})` : ''}`);
    }
  }
  const b = real.brown;
  if (b) {
    console.log(`\nFlags on the whole Brown corpus (${b.files} samples of 1961 American English, ${b.words} words, human text in many registers; default configuration; each sample checked whole; artefact/quotes left out: ${b.quotes}, see brown.ts)\n`);
    const rows = Object.entries(b.byRule)
      .sort((x, y) => y[1] - x[1])
      .map(([rule, n]) => [rule, String(n), num((n / b.words) * 1000)]);
    rows.push(['**all**', String(b.flags), num(b.per1000)]);
    console.log(table(['rule', 'flags', 'per 1k words'], rows));
    console.log('\n(Brown keeps its writers\' typos and dialect spellings: spelling/non-word flags there are often right.)');
  }
  const bn = real.brownNames;
  if (bn) {
    const rules = Object.entries(bn.byRule).map(([rule, n]) => `${rule} ${n}`).join(', ');
    console.log(`\nName rules on the whole Brown corpus with a glossary of 10,000 generated names (bench/data/glossary-10k.json, made by npm run bench; no other glossary): ${bn.flags} flags, ${num(bn.per1000)} per 1,000 words (${rules || 'none'}). Brown names no glossary name, so nearly every flag is false (a few mark Brown's own typos: "Brelin").`);
  }
  const dc = real.docs;
  if (dc) {
    console.log(`\nFlags on human-written docs (README.md of ${dc.files} installed npm packages, docs-packages.txt; ${dc.words} words; default configuration; each file checked whole as Markdown)\n`);
    const rows = Object.entries(dc.byRule)
      .sort((x, y) => y[1] - x[1])
      .map(([rule, n]) => [rule, String(n), num((n / dc.words) * 1000)]);
    rows.push(['**all**', String(dc.flags), num(dc.per1000)]);
    console.log(table(['rule', 'flags', 'per 1k words'], rows));
    console.log(
      `\nJudged by hand (docs-verdicts.tsv): ${dc.errors} real errors, ${dc.falseFlags} false flags (${num((dc.falseFlags / dc.words) * 1000)} per 1,000 words), ${dc.unjudged} unjudged; ` +
        `errors judged in the file found again: ${frac(dc.knownErrorsFlagged, dc.knownErrors)}`,
    );
  }
  const sec = real.seconds;
  console.log(`\ntime: silver ${num(sec.silver, 1)} s, silver with originals ${num(sec.silverSource, 1)} s, bundled glossary on MT ${num(sec.defaultNames, 1)} s, references ${num(sec.references, 1)} s, MQM ${num(sec.mqm, 1)} s, Brown ${num(sec.brown, 1)} s, Brown with 10,000 names ${num(sec.brownNames, 1)} s, docs ${num(sec.docs, 1)} s, total ${num(sec.total, 1)} s`);
  if (opts.summary) return;
  const limit = <T>(list: T[]) => list.slice(0, opts.maxList);
  const more = (list: unknown[]) => (list.length > opts.maxList ? `  … ${list.length - opts.maxList} more\n` : '');
  if (s) {
    console.log(`\nMissed garbled names (${s.missed.length})`);
    for (const it of limit(s.missed)) console.log(`  ${it.pair}:${it.line} ${it.system} ${show(it.span)} => ${show(it.correct)} [${it.kind}] (${halfOf(it.line)})`);
    process.stdout.write(more(s.missed));
    const wrong = s.nameFindings.filter((f) => f.judged === 'false');
    console.log(`\nFalse name findings (${wrong.length})`);
    for (const f of limit(wrong)) {
      const why = f.item ? `silver ${f.item.verdict}` : f.by === 'variant' ? 'judged variant' : 'as in the reference';
      console.log(`  ${f.pair}:${f.line} ${f.system} [${f.ruleId}] ${show(f.text)}${f.suggestion ? ` => ${show(f.suggestion)}` : ''} (${why}; ${halfOf(f.line)})`);
    }
    process.stdout.write(more(wrong));
    const unjudged = s.nameFindings.filter((f) => f.judged === 'unjudged');
    console.log(`\nUnjudged name findings (${unjudged.length}; judge them in variants.tsv)`);
    for (const f of limit(unjudged)) console.log(`  ${f.pair}:${f.line} ${f.system} [${f.ruleId}] ${show(f.text)}${f.suggestion ? ` => ${show(f.suggestion)}` : ''}`);
    process.stdout.write(more(unjudged));
    console.log(`\nWrong or missing first suggestions (${s.wrongSuggestions.length})`);
    for (const w of limit(s.wrongSuggestions)) {
      console.log(`  ${w.item.pair}:${w.item.line} ${w.item.system} ${show(w.item.span)}: expected ${show(w.item.correct)}, got ${w.got === null ? 'none' : show(w.got)}`);
    }
    process.stdout.write(more(s.wrongSuggestions));
  }
  if (d) {
    console.log(`\nBundled glossary on MT: near-miss findings whose suggestion the reference line does not write (${d.findings - d.inReference})`);
    for (const [k, n] of limit(d.notInReference)) console.log(`  ${n} ${k}`);
    process.stdout.write(more(d.notInReference));
  }
  if (r) {
    console.log(`\nFlags on the references (${r.examples.length})`);
    for (const e of limit(r.examples)) console.log(`  ${e.file}:${e.line} [${e.ruleId}] ${show(e.text)}${e.real ? ' (real error)' : ''}  …${e.context}…`);
    process.stdout.write(more(r.examples));
  }
  if (m?.reference && m.reference.examples.length > 0) {
    console.log(`\nFlags on the TED talks' human translations (${m.reference.examples.length})`);
    for (const e of limit(m.reference.examples)) console.log(`  ${e.file}:${e.line} [${e.ruleId}] ${show(e.text)}  …${e.context}…`);
    process.stdout.write(more(m.reference.examples));
  }
  if (b) {
    const other = b.examples.filter((e) => e.ruleId !== 'spelling/non-word');
    console.log(`\nFlags on Brown, spelling/non-word aside (${other.length})`);
    for (const e of limit(other)) console.log(`  ${e.file} [${e.ruleId}] ${show(e.text)}${e.suggestion ? ` => ${show(e.suggestion)}` : ''}  …${e.context}…`);
    process.stdout.write(more(other));
  }
  if (dc) {
    const shown = dc.examples.filter((e) => e.verdict !== 'error');
    console.log(`\nFlags on the READMEs not judged errors (${shown.length})`);
    for (const e of limit(shown)) console.log(`  ${e.pkg}:${e.line} [${e.ruleId}] ${show(e.text)} (${e.verdict})`);
    process.stdout.write(more(shown));
  }
  if (bn) {
    console.log(`\nName flags on Brown with 10,000 generated names (${bn.examples.length})`);
    for (const e of limit(bn.examples)) console.log(`  ${e.file} [${e.ruleId}] ${show(e.text)}${e.suggestion ? ` => ${show(e.suggestion)}` : ''}  …${e.context}…`);
    process.stdout.write(more(bn.examples));
  }
}
