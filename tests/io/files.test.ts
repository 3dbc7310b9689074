import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFormats } from '../../src/inputs/index.ts';
import { expandPaths, onceEach, TEXT_EXTENSIONS } from '../../src/io/files.ts';

describe('files found in folders', () => {
  it('takes every extension an input format claims, JSON excepted', () => {
    const claimed = Object.values(inputFormats).flatMap((f) => f.extensions.map((e) => extname(`x${e}`)));
    const missing = claimed.filter((e) => e !== '.json' && !TEXT_EXTENSIONS.has(e));
    expect(missing).toEqual([]);
    expect(TEXT_EXTENSIONS.has('.json')).toBe(false);
  });

  it.each([
    ['a.sdlxliff', true],
    ['b.SDLXLIFF', true],
    ['c.xlf', true],
    ['d.po', true],
    ['e.json', false],
    ['f.docx', false],
  ])('%s found in a folder: %s', (name, found) => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-files-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', name), 'x');
    expect(expandPaths(['sub'], dir, () => {})).toEqual(found ? [join('sub', name)] : []);
  });
});

describe('a file named more than once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translint-files-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'a.md'), 'x');
  writeFileSync(join(dir, 'docs', 'b.md'), 'x');
  symlinkSync(join(dir, 'docs', 'b.md'), join(dir, 'c.md'));
  it.each([
    ['a folder and a file in it', ['docs', 'docs/a.md'], ['docs/a.md', 'docs/b.md']],
    ['the file first, then its folder', ['./docs/a.md', 'docs'], ['./docs/a.md', 'docs/b.md']],
    ['by an absolute path and a path through ..', [join(dir, 'docs', 'a.md'), 'docs/../docs/a.md'], [join(dir, 'docs', 'a.md')]],
    ['by a link to it', ['c.md', 'docs/b.md'], ['c.md']],
    ['two files', ['docs/a.md', 'docs/b.md'], ['docs/a.md', 'docs/b.md']],
    ['stdin twice is read as given', ['-', '-'], ['-', '-']],
  ])('%s: reached once, by the first name', (_, paths, expected) => {
    expect(onceEach(expandPaths(paths, dir, () => {}), dir)).toEqual(expected);
  });
});
