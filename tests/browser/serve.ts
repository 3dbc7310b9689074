import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BIN, ROOT } from '../helpers/cli.ts';

export const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium; CI installs it, so there a missing one fails the tests instead of skipping them. */
export const browserMissing = !existsSync(CHROMIUM) && !process.env.CI;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Served {
  url: string;
  stop(): Promise<void>;
}

/** Runs the real `translint serve --port 0` (with `args`) and reads the address from its first stdout line. */
export function serve(env: Record<string, string> = {}, args: string[] = []): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`translint serve did not start within 60 s: ${stderr}`));
    }, 60_000);
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)\n/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({ url: m[1]!, stop });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`translint serve exited with ${code}: ${stderr}`));
    });
  });
}

/** Console errors and uncaught exceptions, which include any Content-Security-Policy violation. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
