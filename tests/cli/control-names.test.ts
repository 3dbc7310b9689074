import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';

/**
 * File names with a line break or an escape sequence in them (legal on Linux) keep every line-based
 * output one line per item: the name is written with escapes (`a\nb.txt`, `c\u001bd.txt`), as the
 * one-line errors write it, never raw.
 */
const NEWLINE = 'a\nb.txt';
const ESCAPE = 'c\u001b[31md.txt';
const base = ['check', '--no-default-glossary', '-g', 'g.json', '--no-progress'];

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-control-names-'));
  writeFileSync(join(dir, 'g.json'), JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
  for (const name of [NEWLINE, ESCAPE]) writeFileSync(join(dir, name), 'Keir Starrer spoke.\n');
  return dir;
}

describe('file names with control characters', () => {
  it('stylish writes each name as one escaped line', () => {
    const dir = project();
    const r = translint([...base, NEWLINE, ESCAPE], { cwd: dir });
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('a\\nb.txt');
    expect(lines[1]).toMatch(/^ {2}1:1 {2}error /);
    expect(lines[3]).toBe('c\\u001b[31md.txt');
    expect(lines[4]).toMatch(/^ {2}1:1 {2}error /);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('compact writes path:line:col with the escaped name', () => {
    const dir = project();
    const r = translint([...base, '-f', 'compact', NEWLINE, ESCAPE], { cwd: dir });
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      'a\\nb.txt:1:1: error "Keir Starrer" is a known wrong form of "Keir Starmer" [glossary/variant]',
      'c\\u001b[31md.txt:1:1: error "Keir Starrer" is a known wrong form of "Keir Starmer" [glossary/variant]',
    ]);
  });

  it('github annotations keep one line each (the name escaped as GitHub documents)', () => {
    const dir = project();
    const r = translint([...base, '-f', 'github', NEWLINE], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toMatch(/^::error file=a%0Ab\.txt,line=1,/);
    expect(r.stdout.split('\n')).toHaveLength(3);
  });

  it('stylish quotes a phrase split by a line break on the one line of its finding, as compact does', () => {
    const dir = project();
    writeFileSync(join(dir, 'split.txt'), 'Keir\nStarrer spoke.\n');
    for (const format of ['stylish', 'compact']) {
      const r = translint([...base, '-f', format, 'split.txt'], { cwd: dir, env: { NO_COLOR: '1' } });
      expect(r.stdout).toContain('"Keir Starrer" is a known wrong form of "Keir Starmer"');
      expect(r.stdout).not.toContain('Keir\nStarrer');
    }
  });

  it('the one-line errors and warnings on stderr escape the name', () => {
    const dir = project();
    const missing = translint([...base, 'x\ny.txt', NEWLINE], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('translint: x\\ny.txt: no such file or directory\n');
    const fatal = translint([...base, '-c', 'no\nconfig.json', NEWLINE], { cwd: dir });
    expect(fatal.status).toBe(2);
    expect(fatal.stderr.split('\n')).toHaveLength(2);
    expect(fatal.stderr).toMatch(/^translint: no\\nconfig\.json: /);
  });
});

/**
 * On POSIX a backslash is a letter of a file name, not a folder separator: `a\b.txt` is one file in the
 * working folder, and the CI reports must name it so (code scanning and annotations place it by that name),
 * not as `a/b.txt`, a file in a folder `a` that is not there. So must the name of a file that could not be
 * opened, written with its bad byte escaped (`bad\xff.txt`).
 */
describe.skipIf(process.platform === 'win32')('file names with a backslash (POSIX)', () => {
  const dir = (): string => {
    const d = project();
    writeFileSync(join(d, 'a\\b.txt'), 'Keir Starrer spoke.\n');
    writeFileSync(Buffer.concat([Buffer.from(join(d, 'bad')), Buffer.from([0xff]), Buffer.from('.txt')]), 'x\n');
    return d;
  };

  it('github, sarif and junit keep the backslash in the name', () => {
    const d = dir();
    const github = translint([...base, '-f', 'github', '.'], { cwd: d });
    expect(github.stdout).toContain('::error file=a\\b.txt,line=1,endLine=1,col=1,endColumn=13,');
    expect(github.stdout).toContain('::error file=bad\\xff.txt,title=translint (file error)::');
    expect(github.stdout).not.toContain('file=a/b.txt');
    const sarif = JSON.parse(translint([...base, '-f', 'sarif', '.'], { cwd: d }).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[]; invocations: { toolExecutionNotifications: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[] };
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('a%5Cb.txt');
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['bad%5Cxff.txt']);
    const junit = translint([...base, '-f', 'junit', '.'], { cwd: d }).stdout;
    expect(junit).toContain('<testsuite name="a\\b.txt"');
    expect(junit).toContain('<testsuite name="bad\\xff.txt"');
    expect(junit).not.toContain('a/b.txt');
  });
});
