import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheLocation, readCacheFile, trimCache, writeCacheFile } from '../../src/glossary/cache-files.ts';
import { loadGlossaryFile } from '../../src/glossary/load.ts';

const isRoot = process.getuid?.() === 0;
const GLOSSARY = '- term: Keir Starmer\n  variants: [Keir Starrer]\n';

let root: string;
let saved: NodeJS.ProcessEnv;
let warnings: string[];

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'translint-cache-test-'));
  saved = { ...process.env };
  warnings = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    warnings.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = saved;
  rmSync(root, { recursive: true, force: true });
});

/** A fresh cache folder path (each path is checked once per process, so tests do not share one). */
let n = 0;
function useDir(prepare?: (dir: string) => void): string {
  const dir = join(root, `cache-${n++}`);
  prepare?.(dir);
  process.env.TRANSLINT_CACHE_DIR = dir;
  delete process.env.TRANSLINT_CACHE;
  return dir;
}

function glossaryFile(text = GLOSSARY): string {
  const p = join(root, `g-${n++}.yaml`);
  writeFileSync(p, text);
  return p;
}

describe('where the cache lives', () => {
  it('is TRANSLINT_CACHE_DIR, else $XDG_CACHE_HOME/translint, else ~/.cache/translint', () => {
    expect(cacheLocation({ TRANSLINT_CACHE_DIR: '/x/c', XDG_CACHE_HOME: '/y' })).toBe('/x/c');
    expect(cacheLocation({ XDG_CACHE_HOME: '/y' })).toBe('/y/translint');
    // a relative XDG_CACHE_HOME is ignored, as the specification says
    expect(cacheLocation({ XDG_CACHE_HOME: 'rel', HOME: '/home/u' })).toBe('/home/u/.cache/translint');
  });

  it('is created with mode 0700 and used', () => {
    const dir = useDir();
    loadGlossaryFile(glossaryFile());
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(statSync(join(dir, files[0]!)).mode & 0o777).toBe(0o600);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['writable by others', 0o777, 'is writable by group or others'],
    ['writable by the group', 0o770, 'is writable by group or others'],
  ])('is refused when %s, with one warning and no crash', (_name, mode, why) => {
    const dir = useDir((d) => {
      mkdirSync(d);
      chmodSync(d, mode);
    });
    const p = glossaryFile();
    expect(loadGlossaryFile(p).entries).toHaveLength(1);
    expect(loadGlossaryFile(p).entries).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
    expect(warnings).toEqual([`translint: warning: cache directory ${dir} ${why}; the cache is not used\n`]);
  });

  it.skipIf(!isRoot)('is refused when owned by another user', () => {
    const dir = useDir((d) => {
      mkdirSync(d, { mode: 0o700 });
      chownSync(d, 4242, 4242);
    });
    loadGlossaryFile(glossaryFile());
    expect(readdirSync(dir)).toEqual([]);
    expect(warnings).toEqual([`translint: warning: cache directory ${dir} is owned by another user; the cache is not used\n`]);
  });

  it('is refused when it is a symbolic link', () => {
    const real = join(root, 'real');
    mkdirSync(real, { mode: 0o700 });
    const dir = useDir((d) => symlinkSync(real, d));
    loadGlossaryFile(glossaryFile());
    expect(readdirSync(real)).toEqual([]);
    expect(warnings).toEqual([`translint: warning: cache directory ${dir} is a symbolic link; the cache is not used\n`]);
  });

  it('is left out without a word when the home cannot hold it (a service account: HOME=/nonexistent)', () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    process.env.HOME = join(file, 'home');
    delete process.env.XDG_CACHE_HOME;
    delete process.env.TRANSLINT_CACHE_DIR;
    delete process.env.TRANSLINT_CACHE;
    expect(loadGlossaryFile(glossaryFile()).entries).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('is reported once when a folder the user chose cannot be created', () => {
    const file = join(root, 'b-file');
    writeFileSync(file, '');
    const dir = useDir();
    process.env.TRANSLINT_CACHE_DIR = join(file, 'cache');
    const p = glossaryFile();
    loadGlossaryFile(p);
    loadGlossaryFile(p);
    expect(existsSync(dir)).toBe(false);
    expect(warnings).toEqual([`translint: warning: cache directory ${join(file, 'cache')} cannot be used (ENOTDIR); the cache is not used\n`]);
  });

  it.skipIf(!existsSync('/proc/self'))('does not hang on a home in a pseudo file system (mkdir -p loops there)', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: '/proc/nonexistent-translint' };
    delete env.XDG_CACHE_HOME;
    delete env.TRANSLINT_CACHE_DIR;
    const r = spawnSync(process.execPath, ['bin/translint.js', 'check', '--no-default-glossary', '-g', glossaryFile(), glossaryFile('Keir Starrer spoke.\n')], { env, encoding: 'utf8', timeout: 60_000 });
    expect([r.signal, r.stderr]).toEqual([null, '']);
    expect(r.stdout).toContain('Keir Starrer');
  }, 70_000);

  it('is not used with TRANSLINT_CACHE=0 or --no-cache', () => {
    const dir = useDir();
    process.env.TRANSLINT_CACHE = '0';
    loadGlossaryFile(glossaryFile());
    expect(existsSync(dir)).toBe(false);
    delete process.env.TRANSLINT_CACHE;
    const r = spawnSync(process.execPath, ['bin/translint.js', 'check', '--no-cache', '-g', glossaryFile(), glossaryFile('Keir Starrer spoke.\n')], {
      env: { ...process.env, TRANSLINT_CACHE_DIR: dir },
      encoding: 'utf8',
    });
    expect(r.stdout).toContain('Keir Starrer');
    expect(existsSync(dir)).toBe(false);
  });
});

describe('cache files', () => {
  it('are never followed through a symbolic link planted at their name, read or written', () => {
    const dir = useDir();
    const victim = join(root, 'victim.txt');
    writeFileSync(victim, 'precious');
    // a link where the file will be written: the write replaces the link, the target is untouched
    writeCacheFile('k1.tlc', [Buffer.from('payload')]);
    rmSync(join(dir, 'k1.tlc'));
    symlinkSync(victim, join(dir, 'k1.tlc'));
    writeCacheFile('k1.tlc', [Buffer.from('payload')]);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(dir, 'k1.tlc')).isFile()).toBe(true);
    expect(readCacheFile('k1.tlc')?.toString()).toBe('payload');
    // a link to a valid cache file is not read
    writeCacheFile('k2.tlc', [Buffer.from('planted')]);
    const planted = join(root, 'planted.tlc');
    writeFileSync(planted, readFileSync(join(dir, 'k2.tlc')));
    rmSync(join(dir, 'k2.tlc'));
    symlinkSync(planted, join(dir, 'k2.tlc'));
    expect(readCacheFile('k2.tlc')).toBeUndefined();
  });

  it('are not trusted when damaged or forged: the glossary is rebuilt from its file', () => {
    const dir = useDir();
    const p = glossaryFile();
    const fresh = loadGlossaryFile(p);
    const [name] = readdirSync(dir);
    const path = join(dir, name!);
    const good = readFileSync(path);
    // the content changed, the header (format and hash) kept: what a forger without the hash would do
    const forged = Buffer.from(good);
    const at = forged.indexOf('Keir Starrer');
    expect(at).toBeGreaterThan(128);
    forged.write('Keir Stxrrer', at);
    for (const bad of [forged, good.subarray(0, good.length - 10), Buffer.from('garbage'), Buffer.alloc(0)]) {
      writeFileSync(path, bad);
      expect(readCacheFile(name!)).toBeUndefined();
      expect(loadGlossaryFile(p).entries).toEqual(fresh.entries);
      // rebuilt: the file is good again (the same hash and body; its stamp is the time of the new write)
      const again = readFileSync(path);
      expect(again.subarray(128).equals(good.subarray(128))).toBe(true);
      expect(again.toString('latin1', 0, 82)).toBe(good.toString('latin1', 0, 82));
    }
    // a file another user could have written is not read either
    chmodSync(path, 0o666);
    expect(readCacheFile(name!)).toBeUndefined();
  });

  it('carry a stamp as their modification time: a file written to since is hashed again, a good one gets its stamp back', () => {
    const dir = useDir();
    writeCacheFile('s.tlc', [Buffer.from('payload one')]);
    const path = join(dir, 's.tlc');
    const stamp = Number(/ (\d+) \d+ *\n$/.exec(readFileSync(path, 'latin1').slice(0, 128))![1]);
    expect(statSync(path).mtimeMs).toBe(stamp * 1000);
    expect(stamp * 1000).toBeLessThan(Date.now());
    // same size, other content, written now: not trusted by its size, its hash says no
    const good = readFileSync(path);
    const forged = Buffer.from(good);
    forged.write('payload two', 128);
    writeFileSync(path, forged);
    expect(readCacheFile('s.tlc')).toBeUndefined();
    // the good bytes written back (a new modification time): hashed, accepted, and stamped again
    writeFileSync(path, good);
    expect(statSync(path).mtimeMs).not.toBe(stamp * 1000);
    expect(readCacheFile('s.tlc')?.toString()).toBe('payload one');
    expect(statSync(path).mtimeMs).toBe(stamp * 1000);
    expect(readCacheFile('s.tlc')?.toString()).toBe('payload one');
    // cut short, its stamp put back: the length in the header says no, whatever the time
    writeFileSync(path, good.subarray(0, good.length - 3));
    utimesSync(path, new Date(), stamp);
    expect(readCacheFile('s.tlc')).toBeUndefined();
  });

  it('are read whole and closed: loading a glossary again and again keeps no file open', () => {
    useDir();
    const p = join(root, `g-${n++}.json`);
    writeFileSync(p, JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
    loadGlossaryFile(p);
    const fds = () => readdirSync('/proc/self/fd').length;
    if (!existsSync('/proc/self/fd')) return;
    const before = fds();
    for (let i = 0; i < 200; i++) loadGlossaryFile(p).entries;
    expect(fds()).toBeLessThanOrEqual(before + 2);
  });

  it('read back every term, word and variant as written, a lone surrogate and letters beyond Latin-1 included', () => {
    useDir();
    const p = join(root, `g-${n++}.json`);
    // text sections are UTF-16 code units, read where they are: a lone surrogate survives as it is
    const entries = [
      { term: 'Łukasz Żółć', variants: ['Lukasz Zolc'] },
      { term: 'Zo\ud800e Smith', variants: ['Zoe Smyth'] },
      { term: 'Emoji \ud83d\ude00 Bar', variants: ['Emoji Baar'] },
    ];
    writeFileSync(p, JSON.stringify(entries));
    const built = loadGlossaryFile(p);
    const cached = loadGlossaryFile(p);
    expect(cached.index).toBeDefined();
    expect(cached.entries).toEqual(built.entries);
    const index = cached.index!;
    // the first words' shapes are read from the file, as the trie gives them
    expect(index.firstShapes).toBeDefined();
    expect([...index.shapes()]).toEqual([...built.index!.shapes()]);
    expect(index.shapes().reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    for (let id = 0; id < entries.length; id++) {
      expect(index.term(id)).toBe(entries[id]!.term);
      expect(index.variantText(id, 0)).toBe(entries[id]!.variants[0]);
    }
    // every key as the index built in memory has it, read from the file's code units
    const keysOf = (table: typeof index.words) => {
      const keys: string[] = [];
      table.forEachKey((w) => keys.push(w));
      return keys;
    };
    expect(keysOf(index.words)).toEqual(keysOf(built.index!.words));
    expect(keysOf(index.words)).toContain('\ud800');
    expect(keysOf(index.terms)).toEqual(keysOf(built.index!.terms));
    expect(index.terms.has('zo\ud800e smith')).toBe(true);
    expect(index.words.has('żółć')).toBe(true);
    expect(index.trie.child(index.trie.child(0, 'łukasz', 6), 'żółć', 4)).toBeGreaterThan(0);
    expect(index.trie.child(index.trie.child(0, 'emoji', 5), 'baar', 4)).toBeGreaterThan(0);
  });

  it('are trimmed to the size limit, least recently used first, and only translint files', () => {
    const dir = useDir();
    const now = Date.now() / 1000;
    const age = (name: string, seconds: number) => utimesSync(join(dir, name), now - seconds, now - seconds);
    for (const name of ['a.tlc', 'b.tlc', 'c.tlc', 'd.tlc']) writeCacheFile(name, [Buffer.alloc(872)]); // 1,000 bytes each
    ['a.tlc', 'b.tlc', 'c.tlc', 'd.tlc'].forEach((name, k) => age(name, 1000 - k * 100));
    writeFileSync(join(dir, 'notes.txt'), Buffer.alloc(5000));
    const staleTmp = '.a.tlc.0123456789abcdef.tmp';
    writeFileSync(join(dir, staleTmp), 'left by a killed run');
    age(staleTmp, 7200);
    trimCache(dir, 2500);
    expect(readdirSync(dir).sort()).toEqual(['c.tlc', 'd.tlc', 'notes.txt']);
    // reading c makes d the least recently used; the next write trims to TRANSLINT_CACHE_MAX_MB
    expect(readCacheFile('c.tlc')).toHaveLength(872);
    process.env.TRANSLINT_CACHE_MAX_MB = String(2500 / 1024 / 1024);
    writeCacheFile('e.tlc', [Buffer.alloc(872)]);
    expect(readdirSync(dir).sort()).toEqual(['c.tlc', 'e.tlc', 'notes.txt']);
  });

  it('are listed for trimming after a write, unless listed less than a second ago and the writes since keep to the limit', () => {
    const dir = useDir();
    process.env.TRANSLINT_CACHE_MAX_MB = String(3500 / 1024 / 1024);
    writeCacheFile('a.tlc', [Buffer.alloc(872)]); // 1,000 bytes: the folder listed, 1,000 known
    const now = Date.now() / 1000;
    // another run's file, the least recently used: the folder holds 2,000 bytes, this process knows of 1,000
    writeFileSync(join(dir, 'old.tlc'), Buffer.alloc(1000));
    utimesSync(join(dir, 'old.tlc'), now - 1000, now - 1000);
    writeCacheFile('b.tlc', [Buffer.alloc(872)]); // 2,000 known, under the limit: not listed
    writeCacheFile('c.tlc', [Buffer.alloc(872)]); // 3,000 known: not listed, though the folder holds 4,000
    expect(readdirSync(dir).sort()).toEqual(['a.tlc', 'b.tlc', 'c.tlc', 'old.tlc']);
    writeCacheFile('d.tlc', [Buffer.alloc(872)]); // 4,000 known, past the limit: listed and trimmed to 3,500
    expect(readdirSync(dir).sort()).toEqual(['b.tlc', 'c.tlc', 'd.tlc']);
    // a second on, what another process wrote meanwhile is seen at the next write
    writeFileSync(join(dir, 'other.tlc'), Buffer.alloc(1000));
    utimesSync(join(dir, 'other.tlc'), now - 2000, now - 2000);
    vi.spyOn(Date, 'now').mockReturnValue(now * 1000 + 1500);
    writeCacheFile('e.tlc', [Buffer.alloc(100)]);
    expect(readdirSync(dir).sort()).toEqual(['b.tlc', 'c.tlc', 'd.tlc', 'e.tlc']);
    delete process.env.TRANSLINT_CACHE_MAX_MB;
  });
});
