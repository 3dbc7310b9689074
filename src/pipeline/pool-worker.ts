import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../engine/checker.js';
import { Pipeline, type PipelineOptions } from './pipeline.js';
import { describeError } from './pool-errors.js';
import type { CheckFileInput } from './types.js';

/** What a worker of a CheckPool is started with. */
export interface PoolWorkerSetup {
  pipeline: PipelineOptions;
  /** Options whose checker is built before the worker says it is ready. */
  warm?: Partial<CheckOptions>;
}

/** Names, an acronym, numbers, quotes, a misspelling: what the rules build indexes for on first use. */
const WARM_UP = 'Prime Minister Keir Starrer told Cnn on Monday that 1.500 "delegates" of the NATO summit in Berlin would recieve visas.\n';

/** A worker of CheckPool (pool.ts): checks the inputs it is sent with one Pipeline, one at a time. */
const setup = workerData as PoolWorkerSetup;
const pipeline = new Pipeline({ ...setup.pipeline, onWarning: (warning) => parentPort?.postMessage({ warning }) });
try {
  if (setup.warm) {
    // one short check loads what rules load on first use (the dictionary), so the first real input
    // does not pay for it inside its time budget
    await pipeline.check({ text: WARM_UP, options: setup.warm });
  }
  parentPort?.postMessage({ ready: true });
} catch (e) {
  // a bad glossary or configuration: CheckPool.ready() rejects with it
  parentPort?.postMessage({ ready: true, error: describeError(e) });
}

parentPort?.on('message', async ({ id, input }: { id: number; input: CheckFileInput }) => {
  try {
    parentPort?.postMessage({ id, result: await pipeline.check(input) });
  } catch (e) {
    parentPort?.postMessage({ id, error: describeError(e) });
  }
});
