import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWatch, stopWatch, until, watchDirs } from '../helpers/watch.ts';

const TEXT = 'The the minister spoke.\n';
const bytes = (s: string) => Buffer.byteLength(s);

describe('translint watch: file names (subprocess)', () => {
  it('checks files whose names are up to 255 bytes long, keeping one too long for its reports under a shortened name', async () => {
    const d = watchDirs('translint-watch-long-');
    const fits = ['a'.repeat(206) + '.txt', 'b'.repeat(236) + '.txt'];
    const tooLong = ['c'.repeat(251) + '.txt', 'é'.repeat(125) + '.txt', '中'.repeat(83) + 'a.txt', '😀'.repeat(62) + 'ab.txt'];
    expect([...fits, ...tooLong].map(bytes)).toEqual([210, 240, 255, 254, 254, 254]);
    for (const n of [...fits, ...tooLong]) writeFileSync(join(d.inDir, n), TEXT);
    const run = startWatch([d.inDir, '--out', d.outDir, '--poll', '30']);
    await until(() => readdirSync(d.inDir).length === 0 || run.child.exitCode !== null);
    expect(await stopWatch(run)).toBe(0);

    const done = readdirSync(join(d.outDir, 'done'));
    expect(done.length).toBe(6);
    for (const n of fits) expect(done).toContain(n);
    for (const n of tooLong) {
      // its own name cut between characters, a hash of the whole, its extension
      const as = done.find((k) => !fits.includes(k) && n.startsWith(k.replace(/~[0-9a-f]{8}\.txt$/, '')))!;
      expect(as).toMatch(/^.+~[0-9a-f]{8}\.txt$/u);
      expect(bytes(as)).toBeLessThanOrEqual(240);
      expect(Buffer.from(as).toString()).toBe(as);
      expect(readFileSync(join(d.outDir, 'done', as), 'utf8')).toBe(TEXT);
      expect(existsSync(join(d.outDir, `${as}.diff`))).toBe(true);
      const report = JSON.parse(readFileSync(join(d.outDir, `${as}.translint.json`), 'utf8')) as { files: { path: string; findings: unknown[] }[] };
      expect([report.files[0]!.path, report.files[0]!.findings.length]).toEqual([n, 1]);
      expect(run.lines).toContain(`translint watch: ${n}: 1 finding; kept as ${as} (its name is too long for its reports' names)`);
    }
    for (const n of fits) expect(run.lines).toContain(`translint watch: ${n}: 1 finding`);
    expect(readdirSync(d.outDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('gives a file whose report cannot be written an error result, and leaves one whose error note cannot be written either in place', async () => {
    const d = watchDirs('translint-watch-unwritable-');
    // a folder where a report or a note would go: renaming a file over it fails
    mkdirSync(join(d.outDir, 'failed'), { recursive: true });
    mkdirSync(join(d.outDir, 'x.txt.translint.json'));
    mkdirSync(join(d.outDir, 'z.txt.diff'));
    mkdirSync(join(d.outDir, 'failed', 'z.txt.error.txt'));
    for (const n of ['x.txt', 'y.txt', 'z.txt']) writeFileSync(join(d.inDir, n), TEXT);
    const run = startWatch([d.inDir, '--out', d.outDir, '--poll', '30']);
    await until(() => readdirSync(d.inDir).length === 1 || run.child.exitCode !== null);
    expect(await stopWatch(run)).toBe(0);
    expect(readdirSync(d.inDir)).toEqual(['z.txt']);
    expect(readdirSync(join(d.outDir, 'done'))).toEqual(['y.txt']);
    expect(readdirSync(join(d.outDir, 'failed')).sort()).toEqual(['x.txt', 'x.txt.error.txt', 'z.txt.error.txt']);
    expect(readFileSync(join(d.outDir, 'failed', 'x.txt.error.txt'), 'utf8')).toBe('x.txt: cannot write x.txt.translint.json (EISDIR)\n');
    expect(run.errors).toContain('translint: x.txt: cannot write x.txt.translint.json (EISDIR); moved to failed/ (x.txt.error.txt says why)');
    expect(run.errors).toContain('translint: z.txt: cannot write z.txt.diff (EISDIR); and cannot write z.txt.error.txt (EISDIR); it stays in the input folder');
  }, 120_000);

  it('writes line breaks and other control characters in names as escapes, so each message stays one line', async () => {
    const d = watchDirs('translint-watch-escape-');
    const inDir = join(d.root, 'in\nbox');
    mkdirSync(inDir);
    writeFileSync(join(inDir, 'new\nline.txt'), TEXT);
    writeFileSync(join(inDir, 'bad\tname\u0007.txt'), Buffer.from([0x41, 0xff, 0x42]));
    const run = startWatch([inDir, '--out', d.outDir, '--poll', '30']);
    await until(() => readdirSync(inDir).length === 0 || run.child.exitCode !== null);
    expect(await stopWatch(run)).toBe(0);
    expect(run.lines.sort()).toEqual([`translint watch: watching ${d.root}/in\\nbox, writing to ${d.outDir}`, 'translint watch: new\\nline.txt: 1 finding'].sort());
    expect(run.errors).toEqual([
      'translint: bad\\tname\\u0007.txt:1: invalid UTF-8 at byte 1; moved to failed/ (bad\\tname\\u0007.txt.error.txt says why)',
      'translint watch: SIGTERM: finishing the current file',
    ]);
    expect(readFileSync(join(d.outDir, 'failed', 'bad\tname\u0007.txt.error.txt'), 'utf8')).toBe('bad\\tname\\u0007.txt:1: invalid UTF-8 at byte 1\n');
    // the files themselves keep their names
    expect(readdirSync(join(d.outDir, 'done'))).toEqual(['new\nline.txt']);
  }, 120_000);

  it('never replaces a file in done/ or failed/ or its reports: a later file of the same name gets a number', async () => {
    const d = watchDirs('translint-watch-same-');
    const run = startWatch([d.inDir, '--out', d.outDir, '--poll', '30']);
    const drop = async (content: string | Buffer, lines: number) => {
      writeFileSync(join(d.inDir, 'a.txt'), content);
      await until(() => run.lines.length + run.errors.length >= lines || run.child.exitCode !== null);
    };
    await until(() => run.lines.length === 1 || run.child.exitCode !== null);
    await drop('Fine.\n', 2);
    await drop(TEXT, 3);
    await drop(Buffer.from([0x41, 0xff, 0x42]), 4);
    await drop('The the the end.\n', 5);
    expect(await stopWatch(run)).toBe(0);
    expect(run.lines.slice(1)).toEqual([
      'translint watch: a.txt: 0 findings',
      'translint watch: a.txt: 1 finding; kept as a (2).txt (a file named a.txt is in done/ or failed/ already)',
      'translint watch: a.txt: 1 finding; kept as a (4).txt (a file named a.txt is in done/ or failed/ already)',
    ]);
    expect(run.errors[0]).toBe('translint: a.txt:1: invalid UTF-8 at byte 1; moved to failed/ as a (3).txt (a file named a.txt is in done/ or failed/ already; a (3).txt.error.txt says why)');
    expect(readdirSync(join(d.outDir, 'done')).sort()).toEqual(['a (2).txt', 'a (4).txt', 'a.txt']);
    expect(['a.txt', 'a (2).txt', 'a (4).txt'].map((n) => readFileSync(join(d.outDir, 'done', n), 'utf8'))).toEqual(['Fine.\n', TEXT, 'The the the end.\n']);
    expect(readdirSync(join(d.outDir, 'failed')).sort()).toEqual(['a (3).txt', 'a (3).txt.error.txt']);
    expect(readFileSync(join(d.outDir, 'failed', 'a (3).txt.error.txt'), 'utf8')).toBe('a.txt:1: invalid UTF-8 at byte 1\n');
    // each kept file has its own reports, naming the file as it was dropped
    const findings = ['a.txt', 'a (2).txt', 'a (4).txt'].map((n) => {
      const report = JSON.parse(readFileSync(join(d.outDir, `${n}.translint.json`), 'utf8')) as { files: { path: string; findings: unknown[] }[] };
      return [report.files[0]!.path, report.files[0]!.findings.length];
    });
    expect(findings).toEqual([['a.txt', 0], ['a.txt', 1], ['a.txt', 1]]);
    expect(readFileSync(join(d.outDir, 'a (2).txt.diff'), 'utf8')).toContain('+The minister spoke.');
  }, 120_000);

  it('keeps every file when names meet: a.txt while done/ holds one, and a (2).txt', async () => {
    const d = watchDirs('translint-watch-meet-');
    mkdirSync(join(d.outDir, 'done'), { recursive: true });
    writeFileSync(join(d.outDir, 'done', 'a.txt'), 'first\n');
    writeFileSync(join(d.inDir, 'a.txt'), 'second\n');
    writeFileSync(join(d.inDir, 'a (2).txt'), 'third\n');
    const run = startWatch([d.inDir, '--out', d.outDir, '--poll', '30']);
    await until(() => readdirSync(d.inDir).length === 0 || run.child.exitCode !== null);
    expect(await stopWatch(run)).toBe(0);
    const done = readdirSync(join(d.outDir, 'done'));
    expect(done.length).toBe(3);
    expect(done.map((n) => readFileSync(join(d.outDir, 'done', n), 'utf8')).sort()).toEqual(['first\n', 'second\n', 'third\n']);
    expect(readdirSync(d.outDir).filter((n) => n.endsWith('.translint.json')).length).toBe(2);
  }, 120_000);

  it('names a file whose name is not valid UTF-8 (its bytes escaped) and goes on: at start-up and when one is dropped later', async () => {
    const d = watchDirs('translint-watch-bytes-');
    // a path as bytes: a name Node cannot give as a string
    const raw = (dir: string, ...parts: (string | number[])[]) => Buffer.concat([Buffer.from(`${dir}/`), ...parts.map((p) => Buffer.from(p as string))]);
    writeFileSync(raw(d.inDir, 'early', [0xff], '.txt'), TEXT);
    writeFileSync(raw(d.inDir, 'twin', [0xfe], '.txt'), TEXT);
    writeFileSync(raw(d.inDir, 'twin', [0xfd], '.txt'), TEXT);
    // (an unknown extension is no input, whatever its name)
    writeFileSync(raw(d.inDir, 'other', [0xff], '.bin'), TEXT);
    writeFileSync(join(d.inDir, 'fine.txt'), TEXT);
    const run = startWatch([d.inDir, '--out', d.outDir, '--poll', '30']);
    await until(() => run.lines.length === 2 || run.child.exitCode !== null);
    writeFileSync(raw(d.inDir, 'late', [0xc3], '\n.md'), TEXT);
    writeFileSync(join(d.inDir, 'after.txt'), TEXT);
    await until(() => run.lines.length === 3 || run.child.exitCode !== null);
    await until(() => run.errors.length === 4 || run.child.exitCode !== null);
    expect(await stopWatch(run)).toBe(0);
    const why = 'its name is not valid UTF-8, so it cannot be opened; rename it to have it checked; it stays in the input folder';
    expect(run.errors.slice(0, 4).sort()).toEqual([`translint: early\\xff.txt: ${why}`, `translint: late\\xc3\\n.md: ${why}`, `translint: twin\\xfd.txt: ${why}`, `translint: twin\\xfe.txt: ${why}`]);
    expect(run.lines.slice(1).sort()).toEqual(['translint watch: after.txt: 1 finding', 'translint watch: fine.txt: 1 finding']);
    expect(readdirSync(join(d.outDir, 'done')).sort()).toEqual(['after.txt', 'fine.txt']);
    expect(readdirSync(d.inDir, { encoding: 'buffer' }).length).toBe(5);
  }, 120_000);
});
