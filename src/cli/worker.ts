import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../engine/checker.js';
import { CheckerCache } from './checkers.js';
import { CliError } from './errors.js';
import { processFile, type FileTask } from './process-file.js';

/** A worker of the --jobs pool: checks the files it is sent, building each checker once. */
const setup = workerData as { task: FileTask };
const checkers = new CheckerCache();

parentPort?.on('message', ({ id, path, options }: { id: number; path: string; options: CheckOptions }) => {
  try {
    parentPort?.postMessage({ id, outcome: processFile(path, checkers.get(options), setup.task) });
  } catch (e) {
    const message = e instanceof CliError ? e.message : `internal error: ${(e as Error).stack ?? String(e)}`;
    parentPort?.postMessage({ id, error: { message, exitCode: e instanceof CliError ? e.exitCode : 2 } });
  }
});
