import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalsIn, untagged } from '../../src/source/originals.ts';

describe('originalsIn (--source-dir)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translint-originals-'));
  mkdirSync(join(dir, 'sub'));
  for (const n of ['story.txt', 'wire.de.txt', 'brief.de.md', 'brief.fr.md']) writeFileSync(join(dir, n), 'x');

  it('pairs by the same name, then by the name without its language tag', () => {
    const find = originalsIn(dir);
    expect(find('out/story.txt')).toBe(join(dir, 'story.txt'));
    expect(find('wire.en.txt')).toBe(join(dir, 'wire.de.txt'));
    expect(find('wire.txt')).toBe(join(dir, 'wire.de.txt'));
  });

  it('does not guess between two candidates, nor pair a missing one', () => {
    const find = originalsIn(dir);
    expect(find('brief.en.md')).toEqual(['brief.de.md', 'brief.fr.md']);
    expect(find('other.txt')).toBeUndefined();
    expect(find('sub')).toBeUndefined();
  });

  it('knows a language tag only before the extension', () => {
    expect(untagged('story.en-GB.md')).toBe('story.md');
    expect(untagged('v1.2.txt')).toBe('v1.2.txt');
  });
});
