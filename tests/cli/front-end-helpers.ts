import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { BIN } from '../helpers/cli.ts';

/** A finding as the front ends are compared on: rule, range and text. */
export type Seen = [string, number, number, string];

export function seen(findings: { ruleId: string; range: { start: { offset: number }; end: { offset: number } }; text: string }[]): Seen[] {
  return findings.map((f) => [f.ruleId, f.range.start.offset, f.range.end.offset, f.text]);
}

export async function until(cond: () => boolean, ms = 60_000): Promise<void> {
  for (const t0 = Date.now(); !cond(); ) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Child {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exit: Promise<number | null>;
}

/** Runs the real binary with these arguments in `cwd`, collecting its output lines. */
export function spawnTranslint(args: string[], cwd: string): Child {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: string[] = [];
  const stderr: string[] = [];
  createInterface({ input: child.stdout! }).on('line', (l) => stdout.push(l));
  createInterface({ input: child.stderr! }).on('line', (l) => stderr.push(l));
  return { child, stdout, stderr, exit: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

/** `translint serve --port 0` in `cwd`; resolves with its base URL once it listens. */
export async function startServe(cwd: string, args: string[] = []): Promise<Child & { url: string }> {
  const c = spawnTranslint(['serve', '--port', '0', ...args], cwd);
  await until(() => c.stdout.length > 0 || c.child.exitCode !== null);
  const m = /listening on (http:\/\/\S+)$/.exec(c.stdout[0] ?? '');
  if (!m) throw new Error(`serve did not start: ${c.stderr.join('\n')}`);
  return { ...c, url: m[1] as string };
}

/** Waits for watch's report of each name in `outDir` and returns its findings. */
export async function watchReports(outDir: string, names: string[]): Promise<Map<string, Seen[]>> {
  await until(() => names.every((n) => existsSync(join(outDir, `${n}.translint.json`)) || existsSync(join(outDir, 'failed', `${n}.error.txt`))), 120_000);
  const out = new Map<string, Seen[]>();
  for (const n of names) {
    const file = join(outDir, `${n}.translint.json`);
    if (!existsSync(file)) throw new Error(readFileSync(join(outDir, 'failed', `${n}.error.txt`), 'utf8'));
    const report = JSON.parse(readFileSync(file, 'utf8')) as { files: { findings: Parameters<typeof seen>[0] }[] };
    out.set(n, seen(report.files[0]?.findings ?? []));
  }
  return out;
}

export async function stop(c: Child): Promise<number | null> {
  c.child.kill('SIGTERM');
  return c.exit;
}
