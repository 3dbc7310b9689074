import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../config/errors.js';
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
let pipeline: Pipeline | undefined;
try {
  // inside the try: a bad --config throws here, and must reach ready() as that error, not kill the thread
  pipeline = new Pipeline({ ...setup.pipeline, onWarning: (warning) => parentPort?.postMessage({ warning }) });
  if (setup.warm) {
    // one short check loads what rules load on first use (the dictionary), so the first real input
    // does not pay for it inside its time budget
    await pipeline.check({ text: WARM_UP, options: setup.warm });
  }
  parentPort?.postMessage({ ready: true });
} catch (e) {
  // a bad glossary or configuration: CheckPool.ready() rejects with it; except a configuration file
  // found near the files of a hot folder (freshConfig), which fails those files until it is mended
  // (a --config given explicitly, loaded by the constructor, still stops the start)
  if (pipeline && setup.pipeline.freshConfig && e instanceof ConfigError) parentPort?.postMessage({ ready: true });
  else parentPort?.postMessage({ ready: true, error: describeError(e) });
}

parentPort?.on('message', async ({ id, input }: { id: number; input: CheckFileInput }) => {
  try {
    if (!pipeline) throw new Error('the checker could not start');
    parentPort?.postMessage({ id, result: await pipeline.check(input) });
  } catch (e) {
    parentPort?.postMessage({ id, error: describeError(e) });
  }
});
