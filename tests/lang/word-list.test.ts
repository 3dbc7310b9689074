import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { isListedWord } from '../../src/lang/word-list.ts';

describe('the larger English word list', () => {
  const words = ['ambience', 'enquired', 'oncological', 'shorn', 'aa', 'zzz', 'superviors', 'accomodating', 'qqqq', '', 'a\nb'];
  const expected = [true, true, true, true, true, true, false, false, false, false, false];

  it('answers the same by searching the text and, after many lookups, from the table of lines', () => {
    expect(words.map((w) => isListedWord(w))).toEqual(expected);
    for (let k = 0; k < 40; k++) isListedWord(`notaword${k}`);
    expect(words.map((w) => isListedWord(w))).toEqual(expected);
  });

  it('answers the same from the table built at once for a caller that will ask about many words', async () => {
    vi.resetModules();
    const fresh = await import('../../src/lang/word-list.ts');
    expect(words.map((w) => fresh.isListedWord(w, 1000))).toEqual(expected);
    expect(words.map((w) => fresh.isListedWord(w))).toEqual(expected);
  });

  it('keeps its table in the cache folder and answers the same from it; a damaged file is built again', async () => {
    const saved = { ...process.env };
    const dir = join(mkdtempSync(join(tmpdir(), 'translint-word-list-')), 'cache');
    process.env.TRANSLINT_CACHE_DIR = dir;
    delete process.env.TRANSLINT_CACHE;
    try {
      vi.resetModules();
      const built = await import('../../src/lang/word-list.ts');
      expect(words.map((w) => built.isListedWord(w, 1000))).toEqual(expected);
      const kept = readdirSync(dir).filter((f) => /^word-list-[0-9a-f]{40}\.tlc$/.test(f));
      expect(kept).toHaveLength(1);
      const file = join(dir, kept[0] as string);
      const inode = statSync(file).ino;
      // a new process (fresh modules) reads the table back, and writes no file (a written one is renamed over: a new inode)
      vi.resetModules();
      const read = await import('../../src/lang/word-list.ts');
      expect(words.map((w) => read.isListedWord(w, 1000))).toEqual(expected);
      expect(statSync(file).ino).toBe(inode);
      // a file cut short fails its check: the table is built from the list again, with the same answers
      writeFileSync(file, 'translint-cache 3 cut short');
      vi.resetModules();
      const rebuilt = await import('../../src/lang/word-list.ts');
      expect(words.map((w) => rebuilt.isListedWord(w, 1000))).toEqual(expected);
      expect(statSync(file).ino).not.toBe(inode);
      expect(statSync(file).size).toBeGreaterThan(1_000_000);
      // with the table kept, a new process answers its first question from it: the list's file is not read
      // for a text search (reading the table back costs less than that one search)
      vi.resetModules();
      const listPath = (await import('word-list')).default;
      const reads: string[] = [];
      vi.doMock('node:fs', async (original) => {
        const fs = await original<typeof import('node:fs')>();
        return { ...fs, readFileSync: (...a: Parameters<typeof fs.readFileSync>) => (reads.push(String(a[0])), fs.readFileSync(...a)) };
      });
      const first = await import('../../src/lang/word-list.ts');
      expect(words.map((w) => first.isListedWord(w))).toEqual(expected);
      vi.doUnmock('node:fs');
      expect(reads.filter((r) => r === listPath)).toEqual([]);
    } finally {
      process.env = saved;
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  });
});

function dirname(p: string): string {
  return join(p, '..');
}
