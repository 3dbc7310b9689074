import { Worker } from 'node:worker_threads';
import { CliError } from './errors.js';
import type { PlannedFile } from './check-files.js';
import type { FileOutcome } from './process-file.js';

export interface WorkerSetup {
  /** Passed to each worker once: how to build its checker and what to do with each file. */
  [key: string]: unknown;
}

type Reply = { id: number; outcome: FileOutcome } | { id: number; error: { message: string; exitCode?: number } };

/**
 * Checks files on `jobs` worker threads, each with its own checkers, and returns the outcomes in the
 * order of `paths`. At most one file per worker is in flight, so memory stays bounded by the
 * results. The first error stops the pool.
 */
export function runPool(paths: readonly PlannedFile[], jobs: number, setup: WorkerSetup, onDone?: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  return new Promise<FileOutcome[]>((resolve, reject) => {
    let failed = false;
    const stop = (err?: Error) => {
      if (failed) return;
      if (err) failed = true;
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(outcomes);
    };
    const feed = (w: Worker) => {
      if (next < paths.length) {
        const id = next++;
        const { path, options } = paths[id] as PlannedFile;
        w.postMessage({ id, path, options });
      }
    };
    const count = Math.max(1, Math.min(jobs, paths.length));
    for (let i = 0; i < count; i++) {
      const w = new Worker(new URL('./worker.js', import.meta.url), { workerData: setup });
      workers.push(w);
      w.on('message', (reply: Reply) => {
        if ('error' in reply) {
          stop(new CliError(reply.error.message, reply.error.exitCode ?? 2));
          return;
        }
        outcomes[reply.id] = reply.outcome;
        done++;
        onDone?.(done);
        if (done === paths.length) stop();
        else feed(w);
      });
      w.on('error', (e) => stop(e));
      feed(w);
    }
    if (paths.length === 0) stop();
  });
}
