import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../src/findings/finding.ts';
import { escapeData, escapeProperty, github } from '../../src/reports/github.ts';
import type { FileResult } from '../../src/reports/types.ts';
import { findingAt, results } from './fixture.ts';

/** A file of one-word lines ("w0", "w1", …), one finding per line, for the limit tests. */
function many(specs: readonly [Severity, number][]): FileResult {
  const source = specs.map((_, i) => `w${i}\n`).join('');
  const findings: Finding[] = specs.map(([severity, confidence], i) =>
    // "w1" is found before "w10": line order
    findingAt(source, `w${i}`, { ruleId: 'x/y', severity, message: `${severity[0]}${i}`, confidence, suggestions: [] }),
  );
  return { path: 'a.txt', source, findings, dropped: [] };
}

const lines = (out: string) => out.trimEnd().split('\n');
const messages = (out: string) => lines(out).filter((l) => /^::(error|warning|notice) file=/.test(l)).map((l) => l.slice(l.lastIndexOf('::') + 2));

describe('github', () => {
  it('writes one workflow command per finding, most severe first, then a summary', () => {
    expect(github(results, { color: false })).toBe(
      '::error file=docs/story.txt,line=1,endLine=1,col=33,endColumn=36,title=translint (glossary/variant)::"Cnn" is a known wrong form of "CNN" → CNN\n' +
        '::warning file=docs/story.txt,line=2,endLine=2,col=5,endColumn=23,title=translint (title/abbreviation)::"Gens" is not an English title: write "Gen." before the name → Gen. Saddam Haftar\n' +
        '::warning file=docs/story.txt,line=1,endLine=1,col=16,endColumn=28,title=translint (glossary/near-miss)::"Keir Starrer" looks like a misspelling of "Keir Starmer" → Keir Starmer\n' +
        // columns only for one-line ranges: the runner drops an annotation with col over several lines
        "::notice file=notes\\odd name #1.txt,line=2,endLine=3,title=translint (custom/odd-rule)::Say <b> & \"c\" 'd' 🙂 not \uFFFD here,%0Aplease: 100%25\n" +
        'translint: 4 problems (1 error, 2 warnings, 1 info) in 3 files\n',
    );
  });

  it('names a file from the working folder, where the workflow runs, however it was given', () => {
    const f = findingAt('a, b', 'a', { ruleId: 'x/y', severity: 'error', message: 'm', confidence: 1, suggestions: [] });
    const fileOf = (path: string) => /file=([^,]*)/.exec(lines(github([{ path, source: 'a, b', findings: [f], dropped: [] }], { color: false, cwd: '/repo' }))[0]!)?.[1];
    expect(['docs/a.md', './docs/a.md', '/repo/docs/a.md'].map(fileOf)).toEqual(['docs/a.md', 'docs/a.md', 'docs/a.md']);
    // (on POSIX a backslash is part of a file's name, not a folder separator)
    expect(fileOf('docs\\a.md')).toBe('docs\\a.md');
    // outside it, absolute: a "../" path would be read from the repository's root
    expect(fileOf('../other/a.md')).toBe('/other/a.md');
  });

  it('says so when there is nothing to report', () => {
    expect(github([{ path: 'a.txt', source: 'Fine.', findings: [], dropped: [] }], { color: false })).toBe('translint: no problems in 1 file\n');
  });

  it('escapes data and properties as GitHub documents', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('dir/a: b, c%\n.txt')).toBe('dir/a%3A b%2C c%25%0A.txt');
    expect(escapeData('bell\u0007 esc\u001b[2J del\u007f csi\u009b tab\t')).toBe('bell\uFFFD esc\uFFFD[2J del\uFFFD csi\uFFFD tab\t');
    const f = findingAt('a, b', 'a', { ruleId: 'x/y', severity: 'error', message: 'm', confidence: 1, suggestions: [] });
    expect(lines(github([{ path: 'x:1,2.txt', source: 'a, b', findings: [f], dropped: [] }], { color: false }))[0]).toBe(
      '::error file=x%3A1%2C2.txt,line=1,endLine=1,col=1,endColumn=2,title=translint (x/y)::m',
    );
  });

  it('writes a deletion "→ (delete)", as every format does', () => {
    const source = 'close\nclose\nStory.';
    const f = findingAt(source, 'close\nclose\n', { ruleId: 'x/y', severity: 'warning', message: 'remove the line', confidence: 1, suggestions: [{ text: '', confidence: 1 }] });
    expect(lines(github([{ path: 'a.txt', source, findings: [f], dropped: [] }], { color: false }))[0]).toBe(
      '::warning file=a.txt,line=1,endLine=2,title=translint (x/y)::remove the line → (delete)',
    );
  });

  it('ends a range that stops at a line start on the line before, without columns', () => {
    const source = 'one two\nthree\n';
    const f = findingAt(source, 'two\n', { ruleId: 'x/y', severity: 'warning', message: 'm', confidence: 1, suggestions: [] });
    expect(lines(github([{ path: 'a.txt', source, findings: [f], dropped: [] }], { color: false }))[0]).toBe(
      '::warning file=a.txt,line=1,endLine=1,title=translint (x/y)::m',
    );
  });

  it('shows at most 10 annotations of each level, the most confident first, and counts the rest in a last notice', () => {
    const specs: [Severity, number][] = [
      ...Array.from({ length: 12 }, (_, i): [Severity, number] => ['error', i === 11 ? 0.99 : 0.5]),
      ...Array.from({ length: 11 }, (_, i): [Severity, number] => ['warning', 0.9 - i * 0.01]),
      ...Array.from({ length: 12 }, (): [Severity, number] => ['info', 0.4]),
    ];
    const out = github([many(specs)], { color: false });
    expect(messages(out)).toEqual([
      'e11', 'e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7', 'e8',
      'w12', 'w13', 'w14', 'w15', 'w16', 'w17', 'w18', 'w19', 'w20', 'w21',
      // nine notices: the tenth slot is the summary's, or GitHub would drop it
      'i23', 'i24', 'i25', 'i26', 'i27', 'i28', 'i29', 'i30', 'i31',
    ]);
    expect(lines(out).slice(-2)).toEqual([
      '::notice::translint: 6 more findings not shown as annotations (2 errors, 1 warning, 3 info); GitHub shows at most 10 errors, 10 warnings and 10 notices per step. Run translint with --format stylish for the full list.',
      'translint: 35 problems (12 errors, 11 warnings, 12 info) in 1 file',
    ]);
  });

  it('uses all ten notice slots when nothing is left out', () => {
    const out = github([many(Array.from({ length: 10 }, (): [Severity, number] => ['info', 0.5]))], { color: false });
    expect(messages(out)).toEqual(['i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9']);
    expect(lines(out)).toHaveLength(11);
    expect(lines(out)[10]).toBe('translint: 10 problems (0 errors, 0 warnings, 10 info) in 1 file');
  });
});
