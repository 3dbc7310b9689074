// A worker thread's entry for run.ts: Node 20 starts workers only from JavaScript, so this registers
// tsx in the thread and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
