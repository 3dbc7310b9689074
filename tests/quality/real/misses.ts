/**
 * Why each garbled silver name the checker misses is missed: `node --import tsx tests/quality/real/misses.ts`
 * (about 15 s; `--all` lists every item, not only the dev half). Each missed item of silver-names.tsv is
 * run through the name matcher (src/names/match.ts) on its 10-line document with the dev glossary, and put
 * in the first class that fits, for its correct name (the glossary term that is `correct`, or one sharing a
 * word of three letters or more with it):
 * - `no candidate`: the name index does not propose the term for any word of the span;
 * - `same`: the span aligns with the term only as a spelling a romanisation allows (a doubled letter, y/i,
 *   kh/h ...): no finding and no rejection, though the matcher finds or rejects it when told the source
 *   language is written in Latin script (`strict`);
 * - `align gives nothing`: a candidate, but no alignment (no word pair alike, or none that differs);
 * - `rejected: <reason>`: judged and rejected (judge.ts, the reason given to onReject); `low confidence`
 *   is below the floor (floor.ts).
 * Prints one line per item and the counts per class, for the dev and held-out halves. A `no candidate` item
 * also says which wider key would have reached its name (`reach`, below) and whether the glossary name
 * occurs in its document (`in doc`, the evidence a wider search would need): the counts per key follow.
 * Every item also says whether its document writes the right name, or a word of it, elsewhere (evidenceIn),
 * with the counts per half: what a looser match resting on the name elsewhere in the text could reach at most.
 */
import { CompiledGlossary } from '../../../src/glossary/compile.ts';
import { loadGlossaryFile } from '../../../src/glossary/load.ts';
import { createDocument } from '../../../src/document/document.ts';
import { tokenize } from '../../../src/document/tokens.ts';
import { findNameMisses } from '../../../src/names/match.ts';
import { NameIndex } from '../../../src/names/name-index.ts';
import { nameWords } from '../../../src/names/words.ts';
import { fileLines, hasWmt, lineStarts } from './data.ts';
import { BLOCK_LINES, DEV_GLOSSARY, loadSilver, runSilver } from './silver.ts';
import { createChecker } from '../../../src/index.ts';
import { editDistance } from '../../../src/lang/edit-distance.ts';
import { foldName } from '../../../src/names/fold.ts';

type Half = 'dev' | 'held-out';

function main(): void {
  if (!hasWmt()) {
    console.log('misses: ../shared/data/wmt23-into-english is absent, nothing to do');
    return;
  }
  const all = process.argv.includes('--all');
  const checker = createChecker({ defaultGlossary: false, glossaries: [DEV_GLOSSARY] });
  const missed = runSilver(checker, checker.glossaries[0]!.name, loadSilver()).missed;
  const glossary = new CompiledGlossary(loadGlossaryFile(DEV_GLOSSARY).entries);
  const index = new NameIndex(glossary);
  const counts: Record<Half, Map<string, number>> = { dev: new Map(), 'held-out': new Map() };
  const keys: Record<Half, Map<string, number>> = { dev: new Map(), 'held-out': new Map() };
  const evidence: Record<Half, Map<string, number>> = { dev: new Map(), 'held-out': new Map() };
  for (const it of missed) {
    const half: Half = Math.floor((it.line - 1) / BLOCK_LINES) % 2 === 0 ? 'dev' : 'held-out';
    const first = Math.floor((it.line - 1) / BLOCK_LINES) * BLOCK_LINES;
    const text = fileLines(it.pair, it.system).slice(first, first + BLOCK_LINES).join('\n');
    const start = lineStarts(text)[it.line - first - 1]! + it.offset;
    const end = start + it.span.length;
    const correctWords = new Set(it.correct.split(/[\s-]+/).filter((w) => w.length >= 3));
    const isCorrect = (term: string) => term === it.correct || term.split(/[\s-]+/).some((w) => correctWords.has(w));
    const doc = createDocument(text);
    const tokens = tokenize(text, doc.segments);
    const input = { text, tokens, glossary, matches: glossary.match(text, tokens, doc.segments) };
    const over = (a: number, z: number) => a < end && z > start;
    const run = (strict: boolean) => {
      const rejected: string[] = [];
      const found = findNameMisses(input, index, { strict, onReject: (a, z, term, reason) => void (over(a, z) && isCorrect(term) && rejected.push(reason)) });
      return { found: found.some((m) => over(m.start, m.end) && isCorrect(m.entry.term)), rejected };
    };
    const loose = run(false);
    let why: string;
    let detail = '';
    if (loose.rejected.length > 0) {
      why = `rejected: ${(loose.rejected[0] as string).replace(/^low confidence .*/, 'low confidence')}`;
      detail = loose.rejected.join('; ');
    } else {
      const strict = run(true);
      if (strict.found || strict.rejected.length > 0) {
        why = 'same';
        detail = strict.found ? 'found when strict' : `strict: ${strict.rejected.join('; ')}`;
      } else {
        const terms = new Set<string>();
        for (const w of nameWords(text, tokens)) if (w.start < end && w.stop > start) for (const id of index.candidates(w)) terms.add(index.term(id)?.term ?? '');
        why = [...terms].some(isCorrect) ? 'align gives nothing' : 'no candidate';
        if (why === 'no candidate') {
          const inDoc = it.correct.split(/[\s-]+/).some((w) => w.length >= 3 && text.slice(0, start).concat(text.slice(end)).includes(w));
          const key = `${reach(it.span, it.correct)}${inDoc ? ', in doc' : ''}`;
          detail = key;
          keys[half].set(key, (keys[half].get(key) ?? 0) + 1);
        }
      }
    }
    const seen = evidenceIn(text.slice(0, start) + '\n' + text.slice(end), it.correct);
    counts[half].set(why, (counts[half].get(why) ?? 0) + 1);
    if (seen) evidence[half].set(seen.split(':')[0] as string, (evidence[half].get(seen.split(':')[0] as string) ?? 0) + 1);
    if (all || half === 'dev') console.log(`${half}\t${why}\t${it.pair}:${it.line} ${it.system}\t"${it.span}" => "${it.correct}" [${it.kind}]\t${detail}${seen ? `\t${seen}` : ''}`);
  }
  for (const half of ['dev', 'held-out'] as const) {
    const rows = [...counts[half]].sort((a, b) => b[1] - a[1]);
    console.log(`\n${half}: ${rows.reduce((s, r) => s + r[1], 0)} missed`);
    for (const [why, n] of rows) console.log(`  ${String(n).padStart(3)}  ${why}`);
    console.log(`  no candidate, by the key that would reach the name:`);
    for (const [key, n] of [...keys[half]].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(3)}  ${key}`);
    console.log(`  with the right name elsewhere in the document (the evidence a looser match would need):`);
    for (const [key, n] of [...evidence[half]].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(3)}  ${key}`);
  }
}

/**
 * Whether the document, the missed span left out, writes the right name as a whole word (`name in doc`), or
 * else a word of it of four letters or more (`word in doc: Osaka`); undefined when neither.
 */
function evidenceIn(rest: string, correct: string): string | undefined {
  const has = (s: string) => new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(rest);
  if (has(correct)) return 'name in doc';
  const words = correct.split(/[\s-]+/).filter((w) => w.length >= 4 && has(w));
  return words.length > 0 ? `word in doc: ${words.join(', ')}` : undefined;
}

/**
 * The first wider key under which a word of the span meets a word of the correct name (folded, 3+ letters):
 * `merged/split` (the letters without spaces and hyphens one edit apart, the word counts differ),
 * `edits <= len/3`, `first letters` (the same from the second or third letter on, 4+ letters),
 * `same start 4+`, `consonant skeleton`, `letter bag` (the same letters in another order), else `none`.
 */
function reach(span: string, correct: string): string {
  const words = (s: string) => s.split(/[\s-]+/).map(foldName).filter((w) => w.length >= 3);
  const a = words(span);
  const b = words(correct);
  if (a.length !== b.length && editDistance(a.join(''), b.join(''), 2) <= 1) return 'merged/split';
  const pairs = a.flatMap((x) => b.map((y) => [x, y] as const));
  const tests: [string, (x: string, y: string) => boolean][] = [
    ['edits <= len/3', (x, y) => editDistance(x, y, 9) <= Math.floor(Math.max(x.length, y.length) / 3)],
    ['first letters', (x, y) => [1, 2].some((k) => (x.length - k >= 4 && x.slice(k) === y.slice(-(x.length - k))) || (y.length - k >= 4 && y.slice(k) === x.slice(-(y.length - k))))],
    ['same start 4+', (x, y) => x.slice(0, 4) === y.slice(0, 4)],
    ['consonant skeleton', (x, y) => x.replace(/[aeiouy]/g, '') === y.replace(/[aeiouy]/g, '')],
    ['letter bag', (x, y) => [...x].sort().join('') === [...y].sort().join('')],
  ];
  for (const [name, test] of tests) if (pairs.some(([x, y]) => test(x, y))) return name;
  return 'none';
}

main();
