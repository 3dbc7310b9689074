import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { Pipeline } from '../../src/pipeline/index.ts';
import type { FileOutcome } from '../../src/watch/process.ts';
import { STATE_FILE, type StateData } from '../../src/watch/state.ts';
import { watchFolder, type WatchOptions } from '../../src/watch/watcher.ts';

const glossary = parseGlossary(JSON.stringify([{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]), 'json', 'test.json');
const checker = createChecker({ defaultGlossary: false, glossaries: [glossary] });
const pipeline = new Pipeline({ config: false });
/** The use case in this thread (the command runs it on a worker thread under a budget). */
const check: WatchOptions['check'] = (input) => pipeline.check({ ...input, checker });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function dirs(): { inDir: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'translint-watch-'));
  mkdirSync(join(root, 'in'));
  return { inDir: join(root, 'in'), outDir: join(root, 'out') };
}

async function run(d: { inDir: string; outDir: string }, during: () => Promise<void>, options: Partial<WatchOptions> = {}): Promise<[string, FileOutcome['kind']][]> {
  const seen: [string, FileOutcome['kind']][] = [];
  const w = watchFolder({ ...d, check, pollMs: 30, onFile: (n, o) => seen.push([n, o.kind]), ...options });
  await w.ready;
  await during();
  await w.idle();
  await w.close();
  return seen;
}

/** Waits until `n` outcomes were seen (files become visible only after two stable polls). */
async function until(cond: () => boolean, ms = 8000): Promise<void> {
  for (const t0 = Date.now(); !cond(); ) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await sleep(20);
  }
}

const state = (outDir: string) => JSON.parse(readFileSync(join(outDir, STATE_FILE), 'utf8')) as StateData;

describe('watchFolder', () => {
  it('moves a file only if it is still what was checked: one changed meanwhile is checked again, one replaced by a folder stays', async () => {
    const d = dirs();
    const changes: Record<string, () => void> = {
      'grown.txt': () => appendFileSync(join(d.inDir, 'grown.txt'), 'Keir Starrer left.\n'),
      'emptied.txt': () => writeFileSync(join(d.inDir, 'emptied.txt'), ''),
      'folder.txt': () => {
        rmSync(join(d.inDir, 'folder.txt'));
        mkdirSync(join(d.inDir, 'folder.txt'));
      },
    };
    // the file is changed while its check runs, once
    const changing: WatchOptions['check'] = (input) => {
      const name = input.path ?? '';
      const change = changes[name];
      delete changes[name];
      change?.();
      return check(input);
    };
    const seen = await run(d, async () => {
      for (const name of Object.keys(changes)) writeFileSync(join(d.inDir, name), 'Keir Starrer spoke.\n');
      await until(() => readdirSync(join(d.outDir, 'done')).length === 2, 8000).catch(() => undefined);
    }, { check: changing });
    // grown.txt and emptied.txt were checked twice (the second time as they are now), then moved
    expect(seen.filter(([n]) => n === 'grown.txt').map(([, k]) => k)).toEqual(['processed', 'processed']);
    expect(readFileSync(join(d.outDir, 'done', 'grown.txt'), 'utf8')).toBe('Keir Starrer spoke.\nKeir Starrer left.\n');
    const grown = JSON.parse(readFileSync(join(d.outDir, 'grown.txt.translint.json'), 'utf8')) as { summary: { findings: number } };
    expect(grown.summary.findings).toBe(2);
    expect(readFileSync(join(d.outDir, 'done', 'emptied.txt'), 'utf8')).toBe('');
    // the folder that took folder.txt's name is left where it is
    expect(existsSync(join(d.outDir, 'done', 'folder.txt'))).toBe(false);
    expect(readdirSync(d.inDir).filter((n) => !n.startsWith('.'))).toEqual(['folder.txt']);
  });

  it('checks a dropped file, writes its report and diff, and moves it to done/', async () => {
    const d = dirs();
    const seen: [string, FileOutcome['kind']][] = [];
    const w = watchFolder({ ...d, check, pollMs: 30, onFile: (n, o) => seen.push([n, o.kind]) });
    await w.ready;
    writeFileSync(join(d.inDir, 'story.txt'), 'Keir Starrer spoke.\n');
    writeFileSync(join(d.inDir, 'notes.pdf'), 'ignored');
    writeFileSync(join(d.inDir, '.hidden.txt'), 'ignored');
    await until(() => seen.length === 1);
    await w.close();
    expect(seen).toEqual([['story.txt', 'processed']]);
    const report = JSON.parse(readFileSync(join(d.outDir, 'story.txt.translint.json'), 'utf8')) as { files: { path: string; findings: { text: string }[] }[]; summary: { findings: number } };
    expect(report.files[0]!.path).toBe('story.txt');
    expect(report.files[0]!.findings.map((f) => f.text)).toEqual(['Keir Starrer']);
    expect(readFileSync(join(d.outDir, 'story.txt.diff'), 'utf8')).toBe('--- a/story.txt\n+++ b/story.txt\n@@ -1,1 +1,1 @@\n-Keir Starrer spoke.\n+Keir Starmer spoke.\n');
    expect(readdirSync(d.inDir).sort()).toEqual(['.hidden.txt', 'notes.pdf']);
    expect(readFileSync(join(d.outDir, 'done', 'story.txt'), 'utf8')).toBe('Keir Starrer spoke.\n');
    expect(state(d.outDir)).toEqual({ version: 1, processed: 1, files: {} });
  });

  it('waits for a file written in parts, and takes a file renamed in from an ignored name', async () => {
    const d = dirs();
    const seen = await run(d, async () => {
      const f = join(d.inDir, 'slow.txt');
      // each part arrives before two polls (60 ms) pass without growth; the name is whole only at the end
      writeFileSync(f, 'Keir ');
      for (const part of ['Sta', 'rr', 'er', ' spoke.']) {
        await sleep(25);
        appendFileSync(f, part);
      }
      writeFileSync(join(d.inDir, 'fast.txt.part'), 'Keir Starrer, again.');
      await sleep(100);
      renameSync(join(d.inDir, 'fast.txt.part'), join(d.inDir, 'fast.txt'));
      await until(() => readdirSync(d.inDir).length === 0);
    });
    expect(seen.sort()).toEqual([['fast.txt', 'processed'], ['slow.txt', 'processed']]);
    expect(readFileSync(join(d.outDir, 'done', 'slow.txt'), 'utf8')).toBe('Keir Starrer spoke.');
    expect(readFileSync(join(d.outDir, 'slow.txt.diff'), 'utf8')).toContain('\n-Keir Starrer spoke.\n');
  });

  it('with keep, leaves files in place, skips them after a restart, and checks a changed one again', async () => {
    const d = dirs();
    writeFileSync(join(d.inDir, 'a.txt'), 'Keir Starrer');
    writeFileSync(join(d.inDir, 'b.md'), 'Fine.');
    const first = await run(d, () => until(() => existsSync(join(d.outDir, 'a.txt.diff')) && existsSync(join(d.outDir, 'b.md.diff'))), { keep: true });
    expect(first.sort()).toEqual([['a.txt', 'processed'], ['b.md', 'processed']]);
    const seen: [string, FileOutcome['kind']][] = [];
    const w = watchFolder({ ...d, check, pollMs: 30, keep: true, onFile: (n, o) => seen.push([n, o.kind]) });
    await w.ready;
    await until(() => seen.length === 2);
    writeFileSync(join(d.inDir, 'b.md'), 'Keir Starrer too.');
    await until(() => seen.length === 3);
    await w.close();
    expect(seen.sort()).toEqual([['a.txt', 'unchanged'], ['b.md', 'processed'], ['b.md', 'unchanged']]);
    expect(readdirSync(d.inDir).sort()).toEqual(['a.txt', 'b.md']);
    expect(state(d.outDir).processed).toBe(3);
    expect(Object.keys(state(d.outDir).files).sort()).toEqual(['a.txt', 'b.md']);
  });

  it('after a crash between record and move, only moves the file; without a record, checks it again', async () => {
    const d = dirs();
    writeFileSync(join(d.inDir, 'recorded.txt'), 'Keir Starrer');
    writeFileSync(join(d.inDir, 'unrecorded.txt'), 'Fine.');
    await run(d, () => until(() => readdirSync(d.inDir).length === 0));
    // put the files back as a crash would have left them: one recorded but not moved, one not recorded
    renameSync(join(d.outDir, 'done', 'recorded.txt'), join(d.inDir, 'recorded.txt'));
    renameSync(join(d.outDir, 'done', 'unrecorded.txt'), join(d.inDir, 'unrecorded.txt'));
    writeFileSync(join(d.outDir, '.x.txt.translint-1-2.tmp'), 'left by a crash');
    const hash = createHash('sha256').update('Keir Starrer').digest('hex');
    writeFileSync(join(d.outDir, STATE_FILE), JSON.stringify({ version: 1, processed: 1, files: { 'recorded.txt': { size: 12, mtimeMs: 0, hash, status: 'done' } } }));
    const seen = await run(d, () => until(() => readdirSync(d.inDir).length === 0));
    expect(seen.sort()).toEqual([['recorded.txt', 'moved'], ['unrecorded.txt', 'processed']]);
    expect(state(d.outDir)).toEqual({ version: 1, processed: 2, files: {} });
    expect(existsSync(join(d.outDir, '.x.txt.translint-1-2.tmp'))).toBe(false);
  });

  it('after a restart, moves a recorded file under the name chosen for it, never over another file', async () => {
    const d = dirs();
    mkdirSync(join(d.outDir, 'done'), { recursive: true });
    const sha = (t: string) => createHash('sha256').update(t).digest('hex');
    const record = (t: string, as?: string) => ({ size: t.length, mtimeMs: 0, hash: sha(t), status: 'done', ...(as ? { as } : {}) });
    // as a crash leaves them: a.txt recorded under the name it was given, not yet moved; b.txt copied to
    // done/ from another file system, its original not yet removed; c.txt recorded, and another file took its place in done/
    writeFileSync(join(d.outDir, 'done', 'a.txt'), 'first');
    writeFileSync(join(d.inDir, 'a.txt'), 'second');
    writeFileSync(join(d.outDir, 'done', 'b.txt'), 'copied');
    writeFileSync(join(d.inDir, 'b.txt'), 'copied');
    writeFileSync(join(d.outDir, 'done', 'c.txt'), 'other');
    writeFileSync(join(d.inDir, 'c.txt'), 'mine');
    writeFileSync(join(d.outDir, STATE_FILE), JSON.stringify({ version: 1, processed: 3, files: { 'a.txt': record('second', 'a (2).txt'), 'b.txt': record('copied'), 'c.txt': record('mine') } }));
    const warnings: string[] = [];
    const seen = await run(d, () => until(() => readdirSync(d.inDir).length === 1), { onWarning: (w) => warnings.push(w) });
    // (c.txt, not moved, is no 'moved' line: the warning says what became of it)
    expect(seen.sort()).toEqual([['a.txt', 'moved'], ['b.txt', 'moved'], ['c.txt', 'skipped']]);
    expect(readdirSync(d.inDir)).toEqual(['c.txt']);
    const done = readdirSync(join(d.outDir, 'done')).sort();
    expect(done.map((n) => [n, readFileSync(join(d.outDir, 'done', n), 'utf8')])).toEqual([['a (2).txt', 'second'], ['a.txt', 'first'], ['b.txt', 'copied'], ['c.txt', 'other']]);
    expect(warnings).toEqual(['c.txt: not moved to done/ (done/c.txt is there already); it stays in the input folder']);
    expect(Object.keys(state(d.outDir).files)).toEqual(['c.txt']);
  });

  it('names the folder it cannot start on: a watched folder not there, an out folder below a file', () => {
    const root = mkdtempSync(join(tmpdir(), 'translint-watch-'));
    writeFileSync(join(root, 'file'), '');
    const start = (inDir: string, outDir: string) => () => watchFolder({ inDir, outDir, check });
    expect(start(join(root, 'nothing'), join(root, 'nothing-out'))).toThrow(`${join(root, 'nothing')}: cannot read (ENOENT)`);
    expect(start(root, join(root, 'file', 'out'))).toThrow(`${join(root, 'file', 'out')}: cannot make it a folder (ENOTDIR: a file is in its path)`);
  });

  it('handles a burst of 1,000 files, each once', async () => {
    const d = dirs();
    const seen = await run(d, async () => {
      for (let i = 0; i < 1000; i++) writeFileSync(join(d.inDir, `s${String(i).padStart(4, '0')}.txt`), `Story ${i}: Keir Starrer spoke.\n`);
      await until(() => readdirSync(d.inDir).length === 0, 40_000);
    });
    expect(seen.length).toBe(1000);
    expect(new Set(seen.map(([n]) => n)).size).toBe(1000);
    expect(seen.every(([, k]) => k === 'processed')).toBe(true);
    expect(readdirSync(join(d.outDir, 'done')).length).toBe(1000);
    expect(readdirSync(d.outDir).filter((n) => n.endsWith('.translint.json')).length).toBe(1000);
    expect(state(d.outDir)).toEqual({ version: 1, processed: 1000, files: {} });
  }, 60_000);

  it('moves a file that cannot be checked to failed/', async () => {
    const d = dirs();
    const seen = await run(d, async () => {
      writeFileSync(join(d.inDir, 'bad.txt'), Buffer.from([0x41, 0xff, 0x42]));
      await until(() => readdirSync(d.inDir).length === 0);
    });
    expect(seen).toEqual([['bad.txt', 'failed']]);
    expect(readdirSync(join(d.outDir, 'failed'))).toEqual(['bad.txt', 'bad.txt.error.txt']);
    expect(readFileSync(join(d.outDir, 'failed', 'bad.txt.error.txt'), 'utf8')).toBe('bad.txt:1: invalid UTF-8 at byte 1\n');
    expect(state(d.outDir).processed).toBe(1);
  });

  it('fails a file over the size limit without reading it, and with keep knows it again by its size and time', async () => {
    const d = dirs();
    writeFileSync(join(d.inDir, 'big.txt'), 'Keir Starrer spoke at length.');
    writeFileSync(join(d.inDir, 'small.txt'), 'Keir Starrer');
    const seen = await run(d, () => until(() => existsSync(join(d.outDir, 'small.txt.diff')) && existsSync(join(d.outDir, 'failed', 'big.txt.error.txt'))), { keep: true, maxFileSize: 20 });
    expect(seen.sort()).toEqual([['big.txt', 'failed'], ['small.txt', 'processed']]);
    expect(readFileSync(join(d.outDir, 'failed', 'big.txt.error.txt'), 'utf8')).toBe('big.txt: file is 29 bytes, over the limit of 20 (--max-file-size)\n');
    const again = await run(d, () => until(() => state(d.outDir).processed === 2), { keep: true, maxFileSize: 20 });
    expect(again.sort()).toEqual([['big.txt', 'unchanged'], ['small.txt', 'unchanged']]);
  });

  it('never dies on a file whose check fails: that file goes to failed/ with the reason, the others are checked', async () => {
    const d = dirs();
    const names = Array.from({ length: 20 }, (_, i) => `s${String(i).padStart(2, '0')}.txt`);
    // a fault of the checker on one document (a rule's bug, a worker that ran out of its budget)
    const faulty: WatchOptions['check'] = (input) => (input.path === 's07.txt' ? Promise.reject(new TypeError("Cannot read properties of undefined (reading 'start')")) : check(input));
    const seen = await run(
      d,
      async () => {
        for (const n of names) writeFileSync(join(d.inDir, n), `Story ${n}: Keir Starrer spoke.\n`);
        await until(() => readdirSync(d.inDir).length === 0, 30_000);
      },
      { check: faulty },
    );
    expect(seen.filter(([, k]) => k === 'processed').length).toBe(19);
    expect(seen.filter(([n, k]) => n === 's07.txt' && k === 'failed').length).toBe(1);
    expect(readdirSync(join(d.outDir, 'done')).length).toBe(19);
    expect(readdirSync(join(d.outDir, 'failed'))).toEqual(['s07.txt', 's07.txt.error.txt']);
    expect(readFileSync(join(d.outDir, 'failed', 's07.txt.error.txt'), 'utf8').split('\n')[0]).toBe("s07.txt: internal error: Cannot read properties of undefined (reading 'start')");
  }, 60_000);
});
