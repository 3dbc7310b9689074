import { readFileSync } from 'node:fs';
import { applyPatch, createTwoFilesPatch, diffLines } from 'diff';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/fix/diff.ts';
import { lineChanges } from '../../src/fix/line-changes.ts';
import { blockPhraseDiff, phraseDiff } from '../../src/fix/phrases.ts';
import { inlineDiffHtml, sideBySideHtml } from '../../src/reports/html-diff.ts';
import { coloredWordDiff } from '../../src/reports/word-diff.ts';
import { LINEAR_TIMEOUT } from '../rules/linear-timing.ts';

/** What unifiedDiff gave when the `diff` package diffed the whole texts. */
function wholePatch(path: string, a: string, b: string): string {
  if (a === b) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, a, b, undefined, undefined, { context: 3 }).replace(/^=+\n/, '').replace(/^Index: .*\n=+\n/, '');
}
const parts = (a: string, b: string) => diffLines(a, b).map((p) => ({ value: p.value, count: p.count, ...(p.added ? { added: true } : {}), ...(p.removed ? { removed: true } : {}) }));

const seed = readFileSync(new URL('../../corpora/samples/wire-libya-rwanda.txt', import.meta.url), 'utf8');
const lines = (n: number, f = (k: number) => `line ${k} of the text.\n`) => Array.from({ length: n }, (_, k) => f(k)).join('');

describe('lineChanges and unifiedDiff give what the package gives on the whole texts', () => {
  const cases: [string, string, string][] = [
    ['one word', lines(20), lines(20).replace('line 7 ', 'line seven ')],
    ['two hunks', lines(30), lines(30).replace('line 3 ', 'line three ').replace('line 25 ', 'line 25b ')],
    ['changes 6 lines apart share a hunk', lines(30), lines(30).replace('line 3 ', 'L3 ').replace('line 10 ', 'L10 ')],
    ['changes 7 lines apart do not', lines(30), lines(30).replace('line 3 ', 'L3 ').replace('line 11 ', 'L11 ')],
    ['first and last line', lines(12), lines(12).replace('line 0 ', 'L0 ').replace('line 11 ', 'L11 ')],
    ['no final line break', 'a\nb\nc', 'a\nb\nC'],
    ['final line break added', 'a\nb\nc', 'a\nb\nc\n'],
    ['CRLF', 'a\r\nb\r\nc\r\n', 'a\r\nB\r\nc\r\n'],
    ['a line deleted', lines(20), lines(20).replace('line 5 of the text.\n', '')],
    ['a line split', lines(20), lines(20).replace('line 5 of', 'line 5\nof')],
    ['a line deleted and others edited', lines(40), lines(40).replace('line 5 of the text.\n', '').replace('line 30 ', 'L30 ')],
    ['run of changed lines', lines(20), lines(20).replace(/line (1[0-4]) /g, 'L$1 ')],
    ['everything', 'x\n', 'y\n'],
    ['empty before', '', 'a\n'],
    ['empty after', 'a\nb\n', ''],
    ['the seed, words fixed', seed, seed.replace(/Libya/g, 'Lybia').replace(/said/g, 'says')],
    ['the seed, lines gone', seed, seed.replace(/^close\n/gm, '').replace(/Rwanda/g, 'Ruanda')],
  ];
  it.each(cases)('%s', (_name, a, b) => {
    expect(lineChanges(a, b)).toEqual(parts(a, b));
    expect(unifiedDiff('story.txt', a, b)).toBe(wholePatch('story.txt', a, b));
    expect(unifiedDiff('story.txt', a, b)).not.toBe(a === b ? 'x' : '');
  });

  it('texts of unequal length with more edits than the package is asked for are split at the lines found once', () => {
    const a = lines(1000);
    const b = a.replace(/line (\d*[02468]) /g, 'L$1 ').replace('line 501 of the text.\n', '');
    const changes = lineChanges(a, b);
    const count = (kind: 'added' | 'removed') => changes.filter((p) => p[kind]).reduce((n, p) => n + p.count, 0);
    expect([count('removed'), count('added')]).toEqual([501, 500]);
    expect(changes.filter((p) => !p.added).map((p) => p.value).join('')).toBe(a);
    expect(changes.filter((p) => !p.removed).map((p) => p.value).join('')).toBe(b);
  });

  it('a long block of changed lines is phrase-diffed line by line, the same phrases as whole', () => {
    const a = lines(100, (k) => `Keir Starrer met them in Berlyn on ${k} May.\n`);
    const b = a.replace(/Starrer/g, 'Starmer').replace(/Berlyn/g, 'Berlin');
    expect(blockPhraseDiff(a, b)).toEqual(phraseDiff(a, b));
  });
});

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
function fastest(f: () => unknown): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = cpuMs();
    f();
    best = Math.min(best, cpuMs() - t);
  }
  return best;
}

describe('diffs are linear in the number of changed lines', () => {
  const text = (n: number) => 'Keir Starrer met the USA officials in Berlyn on 5 May.\n'.repeat(n);
  const fixed = (t: string) => t.replace(/Starrer/g, 'Starmer').replace(/Berlyn/g, 'Berlin');
  const views: [string, (a: string, b: string) => unknown][] = [
    ['unified diff', (a, b) => unifiedDiff('story.txt', a, b)],
    ['side by side', sideBySideHtml],
    ['inline', inlineDiffHtml],
    ['terminal', (a, b) => coloredWordDiff('story.txt', a, b, true)],
  ];
  it.each(views)('%s: every line changed, 8 times the lines', (_name, view) => {
    const small = text(400);
    const large = text(3200);
    const [fs, fl] = [fixed(small), fixed(large)];
    view(small, fs); // warm up
    const ts = Math.max(fastest(() => view(small, fs)), 1);
    const tl = fastest(() => view(large, fl));
    // linear is 8 times, quadratic 64
    expect(tl / ts).toBeLessThan(24);
  }, LINEAR_TIMEOUT);
});

describe('lineChanges where lines repeat', () => {
  it.each([
    ['the first of two equal lines fixed', 'a\nHe said it.\nHe said it.\nb\n', 'a\nHe says it.\nHe said it.\nb\n'],
    ['one line of 2,000 equal ones', 'x\n'.repeat(2000), 'x\n'.repeat(1000) + 'y\n' + 'x\n'.repeat(999)],
    ['a line split and another joined, blank lines between', 'one two\n\n\nthree\nfour\n\n', 'one\ntwo\n\n\nthree four\n\n'],
  ])('%s: a patch that applies to the fixed text', (_name, a, b) => {
    const patch = unifiedDiff('t.txt', a, b);
    expect(applyPatch(a, patch)).toBe(b);
  });

  it('pairs line k with line k: the first of two equal lines is the one replaced', () => {
    expect(unifiedDiff('t.txt', 'a\nHe said it.\nHe said it.\nb\n', 'a\nHe says it.\nHe said it.\nb\n')).toContain('-He said it.\n+He says it.\n He said it.\n');
  });
});
