/**
 * Loads the quality corpus (annotated passages + clean prose) and runs a checker over it.
 * Shared by run.ts (`npm run quality`) and quality.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import {
  countWords,
  parseAnnotated,
  scoreCorpus,
  type CleanRun,
  type FindingLike,
  type ParsedPassage,
  type PassageRun,
  type QualityReport,
} from './score.ts';

export const QUALITY_DIR = dirname(fileURLToPath(import.meta.url));
export const SOURCE_LANGS = ['de', 'fr', 'es'] as const;
export type SourceLang = (typeof SOURCE_LANGS)[number];

export interface PassageMeta {
  file: string;
  sourceLang: SourceLang;
  uncatchable: string[];
  note?: string;
}

export interface LoadedPassage {
  meta: PassageMeta;
  parsed: ParsedPassage;
}

export interface LoadedClean {
  file: string;
  text: string;
  words: number;
}

export interface Corpus {
  passages: LoadedPassage[];
  clean: LoadedClean[];
}

function isSourceLang(s: unknown): s is SourceLang {
  return typeof s === 'string' && (SOURCE_LANGS as readonly string[]).includes(s);
}

/** Parse and validate passages/index.yaml. */
export function readIndex(dir = QUALITY_DIR): PassageMeta[] {
  const raw: unknown = parseYaml(readFileSync(join(dir, 'passages', 'index.yaml'), 'utf8'));
  const list = (raw as { passages?: unknown } | null)?.passages;
  if (!Array.isArray(list)) throw new Error('passages/index.yaml: expected a top-level "passages" list');
  const metas: PassageMeta[] = [];
  for (const entry of list as unknown[]) {
    const e = entry as Record<string, unknown>;
    if (typeof e.file !== 'string') throw new Error('passages/index.yaml: entry without "file"');
    if (!isSourceLang(e.sourceLang)) {
      throw new Error(`passages/index.yaml: ${e.file}: sourceLang must be one of ${SOURCE_LANGS.join(', ')}`);
    }
    const unc = e.uncatchable ?? [];
    if (!Array.isArray(unc) || unc.some((u) => typeof u !== 'string')) {
      throw new Error(`passages/index.yaml: ${e.file}: uncatchable must be a list of strings`);
    }
    metas.push({
      file: e.file,
      sourceLang: e.sourceLang,
      uncatchable: unc as string[],
      ...(typeof e.note === 'string' ? { note: e.note } : {}),
    });
  }
  return metas;
}

export function loadCorpus(dir = QUALITY_DIR): Corpus {
  const metas = readIndex(dir);
  const onDisk = readdirSync(join(dir, 'passages')).filter((f) => f.endsWith('.txt')).sort();
  const listed = new Set(metas.map((m) => m.file));
  const unlisted = onDisk.filter((f) => !listed.has(f));
  if (unlisted.length) throw new Error(`passages not listed in index.yaml: ${unlisted.join(', ')}`);
  const passages = metas.map((meta) => ({
    meta,
    parsed: parseAnnotated(readFileSync(join(dir, 'passages', meta.file), 'utf8'), meta.file, meta.uncatchable),
  }));
  const clean = readdirSync(join(dir, 'clean'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, 'clean', file), 'utf8');
      return { file, text, words: countWords(text) };
    });
  return { passages, clean };
}

/** The subset of the translint API the quality runner uses. */
export interface CheckerOptionsLike {
  sourceLang?: SourceLang;
  minConfidence?: number;
  rules?: string[];
}
export type CheckResultLike = { findings: readonly FindingLike[] };
export type CheckerFactory = (options: CheckerOptionsLike) => {
  check(text: string): CheckResultLike | Promise<CheckResultLike>;
};

export interface RunOptions {
  minConfidence?: number;
  rules?: string[];
  /** source languages the clean prose is checked under (default: de, fr, es; FF/1k averages over them) */
  cleanLangs?: readonly SourceLang[];
}

export interface CorpusRun {
  corpus: Corpus;
  passageRuns: Array<PassageRun & { sourceLang: SourceLang }>;
  cleanRuns: Array<CleanRun & { sourceLang: SourceLang }>;
  report: QualityReport;
}

export async function runCorpus(createChecker: CheckerFactory, options: RunOptions = {}, corpus = loadCorpus()): Promise<CorpusRun> {
  const checkers = new Map<SourceLang, ReturnType<CheckerFactory>>();
  const checkerFor = (lang: SourceLang) => {
    let c = checkers.get(lang);
    if (!c) {
      c = createChecker({
        sourceLang: lang,
        ...(options.minConfidence !== undefined ? { minConfidence: options.minConfidence } : {}),
        ...(options.rules ? { rules: options.rules } : {}),
      });
      checkers.set(lang, c);
    }
    return c;
  };
  const passageRuns: CorpusRun['passageRuns'] = [];
  for (const p of corpus.passages) {
    const { findings } = await checkerFor(p.meta.sourceLang).check(p.parsed.text);
    passageRuns.push({ passage: p.parsed, findings, sourceLang: p.meta.sourceLang });
  }
  const cleanRuns: CorpusRun['cleanRuns'] = [];
  for (const lang of options.cleanLangs ?? SOURCE_LANGS) {
    for (const c of corpus.clean) {
      const { findings } = await checkerFor(lang).check(c.text);
      cleanRuns.push({ file: `clean/${c.file} [${lang}]`, text: c.text, words: c.words, findings, sourceLang: lang });
    }
  }
  return { corpus, passageRuns, cleanRuns, report: scoreCorpus(passageRuns, cleanRuns) };
}
