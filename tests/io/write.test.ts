import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/errors.ts';
import { fitName } from '../../src/io/names.ts';
import { snapshotOf, tempPath, writeFileAtomic } from '../../src/io/write.ts';
import { translint } from '../helpers/cli.ts';

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

const isRoot = process.getuid?.() === 0;

describe('writeFileAtomic edits the file rather than replacing it', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'translint-write-'));

  it('writes through a symbolic link (and a chain of them) to its target; the links stay links', () => {
    const d = dir();
    mkdirSync(join(d, 'real'));
    const target = join(d, 'real', 'story.txt');
    writeFileSync(target, 'Keir Starrer\n');
    chmodSync(target, 0o640);
    symlinkSync('real/story.txt', join(d, 'link.txt'));
    symlinkSync('link.txt', join(d, 'chain.txt'));
    writeFileAtomic(join(d, 'chain.txt'), 'Keir Starmer\n', snapshotOf(readFileSync(target), statSync(target).mtimeMs));
    expect(readFileSync(target, 'utf8')).toBe('Keir Starmer\n');
    expect([lstatSync(join(d, 'link.txt')).isSymbolicLink(), readlinkSync(join(d, 'link.txt'))]).toEqual([true, 'real/story.txt']);
    expect([lstatSync(join(d, 'chain.txt')).isSymbolicLink(), readlinkSync(join(d, 'chain.txt'))]).toEqual([true, 'link.txt']);
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect([readdirSync(d).sort(), readdirSync(join(d, 'real'))]).toEqual([['chain.txt', 'link.txt', 'real'], ['story.txt']]);
  });

  it('keeps hard links: every name sees the new text, the file is the same inode, no backup is left', () => {
    const d = dir();
    const a = join(d, 'a.txt');
    writeFileSync(a, 'Keir Starrer said the the thing.\n');
    linkSync(a, join(d, 'b.txt'));
    const before = statSync(a);
    writeFileAtomic(a, 'Keir Starmer said the thing.\n', snapshotOf(readFileSync(a), before.mtimeMs));
    expect(readFileSync(join(d, 'b.txt'), 'utf8')).toBe('Keir Starmer said the thing.\n');
    expect([statSync(a).ino, statSync(a).nlink]).toEqual([before.ino, 2]);
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt']);
    // shorter and longer texts both end exactly where they should
    writeFileAtomic(a, 'K\n');
    expect(readFileSync(join(d, 'b.txt'), 'utf8')).toBe('K\n');
  });

  it('refuses a hard-linked file that changed on disk, leaving it and no backup', () => {
    const d = dir();
    const a = join(d, 'a.txt');
    writeFileSync(a, 'Keir Starrer\n');
    linkSync(a, join(d, 'b.txt'));
    const snap = snapshotOf(readFileSync(a), statSync(a).mtimeMs);
    writeFileSync(join(d, 'b.txt'), 'Keir Starrer, edited\n');
    expect(refusal(() => writeFileAtomic(a, 'Keir Starmer\n', snap))).toBe(`${a}: changed on disk since it was read; not written`);
    expect(readFileSync(a, 'utf8')).toBe('Keir Starrer, edited\n');
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt']);
  });

  // (root may write any file: the refusal needs another user)
  it.skipIf(process.getuid?.() === 0)('a hard-linked file this user may not write: refused before a backup is made, none left', () => {
    const d = dir();
    const a = join(d, 'a.txt');
    writeFileSync(a, 'Keir Starrer\n');
    linkSync(a, join(d, 'b.txt'));
    chmodSync(a, 0o444);
    expect(refusal(() => writeFileAtomic(a, 'Keir Starmer\n'))).toBe(`${a}: cannot write (EACCES)`);
    expect(readFileSync(a, 'utf8')).toBe('Keir Starrer\n');
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('keeps owner and group (and the set-group-ID bit), for a single file and for a hard-linked one', () => {
    const d = dir();
    for (const linked of [false, true]) {
      const p = join(d, `story-${linked}.txt`);
      writeFileSync(p, 'Keir Starrer\n');
      if (linked) linkSync(p, join(d, `other-${linked}.txt`));
      // as root, a file of another user: a plain rename would make it root's
      if (isRoot) chownSync(p, 4242, 4343);
      chmodSync(p, 0o2664);
      const before = statSync(p);
      writeFileAtomic(p, 'Keir Starmer\n');
      const after = statSync(p);
      expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([before.uid, before.gid, 0o2664]);
      expect(readFileSync(p, 'utf8')).toBe('Keir Starmer\n');
    }
  });
});

describe('file names near the 255-byte limit', () => {
  // 254 bytes each: ASCII, two-byte letters, three-byte characters and four-byte ones (surrogate pairs in JS)
  const names = ['s'.repeat(250) + '.txt', 'é'.repeat(125) + '.txt', '中'.repeat(83) + 'a.txt', '😀'.repeat(62) + 'ab.txt'];

  it('fitName keeps a name that fits, and cuts a longer one between characters, marked by a hash of the whole', () => {
    expect(fitName('story.txt', 20)).toBe('story.txt');
    expect(fitName('a'.repeat(30), 20)).toMatch(/^a{11}~[0-9a-f]{8}$/);
    // two names alike up to the cut get two names
    expect(fitName('a'.repeat(30) + 'x', 20)).not.toBe(fitName('a'.repeat(30) + 'y', 20));
    expect(fitName('é'.repeat(10), 16)).toMatch(/^é{3}~[0-9a-f]{8}$/);
    expect(fitName('😀'.repeat(5), 17)).toMatch(/^😀{2}~[0-9a-f]{8}$/u);
  });

  it.each(names)('a temporary file beside %s has a legal name, and the file can be replaced and edited in place', (name) => {
    expect(Buffer.byteLength(name)).toBe(254);
    const d = mkdtempSync(join(tmpdir(), 'translint-write-'));
    const p = join(d, name);
    for (const kind of ['translint', 'translint-backup']) {
      const tmp = tempPath(p, kind).slice(d.length + 1);
      expect(Buffer.byteLength(tmp)).toBeLessThanOrEqual(255);
      expect(tmp).toMatch(new RegExp(`^\\..+~[0-9a-f]{8}\\.${kind}-\\d+-\\d+\\.tmp$`));
      // no character cut in two: the name survives a round trip through UTF-8
      expect(Buffer.from(tmp).toString()).toBe(tmp);
    }
    writeFileSync(p, 'Keir Starrer\n');
    writeFileAtomic(p, 'Keir Starmer\n');
    expect(readFileSync(p, 'utf8')).toBe('Keir Starmer\n');
    // a hard-linked file is written in place after a backup beside it
    linkSync(p, join(d, 'other.txt'));
    writeFileAtomic(p, 'K\n');
    expect(readFileSync(join(d, 'other.txt'), 'utf8')).toBe('K\n');
    expect(readdirSync(d).sort()).toEqual([name, 'other.txt'].sort());
  });

  it('check --fix fixes a file with a 254-byte name', () => {
    const d = mkdtempSync(join(tmpdir(), 'translint-write-'));
    for (const name of names) writeFileSync(join(d, name), 'The the minister spoke.\n');
    const r = translint(['check', '--fix', d]);
    expect([r.status, r.stderr]).toEqual([0, 'translint: fixed 4 problems in 4 files\n']);
    for (const name of names) expect(readFileSync(join(d, name), 'utf8')).toBe('The minister spoke.\n');
    expect(readdirSync(d).sort()).toEqual([...names].sort());
  });
});

describe('check --fix', () => {
  it('fixes the target of a symbolic link and a hard-linked file, keeping both kinds of link', () => {
    const d = mkdtempSync(join(tmpdir(), 'translint-write-'));
    writeFileSync(join(d, 'target.txt'), 'The the minister spoke.\n');
    symlinkSync('target.txt', join(d, 'link.txt'));
    writeFileSync(join(d, 'a.txt'), 'The the minister spoke.\n');
    linkSync(join(d, 'a.txt'), join(d, 'b.txt'));
    const r = translint(['check', '--fix', join(d, 'link.txt'), join(d, 'a.txt')]);
    expect(r.stderr).toBe('translint: fixed 2 problems in 2 files\n');
    expect(lstatSync(join(d, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(d, 'target.txt'), 'utf8')).toBe('The minister spoke.\n');
    expect(readFileSync(join(d, 'b.txt'), 'utf8')).toBe('The minister spoke.\n');
    expect(statSync(join(d, 'b.txt')).nlink).toBe(2);
  });
});
