import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputFormats } from '../../src/inputs/index.ts';
import { expandPaths, TEXT_EXTENSIONS } from '../../src/io/files.ts';

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
