import type { Worker } from 'node:worker_threads';
import { FileError } from '../io/errors.js';
import type { PipelineOptions } from './pipeline.js';
import { FairQueue } from './fair-queue.js';
import { rebuildError, type ErrorDescription } from './pool-errors.js';
import type { PoolWorkerSetup } from './pool-worker.js';
import { startWorker, workerUrl } from './start-worker.js';
import type { CheckFileInput, FileCheck } from './types.js';

export interface CheckPoolOptions {
  /** How each worker builds its pipeline (plain data: it is copied to the worker). */
  pipeline?: Omit<PipelineOptions, 'onWarning'>;
  /** Options whose checker each worker builds as it starts, so the first input does not wait for it. */
  warm?: PoolWorkerSetup['warm'];
  /** Worker threads (default 1). */
  workers?: number;
  /** Time one input may take in a worker before the worker is stopped and replaced (default 30 s; 0: no limit). */
  timeMs?: number;
  /** The heap (V8 old generation) one worker may use, in MB (default 1024; 0: Node's own limit). */
  memoryMb?: number;
  /** Glossary warnings of the workers, each once. */
  onWarning?: (message: string) => void;
}

export const DEFAULT_TIME_MS = 30_000;
export const DEFAULT_MEMORY_MB = 1024;

interface Job {
  input: CheckFileInput;
  /** Its turn in the queue: its signal (one request's texts share one), or the job itself. */
  group: unknown;
  resolve: (r: FileCheck) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** When the worker was started (performance.now()): its start-up is timed. */
  startedAt: number;
  job?: Job & { id: number; timer: NodeJS.Timeout; startedAt: number; abandoned?: NodeJS.Timeout };
}

/** What an input's promise rejects with when its signal aborts before it was checked. */
export class CheckAbandoned extends Error {
  constructor() {
    super('the check was abandoned');
    this.name = 'CheckAbandoned';
  }
}

/**
 * Checks inputs on worker threads, each input under a time budget and each worker under a memory
 * bound, so that no document can stall or crash the front end that serves the others (the service,
 * the NDJSON stream, the hot folder). An input over budget makes `check` reject with a FileError
 * (code "budget") naming it; its worker is terminated and a fresh one takes its place, and the
 * other inputs go on. Inputs wait in a queue for the next free worker; the budget counts from when
 * a worker starts on the input. The queue takes turns between signals (fair-queue.ts): the inputs
 * of one signal, the texts of one request, wait behind one another, but a request of one text waits
 * for one text of each request ahead of it, not for all of theirs (one line made a small request
 * wait 8 s behind two items requests of 200 texts, with two workers).
 *
 * An input whose `signal` aborts (its client went away) is taken out of the queue, never started.
 * One already running is given up: its promise rejects at once, and its worker is replaced once the
 * input has run as long as starting a worker took (measured), unless it finishes before: a short
 * check runs to its end, which costs less than a new worker; a long one does not hold its worker.
 */
export class CheckPool {
  private readonly slots: Slot[] = [];
  private readonly queue = new FairQueue<Job>();
  private readonly warned = new Set<string>();
  /** The jobs waiting on each abort signal (see watch). */
  private readonly watched = new WeakMap<AbortSignal, Set<Job> & { unlisten: () => void }>();
  private readonly timeMs: number;
  private readonly memoryMb: number;
  private nextId = 0;
  /** How long the last worker took from its start to ready, in ms (until one was timed: a guess). */
  private startMs = 1000;
  private closed = false;
  private readyWaiters: (() => void)[] = [];
  private warmError: Error | undefined;
  /** A worker that could not even start: every input fails with this instead of restarting workers forever. */
  private broken: Error | undefined;

  constructor(private readonly options: CheckPoolOptions = {}) {
    this.timeMs = options.timeMs ?? DEFAULT_TIME_MS;
    this.memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
    for (let i = 0; i < Math.max(1, options.workers ?? 1); i++) this.slots.push(this.spawn());
  }

  /** Resolves once every worker has built its first checker (`warm`); rejects with the error that stopped one. */
  async ready(): Promise<void> {
    if (!this.slots.every((s) => s.ready)) await new Promise<void>((done) => this.readyWaiters.push(done));
    if (this.warmError) throw this.warmError;
  }

  /** Checks one input on the next free worker (plain data: it is copied there, so no `checker`). */
  check(input: Omit<CheckFileInput, 'checker'>, signal?: AbortSignal): Promise<FileCheck> {
    if (this.closed) return Promise.reject(new Error('the check pool is closed'));
    if (this.broken) return Promise.reject(this.broken);
    if (signal?.aborted) return Promise.reject(new CheckAbandoned());
    return new Promise((resolve, reject) => {
      const job: Job = { input, group: undefined, resolve, reject };
      job.group = signal ?? job;
      if (signal) {
        const forget = this.watch(signal, job);
        job.resolve = (r) => (forget(), resolve(r));
        job.reject = (e) => (forget(), reject(e));
      }
      this.queue.push(job, job.group);
      this.dispatch();
    });
  }

  /**
   * Abandons `job` when `signal` aborts; returns what stops that once the job is settled. The jobs of one
   * signal (the texts of one request, up to 1000) share one listener: one each made Node warn of a leak
   * (MaxListenersExceededWarning) on the server's stderr from the eleventh text of a request on.
   */
  private watch(signal: AbortSignal, job: Job): () => void {
    let jobs = this.watched.get(signal);
    if (!jobs) {
      const mine = new Set<Job>();
      const onAbort = () => {
        this.watched.delete(signal);
        for (const j of [...mine]) this.abandon(j);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.watched.set(signal, (jobs = Object.assign(mine, { unlisten: () => signal.removeEventListener('abort', onAbort) })));
    }
    const set = jobs;
    set.add(job);
    return () => {
      // the last job of the signal settled: its listener goes, and a later job adds one again
      if (set.delete(job) && set.size === 0 && this.watched.get(signal) === set) {
        this.watched.delete(signal);
        set.unlisten();
      }
    };
  }

  /** Inputs waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  /** An input whose signal aborted: out of the queue, or given up on its worker (see the class comment). */
  private abandon(job: Job): void {
    this.queue.remove(job, job.group);
    const slot = this.slots.find((s) => s.job === job);
    job.reject(new CheckAbandoned());
    if (!slot?.job || slot.job.abandoned) return;
    const run = slot.job;
    const left = Math.max(0, run.startedAt + this.startMs - performance.now());
    run.abandoned = setTimeout(() => slot.job === run && this.replace(slot, 'abandoned'), left);
  }

  /** Stops the workers; inputs still queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.clear()) job.reject(new Error('the check pool is closed'));
    await Promise.all(
      this.slots.map((s) => {
        if (s.job) {
          clearTimeout(s.job.timer);
          clearTimeout(s.job.abandoned);
          s.job.reject(new Error('the check pool is closed'));
          delete s.job;
        }
        return s.worker.terminate();
      }),
    );
  }

  private spawn(): Slot {
    const setup: PoolWorkerSetup = { pipeline: this.options.pipeline ?? {}, ...(this.options.warm ? { warm: this.options.warm } : {}) };
    const limits = this.memoryMb > 0 ? { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } } : {};
    const worker = startWorker(workerUrl('./pool-worker', import.meta.url), { workerData: setup, ...limits });
    const slot: Slot = { worker, ready: false, startedAt: performance.now() };
    worker.on('message', (m: { ready?: true; warning?: string; id?: number; result?: FileCheck; error?: ErrorDescription }) => {
      if (m.ready) {
        slot.ready = true;
        this.startMs = performance.now() - slot.startedAt;
        if (m.error) this.warmError ??= rebuildError(m.error);
        if (this.slots.every((s) => s.ready)) for (const w of this.readyWaiters.splice(0)) w();
        this.dispatch();
      } else if (m.warning !== undefined) {
        if (!this.warned.has(m.warning)) {
          this.warned.add(m.warning);
          this.options.onWarning?.(m.warning);
        }
      } else if (slot.job && m.id === slot.job.id) {
        const job = slot.job;
        clearTimeout(job.timer);
        clearTimeout(job.abandoned);
        delete slot.job;
        if (m.error) job.reject(rebuildError(m.error));
        else job.resolve(m.result as FileCheck);
        this.dispatch();
      }
    });
    // a worker over its heap limit ends with ERR_WORKER_OUT_OF_MEMORY; any other end is a crash
    worker.on('error', (e: NodeJS.ErrnoException) => this.replace(slot, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `over the memory budget of ${this.memoryMb} MB` : `the checker failed (${e.message})`));
    worker.on('exit', () => this.replace(slot, 'the checker stopped'));
    return slot;
  }

  /** Takes a dead or stopped worker out, fails its input with `reason`, and starts another. */
  private replace(slot: Slot, reason: string): void {
    const i = this.slots.indexOf(slot);
    if (i === -1 || this.closed) return;
    if (!slot.ready) {
      // it died before its first message: a broken installation, not a bad input
      this.broken = this.warmError ??= new Error(`a checking thread could not start: ${reason}`);
      slot.ready = true;
      for (const job of this.queue.clear()) job.reject(this.broken);
      if (this.slots.every((s) => s.ready)) for (const w of this.readyWaiters.splice(0)) w();
      return;
    }
    this.slots.splice(i, 1);
    const job = slot.job;
    if (job) {
      clearTimeout(job.timer);
      clearTimeout(job.abandoned);
      delete slot.job;
      job.reject(new FileError(`${job.input.name ?? job.input.path ?? '<input>'}: ${reason}; not checked`, 'budget'));
    }
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots.push(this.spawn());
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (!slot.ready || slot.job) continue;
      const job = this.queue.shift() as Job;
      const id = this.nextId++;
      const timer = setTimeout(() => this.replace(slot, `over the time budget of ${formatMs(this.timeMs)}`), this.timeMs > 0 ? this.timeMs : 2 ** 31 - 1);
      if (this.timeMs <= 0) clearTimeout(timer);
      slot.job = Object.assign(job, { id, timer, startedAt: performance.now() });
      slot.worker.postMessage({ id, input: job.input });
    }
  }
}

function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
