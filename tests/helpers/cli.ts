import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/translint.js', import.meta.url));
export const SEED = 'corpora/samples/wire-libya-rwanda.txt';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin/translint as a subprocess (the package must be built: `npm test` builds first). */
export function translint(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // a run that hangs (a pipe opened with no writer) fails its test instead of stalling the suite
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
