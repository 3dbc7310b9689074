import { parentPort, workerData } from 'node:worker_threads';
import { createChecker, type CheckOptions } from '../engine/checker.js';
import { CliError } from './errors.js';
import { processFile, type FileTask } from './process-file.js';

/** A worker of the --jobs pool: builds its own checker once, then checks the files it is sent. */
const setup = workerData as { options: CheckOptions; task: FileTask };
const checker = createChecker(setup.options);

parentPort?.on('message', ({ id, path }: { id: number; path: string }) => {
  try {
    parentPort?.postMessage({ id, outcome: processFile(path, checker, setup.task) });
  } catch (e) {
    const message = e instanceof CliError ? e.message : `internal error: ${(e as Error).stack ?? String(e)}`;
    parentPort?.postMessage({ id, error: { message, exitCode: e instanceof CliError ? e.exitCode : 2 } });
  }
});
