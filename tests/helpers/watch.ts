import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { onTestFinished } from 'vitest';
import { BIN, ROOT } from './cli.ts';

export interface Started {
  child: ChildProcess;
  /** Lines on stdout and on stderr, as they come. */
  lines: string[];
  errors: string[];
  exit: Promise<number | null>;
}

/** Starts the real `translint watch` with these arguments. */
export function startWatch(args: string[], cwd = ROOT): Started {
  const child = spawn(process.execPath, [BIN, 'watch', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const errors: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (l) => lines.push(l));
  createInterface({ input: child.stderr! }).on('line', (l) => errors.push(l));
  // a test that fails or times out before stopping it leaves no watcher running (one left from a timed-out
  // test kept polling its folder through the rest of the run)
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return { child, lines, errors, exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

/** Stops a watcher with SIGTERM once it is watching; resolves to its exit code. */
export async function stopWatch(run: Started): Promise<number | null> {
  await until(() => run.lines.some((l) => l.startsWith('translint watch: watching ')) || run.child.exitCode !== null);
  run.child.kill('SIGTERM');
  return run.exit;
}

export async function until(cond: () => boolean, ms = 60_000): Promise<void> {
  for (const t0 = Date.now(); !cond(); ) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A fresh folder with an empty `in/`; `out/` is not made. */
export function watchDirs(prefix: string): { root: string; inDir: string; outDir: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(root, 'in'));
  return { root, inDir: join(root, 'in'), outDir: join(root, 'out') };
}
