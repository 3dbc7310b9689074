import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnDescriptor } from '../../src/io/descriptor.ts';
import { BIN } from '../helpers/cli.ts';

// /dev/fd/N names a descriptor of the process that opens it: a caller's (`3< story.txt`, `-o /dev/fd/4 4> log`,
// `<(cmd)`), or one Node opened for its event loop. Reading the latter hung the check; writing into it
// crashed the process with a segmentation fault.

const LINUX = existsSync('/proc/self/fdinfo');

interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** bin/translint with `fds` as its descriptors 3, 4, ... (stdin empty), killed after 20 s. */
function run(args: string[], cwd: string, fds: number[] = []): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe', ...fds] });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d));
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    child.stdin!.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

describe.runIf(LINUX)('paths naming a descriptor (/dev/fd/N)', () => {
  it("refuses Node's own descriptors as the report and as an input, with one line and exit 2, never a crash or a hang", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-fd-'));
    writeFileSync(join(dir, 'a.txt'), 'Keir Starrer spoke.\n');
    const runs = await Promise.all(
      Array.from({ length: 18 }, (_, i) => i + 3).flatMap((n) => [run(['check', 'a.txt', '-o', `/dev/fd/${n}`], dir), run(['check', `/dev/fd/${n}`], dir)]),
    );
    for (const r of runs) {
      expect(r.signal).toBeNull();
      expect([0, 1, 2]).toContain(r.status);
      if (r.status === 2) expect(r.stderr).toMatch(/^translint: \/dev\/fd\/\d+: [^\n]+\n$/);
    }
    // the event loop's descriptors are among them (Node 20 opens an epoll, eventfds and signal pipes)
    const own = runs.filter((r) => r.stderr.includes('a descriptor translint opened for itself, not one it was given'));
    expect(own.length).toBeGreaterThan(4);
  }, 120_000);

  it('reads and writes the descriptors a caller passes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-fd-'));
    writeFileSync(join(dir, 'a.txt'), 'Keir Starrer spoke.\n');
    const input = openSync(join(dir, 'a.txt'), 'r');
    const output = openSync(join(dir, 'report.txt'), 'w');
    try {
      const r = await run(['check', '/dev/fd/3', '--format', 'json', '-o', '/dev/fd/4'], dir, [input, output]);
      expect([r.status, r.signal, r.stderr]).toEqual([0, null, '']);
    } finally {
      closeSync(input);
      closeSync(output);
    }
    const report = JSON.parse(readFileSync(join(dir, 'report.txt'), 'utf8')) as { files: { path: string; findings: { suggestions?: { text: string }[] }[] }[] };
    expect(report.files.map((f) => [f.path, f.findings.length])).toEqual([['/dev/fd/3', 1]]);
  });

  it('tells an event loop descriptor from a file (in this process)', () => {
    const anon = readdirSync('/proc/self/fd').find((n) => {
      try {
        return readlinkSync(`/proc/self/fd/${n}`).startsWith('anon_inode:');
      } catch {
        return false;
      }
    });
    expect(anon).toBeDefined();
    expect(isOwnDescriptor(`/dev/fd/${anon}`)).toBe(true);
    expect(isOwnDescriptor(`/proc/self/fd/${anon}`)).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'translint-fd-'));
    writeFileSync(join(dir, 'a.txt'), 'x');
    const fd = openSync(join(dir, 'a.txt'), 'r');
    try {
      expect(isOwnDescriptor(`/dev/fd/${fd}`)).toBe(false);
      expect(isOwnDescriptor(join(dir, 'a.txt'))).toBe(false);
      expect(isOwnDescriptor('/dev/stdout')).toBe(false);
    } finally {
      closeSync(fd);
    }
  });
});
