/**
 * Access to the third-party real data in ../shared/data (never copied into the repo):
 * the WMT23 into-English test sets (source, human references, MT outputs, line-aligned)
 * and the WMT21 TED zh-en MQM dev set. Everything here reads from DATA_DIR and callers
 * skip when `hasRealData()` is false.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REAL_DIR = dirname(fileURLToPath(import.meta.url));
/** The repository root (tests/quality/real/../../..). */
export const ROOT = resolve(REAL_DIR, '..', '..', '..');
/** `../shared/data` next to the repository (worktrees and main sit side by side), or $TRANSLINT_DATA. */
export const DATA_DIR = process.env.TRANSLINT_DATA ?? resolve(ROOT, '..', 'shared', 'data');
export const WMT_DIR = join(DATA_DIR, 'wmt23-into-english');
export const MQM_FILE = join(DATA_DIR, 'wmt-mqm-dev', 'docs.jsonl');

export const PAIRS = ['de-en', 'he-en', 'ja-en', 'ru-en', 'uk-en'] as const;
export type Pair = (typeof PAIRS)[number];

export function hasWmt(): boolean {
  return existsSync(join(WMT_DIR, 'de-en'));
}
export function hasMqm(): boolean {
  return existsSync(MQM_FILE);
}

const prefix = (pair: string) => join(WMT_DIR, pair, `generaltest2023.${pair}.`);

/** Lines of a file, without the final empty line. */
function readLines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The system names of a pair (from the `.hyp.<SYSTEM>.en` files), sorted. */
export function systemsOf(pair: string): string[] {
  return readdirSync(join(WMT_DIR, pair))
    .map((f) => /\.hyp\.(.+)\.en$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/** The path of one system output (`refA`, `refB` for references), or of the source (`src`). */
export function pathOf(pair: string, which: string): string {
  const lang = pair.split('-')[0]!;
  if (which === 'src') return `${prefix(pair)}src.${lang}`;
  return which.startsWith('ref') ? `${prefix(pair)}ref.${which}.en` : `${prefix(pair)}hyp.${which}.en`;
}

export const fileText = (pair: string, which: string) => readFileSync(pathOf(pair, which), 'utf8');
export const fileLines = (pair: string, which: string) => readLines(pathOf(pair, which));

export function referencesOf(pair: string): string[] {
  return existsSync(`${prefix(pair)}ref.refB.en`) ? ['refA', 'refB'] : ['refA'];
}

/** UTF-16 offset where each line of `text` starts (line i, 0-based). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** A span of one system's output line and the reference's form of the name there. */
export interface OutputSpan {
  pair: string;
  /** 1-based line */
  line: number;
  system: string;
  /** UTF-16 offset of the span in the output line */
  offset: number;
  span: string;
  correct: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Words (with inner apostrophes, hyphens, dots) and single punctuation marks, with offsets. */
export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

export const isWord = (t: string) => /^[\p{L}\p{N}]/u.test(t);
export const isCapitalised = (t: string) => /^\p{Lu}/u.test(t);

/** A token starts a sentence when nothing or sentence punctuation / an opening mark precedes it. */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!.text;
    if (/^[.!?:;…]$/.test(t)) return true;
    if (/^["“”„«»'‘’()[\]【】「」—–\-*•]$/u.test(t)) continue;
    return false;
  }
  return true;
}

export interface MqmError {
  start: number;
  end: number;
  text: string;
  category: string;
  severity: string;
  seg: number;
  name_like: boolean;
}
export interface MqmDoc {
  id: string;
  doc: string;
  system: string;
  text: string;
  segment_starts: number[];
  /** The Chinese original, one string per segment. */
  source_segments: string[];
  reference_segments: string[] | null;
  errors: MqmError[];
}

export function mqmDocs(): MqmDoc[] {
  return readLines(MQM_FILE).map((l) => JSON.parse(l) as MqmDoc);
}
