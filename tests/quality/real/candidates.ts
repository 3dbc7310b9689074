/**
 * Candidate garbled names in the WMT23 into-English MT outputs, for checking by hand.
 *
 *   node --import tsx tests/quality/real/candidates.ts [--pair de-en] [--context] > /tmp/candidates.tsv
 *   node --import tsx tests/quality/real/candidates.ts --context --sample 40 --seed 3 > /tmp/to-check.tsv
 *     (a sample for checking by hand: per pair, round-robin over the systems, only candidates that
 *      are rare among the systems while most write the reference name, none already in the silver set)
 *
 * For each segment (line): the name spans of the reference (refA) are found (see names.ts);
 * each system output of the line is aligned to the reference word by word (diffArrays, an
 * LCS); where a reference name span is not copied word for word, the capitalised run of the
 * output aligned to it is a candidate ("align"). Independently, any capitalised run of the
 * output that is not in the reference line but is close in spelling (Dice >= 0.5) to a
 * reference name or one of its words is a candidate ("close"). Each candidate records how
 * many other systems write the same span (`nVar`) and how many write the reference name
 * (`nRef`) in that line, and whether the source line holds the name as written (`src`, for
 * Latin-script sources). Output is TSV on stdout; it holds third-party text, so keep it out
 * of the repository (only the hand-checked silver-names.tsv is committed).
 */
import { diffArrays } from 'diff';
import { fileLines, hasWmt, PAIRS, systemsOf, tokenize, type OutputSpan, type Token } from './data.ts';
import { addStats, guessKind, nameSpans, newStats, similarity, type CaseStats, type Span } from './names.ts';
import { loadSilver } from './silver.ts';

export interface Candidate extends OutputSpan {
  via: 'align' | 'close';
  sim: number;
  nVar: number;
  nRef: number;
  nSys: number;
  src: string;
  kind: string;
}

interface Block {
  r0: number;
  r1: number;
  o0: number;
  o1: number;
}

/** Maps each reference token to its equal output token (or -1) and collects the changed blocks. */
function align(ref: readonly Token[], out: readonly Token[]): { equal: Int32Array; blocks: Block[] } {
  const equal = new Int32Array(ref.length).fill(-1);
  const blocks: Block[] = [];
  const changes = diffArrays(
    ref.map((t) => t.text),
    out.map((t) => t.text),
  );
  let ri = 0;
  let oi = 0;
  let open: Block | null = null;
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (!c.added && !c.removed) {
      if (open) blocks.push(open), (open = null);
      for (let k = 0; k < n; k++) equal[ri + k] = oi + k;
      ri += n;
      oi += n;
      continue;
    }
    open ??= { r0: ri, r1: ri, o0: oi, o1: oi };
    if (c.removed) ri += n, (open.r1 = ri);
    else oi += n, (open.o1 = oi);
  }
  if (open) blocks.push(open);
  return { equal, blocks };
}

const containsWord = (line: string, s: string) => {
  let i = line.indexOf(s);
  while (i !== -1) {
    const before = i === 0 ? ' ' : line[i - 1]!;
    const after = i + s.length >= line.length ? ' ' : line[i + s.length]!;
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    i = line.indexOf(s, i + 1);
  }
  return false;
};

/** The output span aligned to reference name `name`, if the output does not copy it. */
function alignedSpan(name: Span, outLine: string, out: readonly Token[], equal: Int32Array, blocks: Block[], stats: CaseStats): Span | null {
  let lo = Infinity;
  let hi = -Infinity;
  let changed = false;
  for (let i = name.a; i < name.b; i++) {
    if (equal[i]! >= 0) (lo = Math.min(lo, equal[i]!)), (hi = Math.max(hi, equal[i]! + 1));
    else changed = true;
  }
  for (const bl of blocks) {
    // a changed block counts when it replaces name tokens, or inserts words between two of them
    const inside = bl.r0 === bl.r1 ? bl.r0 > name.a && bl.r0 < name.b : bl.r0 < name.b && bl.r1 > name.a;
    if (!inside) continue;
    changed = true;
    lo = Math.min(lo, bl.o0);
    hi = Math.max(hi, bl.o1);
  }
  if (!changed || !Number.isFinite(lo) || hi <= lo) return null;
  const runs = nameSpans(outLine, out, stats, true, lo, hi);
  if (runs.length === 0) return null;
  let best = runs[0]!;
  for (const r of runs) if (similarity(r.text, name.text) > similarity(best.text, name.text)) best = r;
  if (hi - lo > name.b - name.a + 6 && similarity(best.text, name.text) < 0.3) return null;
  return best.text === name.text ? null : best;
}

/** The span without a possessive ending. */
const bare = (s: string) => s.replace(/['’]s?$/u, '');
/** Case, possessive, hyphens and apostrophes do not make a different name. */
const fold = (s: string) => bare(s).toLowerCase().replace(/[\s'’\-]+/gu, '');

export function extractPair(pair: string): Candidate[] {
  const systems = systemsOf(pair);
  const ref = fileLines(pair, 'refA');
  const src = fileLines(pair, 'src');
  const outs = new Map(systems.map((s) => [s, fileLines(pair, s)]));
  const stats = newStats();
  for (const l of ref) addStats(stats, l);
  for (const lines of outs.values()) for (const l of lines) addStats(stats, l);
  const latinSource = pair.startsWith('de');
  const found: Candidate[] = [];
  for (let li = 0; li < ref.length; li++) {
    const refLine = ref[li]!;
    const refTokens = tokenize(refLine);
    const names = nameSpans(refLine, refTokens, stats);
    if (names.length === 0) continue;
    const lineOuts = systems.map((s) => outs.get(s)![li] ?? '');
    for (let si = 0; si < systems.length; si++) {
      const outLine = lineOuts[si]!;
      const out = tokenize(outLine);
      const seen = new Set<number>();
      const add = (whole: Span, name: Span, via: Candidate['via']) => {
        const span = { ...whole, text: bare(whole.text) };
        if (seen.has(span.start) || containsWord(refLine, span.text)) return;
        if (fold(span.text) === fold(name.text)) return;
        seen.add(span.start);
        const others = lineOuts.filter((_, k) => k !== si);
        found.push({
          pair,
          line: li + 1,
          system: systems[si]!,
          offset: span.start,
          span: span.text,
          correct: bare(name.text),
          via,
          sim: Math.round(similarity(span.text, name.text) * 100) / 100,
          nVar: others.filter((o) => containsWord(o, span.text)).length,
          nRef: others.filter((o) => containsWord(o, name.text)).length,
          nSys: systems.length,
          src: latinSource ? (containsWord(src[li] ?? '', name.text) ? 'ref-in-src' : containsWord(src[li] ?? '', span.text) ? 'span-in-src' : '-') : '-',
          kind: guessKind(span.text, name.text),
        });
      };
      const { equal, blocks } = align(refTokens, out);
      for (const name of names) {
        const span = alignedSpan(name, outLine, out, equal, blocks, stats);
        if (span) add(span, name, 'align');
      }
      for (const run of nameSpans(outLine, out, stats, true)) {
        let best: Span | null = null;
        let score = 0;
        for (const name of names) {
          const s = Math.max(similarity(run.text, name.text), ...name.text.split(/\s+/).map((w) => (w.length >= 4 ? similarity(run.text, w) : 0)));
          if (s > score) (score = s), (best = name);
        }
        if (best && score >= 0.5 && score < 1) add(run, best, 'close');
      }
    }
  }
  return found;
}

/** Rare variant where most other systems write the reference name, spelling not unrelated. */
export const worthChecking = (c: Candidate) => c.nVar <= 1 && c.nRef >= (c.nSys - 1) / 2 && c.sim >= 0.3 && c.kind !== 'added-word';

/**
 * Up to `n` candidates of one pair for checking by hand: seeded shuffle, then round-robin over the
 * systems, one candidate per (line, reference name), skipping keys in `done` (`line\tsystem`).
 */
export function sample(cands: readonly Candidate[], n: number, seed: number, done: ReadonlySet<string> = new Set()): Candidate[] {
  let state = seed >>> 0 || 1;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const bySystem = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (!worthChecking(c) || done.has(`${c.line}\t${c.system}`)) continue;
    const list = bySystem.get(c.system) ?? [];
    list.push(c);
    bySystem.set(c.system, list);
  }
  for (const list of bySystem.values()) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  }
  const picked: Candidate[] = [];
  const seen = new Set<string>();
  const systems = [...bySystem.keys()].sort();
  while (picked.length < n && systems.some((sys) => bySystem.get(sys)!.length > 0)) {
    for (const sys of systems) {
      const list = bySystem.get(sys)!;
      while (list.length > 0 && picked.length < n) {
        const c = list.pop()!;
        if (seen.has(`${c.line}\t${c.correct}`)) continue;
        seen.add(`${c.line}\t${c.correct}`);
        picked.push(c);
        break;
      }
    }
  }
  return picked;
}

export const CANDIDATE_COLUMNS = ['pair', 'line', 'system', 'offset', 'span', 'correct', 'via', 'sim', 'nVar', 'nRef', 'nSys', 'src', 'kind'] as const;

function main(): void {
  if (!hasWmt()) {
    console.error('candidates: ../shared/data/wmt23-into-english not found; nothing to do');
    return;
  }
  const argv = process.argv.slice(2);
  const only = argv.includes('--pair') ? argv[argv.indexOf('--pair') + 1] : undefined;
  const context = argv.includes('--context');
  const value = (flag: string) => (argv.includes(flag) ? Number(argv[argv.indexOf(flag) + 1]) : undefined);
  const perPair = value('--sample');
  const seed = value('--seed') ?? 1;
  const checked = loadSilver();
  const header: string[] = [...CANDIDATE_COLUMNS];
  if (context) header.push('ref', 'out');
  console.log(header.join('\t'));
  for (const pair of PAIRS) {
    if (only && pair !== only) continue;
    const refLines = context ? fileLines(pair, 'refA') : [];
    const outCache = new Map<string, string[]>();
    const all = extractPair(pair);
    const done = new Set(checked.filter((i) => i.pair === pair).map((i) => `${i.line}\t${i.system}`));
    for (const c of perPair === undefined ? all : sample(all, perPair, seed, done)) {
      const row: string[] = CANDIDATE_COLUMNS.map((k) => String(c[k]));
      if (context) {
        const out = outCache.get(c.system) ?? fileLines(pair, c.system);
        outCache.set(c.system, out);
        const clip = (s: string, at: number) => s.slice(Math.max(0, at - 70), at + 90).replace(/\t/g, ' ');
        const r = refLines[c.line - 1]!;
        const at = r.indexOf(c.correct);
        row.push(clip(r, at), clip(out[c.line - 1]!, c.offset));
      }
      console.log(row.join('\t'));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
