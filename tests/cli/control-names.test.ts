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
