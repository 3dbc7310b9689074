import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/io/errors.ts';
import { CheckAbandoned, CheckPool } from '../../src/pipeline/index.ts';
import { variedProse } from '../helpers/varied-prose.ts';

const NEWS = { pipeline: { config: false as const }, warm: {} };

describe('CheckPool: each input under a time budget and a memory bound', () => {
  it('an input over the time budget is rejected and its worker replaced; the next inputs are checked', async () => {
    const pool = new CheckPool({ ...NEWS, timeMs: 400 });
    try {
      await pool.ready();
      // about 7 MB of prose, each sentence different: about 2 s of checking, far over 400 ms
      const slow = pool.check({ name: 'big', text: variedProse(80_000) });
      const after = pool.check({ name: 'small', text: 'Cnn said so.' });
      await expect(slow).rejects.toThrow(new FileError('big: over the time budget of 400 ms; not checked', 'budget'));
      expect((await after).findings.map((f) => f.text)).toEqual(['Cnn']);
    } finally {
      await pool.close();
    }
  }, 180_000);

  it('an input whose signal aborts leaves the queue unchecked; one running is given up and its worker replaced', async () => {
    const pool = new CheckPool({ ...NEWS, timeMs: 0 });
    try {
      await pool.ready();
      const gone = new AbortController();
      // 200,000 findings: many seconds of checking each, with no time budget
      const running = pool.check({ name: 'running', text: 'Cnn said. '.repeat(200_000) }, gone.signal);
      const queued = pool.check({ name: 'queued', text: 'Cnn said. '.repeat(200_000) }, gone.signal);
      expect(pool.waiting).toBe(1);
      const t0 = performance.now();
      gone.abort();
      expect(pool.waiting).toBe(0);
      await expect(running).rejects.toBeInstanceOf(CheckAbandoned);
      await expect(queued).rejects.toBeInstanceOf(CheckAbandoned);
      // the running check is stopped once it has run as long as a worker takes to start (~0.5 s)
      expect((await pool.check({ text: 'Cnn said.' })).findings.length).toBe(1);
      expect(performance.now() - t0).toBeLessThan(5000);
      await expect(pool.check({ text: 'Cnn said.' }, gone.signal)).rejects.toBeInstanceOf(CheckAbandoned);
    } finally {
      await pool.close();
    }
  }, 180_000);

  it('the inputs of one signal share one abort listener, removed once the last has settled, and an abort reaches each', async () => {
    const pool = new CheckPool({ ...NEWS, timeMs: 0 });
    try {
      await pool.ready();
      const done = new AbortController();
      // one listener per input made Node warn of a leak (MaxListenersExceededWarning) from the eleventh on
      const checks = Array.from({ length: 12 }, (_, i) => pool.check({ name: String(i), text: `Cnn said ${i}.` }, done.signal));
      expect(getEventListeners(done.signal, 'abort')).toHaveLength(1);
      expect((await Promise.all(checks)).map((r) => r.findings.length)).toEqual(Array(12).fill(1));
      expect(getEventListeners(done.signal, 'abort')).toHaveLength(0);
      // a later input of the same signal listens again, and an abort gives up every one waiting
      const gone = new AbortController();
      const waiting = Array.from({ length: 12 }, () => pool.check({ text: 'Cnn said. '.repeat(50_000) }, gone.signal));
      expect(getEventListeners(gone.signal, 'abort')).toHaveLength(1);
      gone.abort();
      expect(pool.waiting).toBe(0);
      for (const w of waiting) await expect(w).rejects.toBeInstanceOf(CheckAbandoned);
      expect((await pool.check({ text: 'Cnn said.' }, done.signal)).findings.length).toBe(1);
      expect(getEventListeners(done.signal, 'abort')).toHaveLength(0);
    } finally {
      await pool.close();
    }
  }, 180_000);

  it('takes turns between the signals of the queue: a request of one text waits for one of a request of many, not for all of them', async () => {
    const pool = new CheckPool({ ...NEWS, timeMs: 0 });
    try {
      await pool.ready();
      const order: string[] = [];
      const check = (name: string, signal?: AbortSignal) => pool.check({ name, text: `Cnn said. ${name}` }, signal).then(() => order.push(name));
      const many = new AbortController();
      const one = new AbortController();
      // one worker: the first text starts at once, the rest wait; the queue was one line, so "b0" waited for all of "a"
      const a = Array.from({ length: 6 }, (_, i) => check(`a${i}`, many.signal));
      const b = [check('b0', one.signal), check('b1', one.signal)];
      const c = check('c');
      await Promise.all([...a, ...b, c]);
      expect(order).toEqual(['a0', 'a1', 'b0', 'c', 'a2', 'b1', 'a3', 'a4', 'a5']);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('an input that needs more heap than the bound is rejected and its worker replaced', async () => {
    const pool = new CheckPool({ ...NEWS, memoryMb: 64, timeMs: 0 });
    try {
      await pool.ready();
      // 200,000 findings of a few hundred bytes each do not fit in 64 MB
      const err = await pool.check({ name: 'many', text: 'Cnn said. '.repeat(200_000) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FileError);
      expect((err as FileError).code).toBe('budget');
      expect((err as Error).message).toBe('many: over the memory budget of 64 MB; not checked');
      expect((await pool.check({ text: 'Cnn said.' })).findings.length).toBe(1);
    } finally {
      await pool.close();
    }
  }, 180_000);

  it('ready() rejects with the glossary error that stops every worker', async () => {
    const pool = new CheckPool({ pipeline: { config: false, options: { glossaries: ['/nonexistent/terms.yaml'] } }, warm: {} });
    try {
      await expect(pool.ready()).rejects.toThrow('/nonexistent/terms.yaml: no such file');
    } finally {
      await pool.close();
    }
  }, 120_000);
});
