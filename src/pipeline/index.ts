/** The one use case every front end calls (see pipeline.ts), and the worker pool that bounds each input. */
export { Pipeline, checkFile, type PipelineOptions, type ResolvedInput } from './pipeline.js';
export { CheckAbandoned, CheckPool, DEFAULT_MEMORY_MB, DEFAULT_TIME_MS, type CheckPoolOptions } from './pool.js';
export type { CheckFileInput, FileCheck } from './types.js';
/** Whether a replacement needs escaping in a format (a front end refusing an editor's replacement asks it). */
export { escapingNote, unsafeInFormat } from '../fix/escaping.js';
