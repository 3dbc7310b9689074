import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATE_FILE, type StateData } from '../../src/watch/state.ts';
import { translint } from '../helpers/cli.ts';
import { startWatch as start, stopWatch, until } from '../helpers/watch.ts';

const checkedNames = (lines: string[]) => lines.map((l) => /^translint watch: (\S+): \d+ findings?$/.exec(l)?.[1]).filter((n): n is string => n !== undefined);

describe('translint watch (subprocess)', () => {
  it('after a kill mid-batch and a restart, every file is finished exactly once', async () => {
    const root = mkdtempSync(join(tmpdir(), 'translint-watch-cli-'));
    const inDir = join(root, 'in');
    const outDir = join(root, 'out');
    mkdirSync(inDir);
    const glossary = join(root, 'g.json');
    writeFileSync(glossary, JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]));
    const total = 600;
    const names = Array.from({ length: total }, (_, i) => `story-${String(i).padStart(3, '0')}.txt`);
    names.forEach((n, i) => writeFileSync(join(inDir, n), `Item ${i}. ${i % 2 ? 'Keir Starrer' : 'Nobody'} spoke.\n`));
    const args = [inDir, '--out', outDir, '--poll', '30', '--no-default-glossary', '-g', glossary];

    const first = start(args);
    await until(() => checkedNames(first.lines).length >= 100);
    first.child.kill('SIGKILL');
    expect(await first.exit).toBe(null);
    const firstNames = checkedNames(first.lines);
    expect(firstNames.length).toBeLessThan(total);

    const second = start(args);
    await until(() => readdirSync(inDir).length === 0);
    await until(() => second.lines.some((l) => l.startsWith('translint watch: watching ')));
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
    const secondNames = checkedNames(second.lines);

    // nothing twice: no file reported as checked by both runs; nothing lost: all are in done/
    expect(secondNames.filter((n) => firstNames.includes(n))).toEqual([]);
    expect(readdirSync(join(outDir, 'done')).sort()).toEqual(names);
    expect(readdirSync(outDir).filter((n) => n.endsWith('.translint.json')).length).toBe(total);
    expect(readdirSync(outDir).filter((n) => n.endsWith('.diff')).length).toBe(total);
    expect(readdirSync(outDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const state = JSON.parse(readFileSync(join(outDir, STATE_FILE), 'utf8')) as StateData;
    expect(state).toEqual({ version: 1, processed: total, files: {} });
    const report = JSON.parse(readFileSync(join(outDir, 'story-001.txt.translint.json'), 'utf8')) as { files: { findings: { text: string }[] }[] };
    expect(report.files[0]!.findings.map((f) => f.text)).toEqual(['Keir Starrer']);
    // the checking thread starts (and compiles the glossaries) before the first file: slow on a busy machine
  }, 180_000);

  it('gives a named pipe and a link to a device dropped in the folder an error, unread, and goes on', async () => {
    const root = mkdtempSync(join(tmpdir(), 'translint-watch-dev-'));
    const inDir = join(root, 'in');
    const outDir = join(root, 'out');
    mkdirSync(inDir);
    symlinkSync('/dev/zero', join(inDir, 'zero.txt'));
    expect(spawnSync('mkfifo', [join(inDir, 'pipe.txt')]).status).toBe(0);
    writeFileSync(join(inDir, 'story.txt'), 'Nobody spoke.\n');
    const run = start([inDir, '--out', outDir, '--poll', '30']);
    await until(() => readdirSync(inDir).length === 0);
    // (files found at start-up may be done before the watcher says it is watching and takes SIGTERM: stopWatch waits for that)
    expect(await stopWatch(run)).toBe(0);
    expect(readdirSync(join(outDir, 'done'))).toEqual(['story.txt']);
    expect(readdirSync(join(outDir, 'failed')).sort()).toEqual(['pipe.txt', 'pipe.txt.error.txt', 'zero.txt', 'zero.txt.error.txt']);
    expect(readFileSync(join(outDir, 'failed', 'zero.txt.error.txt'), 'utf8')).toBe('zero.txt: not a regular file (a device, pipe or socket); not read\n');
  }, 120_000);

  it('writes no .diff of a file that is not UTF-8, and says why; the report is written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'translint-watch-enc-'));
    const inDir = join(root, 'in');
    const outDir = join(root, 'out');
    mkdirSync(inDir);
    writeFileSync(join(inDir, 'u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The Cnn said so.\n', 'utf16le')]));
    writeFileSync(join(inDir, 'u8.txt'), 'The Cnn said so.\n');
    const run = start([inDir, '--out', outDir, '--poll', '30']);
    await until(() => readdirSync(inDir).length === 0);
    // (files found at start-up may be done before the watcher says it is watching and takes SIGTERM: stopWatch waits for that)
    expect(await stopWatch(run)).toBe(0);
    expect(readdirSync(outDir).filter((n) => /^u.*\.(diff|json)$/.test(n)).sort()).toEqual(['u16.txt.translint.json', 'u8.txt.diff', 'u8.txt.translint.json']);
    expect(run.lines).toContain('translint watch: u16.txt: 1 finding; no u16.txt.diff: it is written in UTF-8 only; this file is utf-16le (convert it first)');
    expect(run.lines).toContain('translint watch: u8.txt: 1 finding');
  }, 120_000);

  it('refuses a missing input folder with exit 2', () => {
    const r = translint(['watch', 'no/such/dir', '--out', join(tmpdir(), 'unused')]);
    expect([r.status, r.stderr]).toEqual([2, 'translint: no/such/dir: no such directory\n']);
  });
});
