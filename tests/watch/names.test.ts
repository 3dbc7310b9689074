import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputNames } from '../../src/watch/names.ts';

/** An out folder whose done/ and failed/ hold these names. */
function outWith(done: string[], failed: string[] = []): string {
  const out = mkdtempSync(join(tmpdir(), 'translint-names-'));
  for (const [sub, names] of [['done', done], ['failed', failed]] as const) {
    mkdirSync(join(out, sub));
    for (const n of names) writeFileSync(join(out, sub, n), '');
  }
  return out;
}

describe('OutputNames', () => {
  it.each([
    ['a free name is kept', [], [], 'story.txt', { as: 'story.txt' }],
    ['a name done/ holds gets (2) before the extension', ['story.txt'], [], 'story.txt', { as: 'story (2).txt', renamed: 'taken' }],
    ['a name failed/ holds too', [], ['story.txt'], 'story.txt', { as: 'story (2).txt', renamed: 'taken' }],
    ['the first number free', ['story.txt', 'story (2).txt'], ['story (3).txt'], 'story.txt', { as: 'story (4).txt', renamed: 'taken' }],
    ['the last extension only', ['story.en.txt'], [], 'story.en.txt', { as: 'story.en (2).txt', renamed: 'taken' }],
    ['no extension', ['README'], [], 'README', { as: 'README (2)', renamed: 'taken' }],
    ['a name of 240 bytes fits', [], [], `${'x'.repeat(236)}.txt`, { as: `${'x'.repeat(236)}.txt` }],
  ] as const)('%s', (_, done, failed, name, expected) => {
    expect(new OutputNames(outWith([...done], [...failed]), false).choose(name)).toEqual(expected);
  });

  it('cuts a name over 240 bytes, and a numbered one, between characters, keeping the extension and the number', () => {
    const names = new OutputNames(outWith([]), false);
    const long = `${'é'.repeat(120)}.txt`;
    const first = names.choose(long);
    expect(first.renamed).toBe('long');
    expect(first.as).toMatch(/^é+~[0-9a-f]{8}\.txt$/u);
    expect(Buffer.byteLength(first.as)).toBeLessThanOrEqual(240);
    // the name held for the first is taken for the second
    const second = names.choose(long);
    expect(second.renamed).toBe('taken');
    expect(second.as).toMatch(/^é+~[0-9a-f]{8} \(2\)\.txt$/u);
    expect(Buffer.byteLength(second.as)).toBeLessThanOrEqual(240);
  });

  it('holds the names given to a batch until release: a file named like a number given is numbered too', () => {
    const out = outWith(['a.txt']);
    const names = new OutputNames(out, false);
    expect(names.choose('a.txt')).toEqual({ as: 'a (2).txt', renamed: 'taken' });
    expect(names.choose('a (2).txt')).toEqual({ as: 'a (2) (2).txt', renamed: 'taken' });
    // the moves are done; here nothing was moved, so the names are free again
    names.release();
    expect(names.choose('a (2).txt')).toEqual({ as: 'a (2).txt' });
    writeFileSync(join(out, 'done', 'a (2).txt'), '');
    writeFileSync(join(out, 'done', 'a (3).txt'), '');
    names.release();
    // the next file of a name starts at the last number given to it
    expect(names.choose('a.txt')).toEqual({ as: 'a (4).txt', renamed: 'taken' });
  });

  it('with keep, a name seen again is the same file: only a name too long is changed', () => {
    const names = new OutputNames(outWith(['a.txt']), true);
    expect(names.choose('a.txt')).toEqual({ as: 'a.txt' });
    expect(names.choose('a.txt')).toEqual({ as: 'a.txt' });
    expect(names.choose(`${'x'.repeat(240)}.txt`).renamed).toBe('long');
  });
});
