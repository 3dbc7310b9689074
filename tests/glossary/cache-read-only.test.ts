import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A cache folder on a read-only mount: every file opens, but setting its times (which marks it used for
// trimming) fails with EROFS. The file must still be read, not rebuilt in every process.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  let readOnly = false;
  return {
    ...fs,
    futimesSync: (...args: Parameters<typeof fs.futimesSync>) => {
      if (readOnly) throw Object.assign(new Error('EROFS: read-only file system, futime'), { code: 'EROFS' });
      return fs.futimesSync(...args);
    },
    setReadOnly: (on: boolean) => {
      readOnly = on;
    },
  };
});

const fs = (await import('node:fs')) as unknown as { setReadOnly: (on: boolean) => void };
const { readCacheFile, writeCacheFile } = await import('../../src/glossary/cache-files.ts');

const dir = mkdtempSync(join(tmpdir(), 'translint-cache-ro-'));
process.env.TRANSLINT_CACHE_DIR = dir;
delete process.env.TRANSLINT_CACHE;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a cache file on a read-only mount', () => {
  it('is read though its times cannot be set', () => {
    writeCacheFile('ro.tlc', [Buffer.from('payload')]);
    fs.setReadOnly(true);
    try {
      expect(readCacheFile('ro.tlc')?.toString()).toBe('payload');
    } finally {
      fs.setReadOnly(false);
    }
  });
});
