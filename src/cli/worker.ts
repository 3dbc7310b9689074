import { parentPort, workerData } from 'node:worker_threads';
import type { CheckOptions } from '../engine/checker.js';
import { CheckerCache } from './checkers.js';
import type { InputFormatName } from '../inputs/index.js';
import { InputError } from '../inputs/errors.js';
import { CliError } from './errors.js';
import { inputParser, type ParseInput } from './parse-input.js';
import { processFile, type FileTask } from './process-file.js';

/** A worker of the --jobs pool: checks the files it is sent, building each checker once. */
const setup = workerData as { task: FileTask; inputFormat?: InputFormatName };
const checkers = new CheckerCache();
const parsers = new Map<string, Promise<ParseInput>>();

parentPort?.on('message', async ({ id, path, options }: { id: number; path: string; options: CheckOptions }) => {
  try {
    const key = /\.[^./]*$/.exec(path)?.[0] ?? '';
    let parse = parsers.get(key);
    if (!parse) parsers.set(key, (parse = inputParser([path], setup.inputFormat)));
    parentPort?.postMessage({ id, outcome: processFile(path, checkers.get(options), setup.task, await parse) });
  } catch (e) {
    const known = e instanceof CliError || e instanceof InputError;
    const message = known ? e.message : `internal error: ${(e as Error).stack ?? String(e)}`;
    parentPort?.postMessage({ id, error: { message, exitCode: e instanceof CliError ? e.exitCode : 2 } });
  }
});
