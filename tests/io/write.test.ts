import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors.ts';
import { snapshotOf, writeFileAtomic } from '../../src/io/write.ts';

function fileWith(content: string): string {
  const p = join(mkdtempSync(join(tmpdir(), 'translint-write-')), 'story.txt');
  writeFileSync(p, content);
  // a whole second, which every file system can store exactly
  utimesSync(p, 1_700_000_000, 1_700_000_000);
  return p;
}

function refusal(fn: () => void): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof CliError) return e.message;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('writeFileAtomic', () => {
  it('replaces an unchanged file, keeping its mode, and leaves no temporary file', () => {
    const p = fileWith('\ufeffKeir Starrer\r\n');
    chmodSync(p, 0o600);
    const snap = snapshotOf(readFileSync(p, 'utf8'), statSync(p).mtimeMs);
    expect(snap).toEqual({ mtimeMs: 1_700_000_000_000, size: 17, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    writeFileAtomic(p, '\ufeffKeir Starmer\r\n', snap);
    expect(readFileSync(p, 'utf8')).toBe('\ufeffKeir Starmer\r\n');
    expect(statSync(p).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(p, '..'))).toEqual(['story.txt']);
  });

  it('refuses a file whose content changed although its time and size did not', () => {
    const p = fileWith('Keir Starrer\n');
    const snap = snapshotOf(readFileSync(p, 'utf8'), statSync(p).mtimeMs);
    writeFileSync(p, 'Keir Starrex\n');
    utimesSync(p, 1_700_000_000, 1_700_000_000);
    expect([statSync(p).mtimeMs, statSync(p).size]).toEqual([snap.mtimeMs, snap.size]);
    expect(refusal(() => writeFileAtomic(p, 'Keir Starmer\n', snap))).toBe(`${p}: changed on disk since it was read; not written`);
    expect(readFileSync(p, 'utf8')).toBe('Keir Starrex\n');
    expect(readdirSync(join(p, '..'))).toEqual(['story.txt']);
  });

  it('refuses a file that changed size, or time only, or was removed', () => {
    const p = fileWith('Keir Starrer\n');
    const snap = snapshotOf(readFileSync(p), statSync(p).mtimeMs);
    writeFileSync(p, 'Keir Starrer!\n');
    utimesSync(p, 1_700_000_000, 1_700_000_000);
    expect(refusal(() => writeFileAtomic(p, 'x', snap))).toMatch(/changed on disk since it was read; not written$/);
    // a bare time, as older callers pass it
    utimesSync(p, 1_700_000_001, 1_700_000_001);
    expect(refusal(() => writeFileAtomic(p, 'x', 1_700_000_000_000))).toMatch(/changed on disk/);
    writeFileAtomic(p, 'y', 1_700_000_001_000);
    expect(readFileSync(p, 'utf8')).toBe('y');
    const gone = join(p, '..', 'gone.txt');
    expect(refusal(() => writeFileAtomic(gone, 'x', snap))).toBe(`${gone}: changed on disk since it was read; not written`);
  });

  it('names the file when it cannot write', () => {
    const p = join(mkdtempSync(join(tmpdir(), 'translint-write-')), 'no-such-dir', 'a.txt');
    expect(refusal(() => writeFileAtomic(p, 'x'))).toBe(`${p}: cannot write (ENOENT)`);
  });
});
