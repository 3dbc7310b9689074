import { mkdirSync, mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WatchState } from '../../src/watch/state.ts';
import { stamp, Sweep } from '../../src/watch/sweep.ts';

function folder() {
  const root = mkdtempSync(join(tmpdir(), 'translint-sweep-'));
  const inDir = join(root, 'in');
  const outDir = join(root, 'out');
  mkdirSync(inDir);
  mkdirSync(outDir);
  const state = new WatchState(outDir);
  const busy = new Set<string>();
  const sweep = new Sweep(inDir, (n) => n.endsWith('.txt') && !n.startsWith('.'), state, (n) => busy.has(n));
  const put = (name: string, text: string, seconds = 1_700_000_000) => {
    writeFileSync(join(inDir, name), text);
    utimesSync(join(inDir, name), seconds, seconds);
  };
  return { inDir, state, busy, sweep, put };
}

describe('the sweep under the watcher events', () => {
  it('hands on a file once it has the size and time it had at the sweep before', () => {
    const { sweep, put } = folder();
    put('a.txt', 'one');
    expect(sweep.due()).toEqual([]);
    expect(sweep.due()).toEqual(['a.txt']);
    // still there at the next sweep (not taken yet): handed on again, the queue holds a name once
    expect(sweep.due()).toEqual(['a.txt']);
  });

  it('waits while a file is being written', () => {
    const { sweep, put } = folder();
    put('a.txt', 'one');
    expect(sweep.due()).toEqual([]);
    put('a.txt', 'one two', 1_700_000_005);
    expect(sweep.due()).toEqual([]);
    expect(sweep.due()).toEqual(['a.txt']);
  });

  it('leaves files queued or being checked, recorded as checked as they are, and names the watcher does not take', () => {
    const { inDir, state, busy, sweep, put } = folder();
    put('queued.txt', 'q');
    put('checked.txt', 'c');
    put('changed.txt', 'x');
    put('.part.txt', 'p');
    put('image.png', 'i');
    mkdirSync(join(inDir, 'sub.txt'));
    busy.add('queued.txt');
    const at = (n: string) => statSync(join(inDir, n));
    state.finish([
      ['checked.txt', { size: at('checked.txt').size, mtimeMs: at('checked.txt').mtimeMs, hash: 'h', status: 'done' }],
      ['changed.txt', { size: 99, mtimeMs: at('changed.txt').mtimeMs, hash: 'h', status: 'done' }],
    ]);
    expect(sweep.due()).toEqual([]);
    expect(sweep.due()).toEqual(['changed.txt']);
    busy.delete('queued.txt');
    expect(sweep.due().sort()).toEqual(['changed.txt', 'queued.txt']);
  });

  it('is told each file\'s size and time, to leave one the watcher handled as it is now', () => {
    const root = mkdtempSync(join(tmpdir(), 'translint-sweep-'));
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'a.txt'), 'one');
    writeFileSync(join(root, 'b.txt'), 'two');
    const st = statSync(join(root, 'a.txt'));
    const handled = new Map([['a.txt', stamp(st.size, st.mtimeMs)]]);
    const sweep = new Sweep(root, (n) => n.endsWith('.txt'), new WatchState(join(root, 'out')), (n, now) => handled.get(n) === now);
    sweep.due();
    expect(sweep.due()).toEqual(['b.txt']);
  });
});
