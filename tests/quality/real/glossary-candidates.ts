/**
 * Proposes entries for the dev glossary: the names in the WMT23 human references.
 *
 *   node --import tsx tests/quality/real/glossary-candidates.ts [--min 2] > /tmp/names.tsv
 *
 * Prints, per pair, every name span of the references (see names.ts) that has two or more words
 * or occurs at least `--min` times, with its count and the silver-set names it covers. The list is
 * a starting point: dev-glossary.yaml is curated from it by hand (correct forms only).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileLines, hasWmt, PAIRS, REAL_DIR, referencesOf, systemsOf, tokenize } from './data.ts';
import { addStats, nameSpans, newStats } from './names.ts';

function main(): void {
  if (!hasWmt()) {
    console.error('glossary-candidates: ../shared/data/wmt23-into-english not found');
    return;
  }
  const argv = process.argv.slice(2);
  const min = argv.includes('--min') ? Number(argv[argv.indexOf('--min') + 1]) : 2;
  const silver = readFileSync(join(REAL_DIR, 'silver-names.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  console.log(['pair', 'count', 'words', 'name', 'silver'].join('\t'));
  for (const pair of PAIRS) {
    const stats = newStats();
    const refs = referencesOf(pair).map((r) => fileLines(pair, r));
    for (const lines of refs) for (const l of lines) addStats(stats, l);
    for (const s of systemsOf(pair)) for (const l of fileLines(pair, s)) addStats(stats, l);
    const counts = new Map<string, number>();
    for (const lines of refs) {
      for (const l of lines) {
        for (const span of nameSpans(l, tokenize(l), stats)) {
          const name = span.text.replace(/['’]s?$/u, '');
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      }
    }
    const inSilver = new Set(silver.filter((r) => r[0] === pair && r[6] !== 'other').map((r) => r[5]!));
    const rows = [...counts].filter(([name, n]) => n >= min || name.includes(' ') || inSilver.has(name));
    rows.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    for (const [name, n] of rows) console.log([pair, n, name.split(/\s+/).length, name, inSilver.has(name) ? 'silver' : ''].join('\t'));
  }
}

main();
