import { mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translint } from '../helpers/cli.ts';
import { startWatch, stopWatch, until, watchDirs } from '../helpers/watch.ts';

const loopWarning = (name: string) => `translint: warning: ${name}: cannot read (ELOOP: a loop of symbolic links); skipped`;
const SIGTERM = 'translint watch: SIGTERM: finishing the current file';

describe('translint watch: what it meets in the folder does not stop it (subprocess)', () => {
  it('starts with a loop of symbolic links in the folder: one warning for each link, and the files are checked', async () => {
    const d = watchDirs('translint-watch-loop-');
    symlinkSync('l2.txt', join(d.inDir, 'l1.txt'));
    symlinkSync('l1.txt', join(d.inDir, 'l2.txt'));
    writeFileSync(join(d.inDir, 'story.txt'), 'Fine.\n');
    const run = startWatch([d.inDir, '--out', d.outDir, '--poll', '30']);
    await until(() => run.lines.includes('translint watch: story.txt: 0 findings') || run.child.exitCode !== null);
    expect(await stopWatch(run)).toBe(0);
    expect(readdirSync(join(d.outDir, 'done'))).toEqual(['story.txt']);
    expect(run.errors.sort()).toEqual([loopWarning('l1.txt'), loopWarning('l2.txt'), SIGTERM].sort());
  }, 120_000);

  it('goes on after loops of symbolic links are made while it runs, warning once for each link it looks at', async () => {
    const d = watchDirs('translint-watch-loop-');
    const run = startWatch([d.inDir, '--out', d.outDir, '--poll', '30']);
    await until(() => run.lines.some((l) => l.startsWith('translint watch: watching ')) || run.child.exitCode !== null);
    // each second link a moment after the first, then files to check, which make it read the folder again
    for (let i = 0; i < 6; i++) {
      symlinkSync(`m${i}b.txt`, join(d.inDir, `m${i}a.txt`));
      symlinkSync(`m${i}a.txt`, join(d.inDir, `m${i}b.txt`));
      await new Promise((r) => setTimeout(r, 200));
    }
    for (let i = 0; i < 3; i++) writeFileSync(join(d.inDir, `story${i}.txt`), 'Fine.\n');
    await until(() => readdirSync(join(d.outDir, 'done')).length === 3 || run.child.exitCode !== null);
    expect(run.child.exitCode).toBe(null);
    expect(await stopWatch(run)).toBe(0);
    expect(readdirSync(join(d.outDir, 'done')).sort()).toEqual(['story0.txt', 'story1.txt', 'story2.txt']);
    // which link of a pair is looked at depends on the timing of its events; none twice
    const warnings = run.errors.filter((l) => l !== SIGTERM);
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) expect(w).toMatch(/^translint: warning: m\d[ab]\.txt: cannot read \(ELOOP: a loop of symbolic links\); skipped$/);
    expect(new Set(warnings).size).toBe(warnings.length);
  }, 120_000);
});

describe('translint watch: a symbolic link to nothing (subprocess)', () => {
  it('is reported in one line and moved to failed/ with its note, found at start-up and while it runs', async () => {
    const d = watchDirs('translint-watch-dangling-');
    symlinkSync('/nonexistent/a', join(d.inDir, 'dang.txt'));
    writeFileSync(join(d.inDir, 'story.txt'), 'Fine.\n');
    const run = startWatch([d.inDir, '--out', d.outDir, '--poll', '30']);
    await until(() => run.lines.includes('translint watch: story.txt: 0 findings') || run.child.exitCode !== null);
    symlinkSync('../gone.txt', join(d.inDir, 'late.txt'));
    // (the sweep finds a link to nothing: chokidar gives it no event; 20 s is many sweeps of 1 s)
    await until(() => readdirSync(d.inDir).length === 0 || run.child.exitCode !== null, 20_000);
    expect(await stopWatch(run)).toBe(0);
    expect(readdirSync(join(d.outDir, 'failed')).sort()).toEqual(['dang.txt', 'dang.txt.error.txt', 'late.txt', 'late.txt.error.txt']);
    expect(readlinkSync(join(d.outDir, 'failed', 'dang.txt'))).toBe('/nonexistent/a');
    expect(readFileSync(join(d.outDir, 'failed', 'late.txt.error.txt'), 'utf8')).toBe('late.txt: a symbolic link to "../gone.txt", which is not there; not read\n');
    expect(run.errors.filter((l) => l !== SIGTERM).sort()).toEqual([
      'translint: dang.txt: a symbolic link to "/nonexistent/a", which is not there; not read; moved to failed/ (dang.txt.error.txt says why)',
      'translint: late.txt: a symbolic link to "../gone.txt", which is not there; not read; moved to failed/ (late.txt.error.txt says why)',
    ]);
  }, 120_000);

  it('with --keep, is reported once and left in place, and not again after a restart', async () => {
    const d = watchDirs('translint-watch-dangling-');
    symlinkSync('/nonexistent/a', join(d.inDir, 'dang.txt'));
    const first = startWatch([d.inDir, '--out', d.outDir, '--poll', '30', '--keep']);
    await until(() => first.errors.length > 0 || first.child.exitCode !== null, 20_000);
    // a few more sweeps, which must not report it again
    await new Promise((r) => setTimeout(r, 3000));
    expect(await stopWatch(first)).toBe(0);
    expect(first.errors.filter((l) => l.includes('dang.txt'))).toEqual([
      'translint: dang.txt: a symbolic link to "/nonexistent/a", which is not there; not read; it stays in the input folder (failed/dang.txt.error.txt says why)',
    ]);
    expect(readdirSync(d.inDir)).toEqual(['dang.txt']);
    expect(readdirSync(join(d.outDir, 'failed'))).toEqual(['dang.txt.error.txt']);
    const second = startWatch([d.inDir, '--out', d.outDir, '--poll', '30', '--keep']);
    await until(() => second.lines.some((l) => l.startsWith('translint watch: watching ')) || second.child.exitCode !== null);
    await new Promise((r) => setTimeout(r, 3000));
    expect(await stopWatch(second)).toBe(0);
    expect(second.errors.filter((l) => l !== SIGTERM)).toEqual([]);
  }, 120_000);
});

describe('translint watch --keep: a file that cannot be checked (subprocess)', () => {
  it('is said to stay in the input folder, not to be moved to failed/, and its note is there', async () => {
    const d = watchDirs('translint-watch-keep-failed-');
    writeFileSync(join(d.inDir, 'bin.txt'), Buffer.from('a\0b\0\0\0\0\0\0\0'));
    writeFileSync(join(d.inDir, 'big.txt'), 'x'.repeat(200));
    const run = startWatch([d.inDir, '--out', d.outDir, '--poll', '30', '--keep', '--max-file-size', '100']);
    await until(() => run.errors.length >= 2 || run.child.exitCode !== null, 20_000);
    expect(await stopWatch(run)).toBe(0);
    expect(run.errors.filter((l) => l !== SIGTERM).sort()).toEqual([
      'translint: big.txt: file is 200 bytes, over the limit of 100 (--max-file-size); it stays in the input folder (failed/big.txt.error.txt says why)',
      'translint: bin.txt: binary file, not text (a NUL byte at byte 1); it stays in the input folder (failed/bin.txt.error.txt says why)',
    ]);
    expect(readdirSync(d.inDir).sort()).toEqual(['big.txt', 'bin.txt']);
    expect(readdirSync(join(d.outDir, 'failed')).sort()).toEqual(['big.txt.error.txt', 'bin.txt.error.txt']);
  }, 120_000);
});

describe('translint watch: a start-up problem is one line and exit code 2 (subprocess)', () => {
  it.each([
    ['an output folder below a file', (root: string) => writeFileSync(join(root, 'x'), 'x'), 'x/sub', (out: string) => `${out}: cannot make it a folder (ENOTDIR: a file is in its path)`],
    ['a file as the output folder', (root: string) => writeFileSync(join(root, 'x'), 'x'), 'x', (out: string) => `${out}: cannot make it a folder (EEXIST: a file of that name is in the way)`],
    [
      'a state file that is not one',
      (root: string) => {
        mkdirSync(join(root, 'out'));
        writeFileSync(join(root, 'out', '.translint-watch.json'), 'not JSON\n');
      },
      'out',
      (out: string) => `${out}/.translint-watch.json: not a translint watch state (Unexpected token 'o', "not JSON\\n" is not valid JSON); move it away to start afresh`,
    ],
    ['a folder in place of the state file', (root: string) => mkdirSync(join(root, 'out', '.translint-watch.json'), { recursive: true }), 'out', (out: string) => `${out}/.translint-watch.json: cannot read (EISDIR)`],
  ])('%s', (_, make, outName, message) => {
    const d = watchDirs('translint-watch-start-');
    make(d.root);
    const out = join(d.root, outName);
    // (before, the worker threads kept the process alive after the message, until this run's time-out)
    const r = translint(['watch', d.inDir, '--out', out, '--poll', '30']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${message(out)}\n`]);
  });
});

describe('translint watch: an output folder that would feed the watcher (subprocess)', () => {
  it.each([
    ['the watched folder', (d: { inDir: string }) => ({ inDir: d.inDir, out: d.inDir })],
    ['a link to it', (d: { root: string; inDir: string }) => (symlinkSync('in', join(d.root, 'link')), { inDir: d.inDir, out: join(d.root, 'link') })],
  ])('refuses %s, naming both, and makes nothing', (_, make) => {
    const d = watchDirs('translint-watch-self-');
    writeFileSync(join(d.inDir, 'a.txt'), 'Fine.\n');
    const { inDir, out } = make(d);
    const r = translint(['watch', inDir, '--out', out, '--poll', '30']);
    expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${out}: the output folder is the watched folder ${inDir}; choose another (a folder inside it is fine)\n`]);
    expect(readdirSync(d.inDir)).toEqual(['a.txt']);
  });

  it('refuses a watched folder that is the output folder\'s done/ or failed/', () => {
    const d = watchDirs('translint-watch-self-');
    for (const sub of ['done', 'failed']) {
      const inDir = join(d.outDir, sub);
      mkdirSync(inDir, { recursive: true });
      const r = translint(['watch', inDir, '--out', d.outDir, '--poll', '30']);
      expect([r.status, r.stdout, r.stderr]).toEqual([2, '', `translint: ${inDir}: the watched folder is the output folder's ${sub}/ (${d.outDir}); choose another\n`]);
    }
  });

  it('takes an output folder inside the watched folder: it does not look into folders', async () => {
    const d = watchDirs('translint-watch-nested-');
    const out = join(d.inDir, 'out');
    writeFileSync(join(d.inDir, 'a.txt'), 'Fine.\n');
    const run = startWatch([d.inDir, '--out', out, '--poll', '30']);
    await until(() => run.lines.length >= 2 || run.child.exitCode !== null);
    writeFileSync(join(d.inDir, 'b.txt'), 'Fine.\n');
    await until(() => run.lines.length >= 3 || run.child.exitCode !== null);
    expect(await stopWatch(run)).toBe(0);
    // the reports written inside it are not checked (they would come before b.txt's line)
    expect(run.lines).toEqual([`translint watch: watching ${d.inDir}, writing to ${out}`, 'translint watch: a.txt: 0 findings', 'translint watch: b.txt: 0 findings']);
    expect(readdirSync(join(out, 'done')).sort()).toEqual(['a.txt', 'b.txt']);
    expect(readdirSync(d.inDir)).toEqual(['out']);
  }, 120_000);
});
