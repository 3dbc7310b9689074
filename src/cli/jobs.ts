import { availableParallelism, loadavg } from 'node:os';
import { CheckPool } from '../pipeline/pool.js';
import type { Pipeline, PipelineOptions } from '../pipeline/pipeline.js';
import { checkOne, type FileOutcome, type FileTask } from './check-one.js';

/** Input each extra thread needs before it pays for its start (see jobCount). */
export const BYTES_PER_EXTRA_THREAD = 4 * 1024 * 1024;

/**
 * How many threads check the files: at most `jobs` (`auto`: up to 4), and never more than pay.
 * Measured on 200 stories of 5 KB (1 MB) on 2 cores: one thread used 1.9 s of CPU; a worker thread
 * costs about 1.2 s of CPU before its first file (loading the modules, compiling the glossaries and
 * the dictionary, warming up the JIT), so a second thread there made the run 1.5x slower. Hence:
 * no more threads than cores, than cores left idle by the machine's load (threads beyond them only
 * take turns), or than one per 4 MB of input (about 4 s of checking, several times a thread's start).
 * Test hook: `TRANSLINT_TEST_ALL_JOBS=1` keeps only the cap by cores, so tests can run the threads on
 * small inputs.
 */
export function jobCount(jobs: number | 'auto' | undefined, files: number, bytes: number): number {
  if (jobs === undefined || jobs === 1 || files < 2) return 1;
  const cores = availableParallelism();
  const wanted = jobs === 'auto' ? Math.min(4, cores) : Math.min(jobs, cores);
  if (process.env.TRANSLINT_TEST_ALL_JOBS === '1') return Math.max(1, Math.min(wanted, files));
  const idle = Math.max(1, cores - Math.floor(loadavg()[0] ?? 0));
  const paying = 1 + Math.floor(bytes / BYTES_PER_EXTRA_THREAD);
  return Math.max(1, Math.min(wanted, idle, paying, files));
}

/**
 * Checks the files on this thread and `jobs - 1` worker threads, which take files from the same
 * list in order as each becomes free. This thread starts at once, while the workers build their
 * checkers: a worker that is not ready before the list runs out simply checks nothing. Files are read and written here; workers only check. Outcomes
 * come back in the order of `paths`.
 */
export async function runJobs(
  paths: readonly string[],
  jobs: number,
  pipeline: Pipeline,
  pipelineOptions: Omit<PipelineOptions, 'onWarning'>,
  task: FileTask,
  onDone?: (done: number) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = new Array(paths.length);
  let next = 0;
  let done = 0;
  let stop = false;
  const lane = async (run: Parameters<typeof checkOne>[1]) => {
    while (!stop && next < paths.length) {
      const i = next++;
      outcomes[i] = await checkOne(paths[i] as string, run, task);
      onDone?.(++done);
    }
  };
  // no time or memory budget here: `check` runs on the user's own files, as large as they allow
  // (glossary warnings were printed when this thread built the same checkers)
  const pools = Array.from({ length: jobs - 1 }, () => new CheckPool({ pipeline: pipelineOptions, workers: 1, timeMs: 0, memoryMb: 0 }));
  try {
    // this thread's lane yields between files, so the workers' messages are handled meanwhile
    const own = lane(async (input) => {
      await new Promise((r) => setImmediate(r));
      return pipeline.check(input);
    });
    const workerLanes = pools.map(async (pool) => {
      // a worker still starting when this thread has taken the last file is not waited for
      if ((await Promise.race([pool.ready().then(() => true), own.then(() => false)])) === false) return;
      await lane((input) => pool.check(input));
    });
    await Promise.all([own, ...workerLanes]);
  } catch (e) {
    stop = true;
    throw e;
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
  return outcomes;
}
