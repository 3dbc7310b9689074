import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.ts';
import { glossaryFile, rawRequest } from '../server/helpers.ts';

interface Started {
  child: ChildProcess;
  port: number;
  url: string;
  stderr: string[];
  exit: Promise<number | null>;
}

/** Runs the real `translint serve --port 0` (no --host: the default address is under test). */
async function serve(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (l) => stderr.push(l));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', () => reject(new Error(`exited early: ${stderr.join('\n')}`)));
  });
  const port = Number(/:(\d+)$/.exec(first)?.[1]);
  return { child, port, url: `http://127.0.0.1:${port}`, stderr, exit };
}

async function stop(s: Started): Promise<void> {
  s.child.kill('SIGTERM');
  expect(await s.exit).toBe(0);
}

/** Resident memory of a process in MiB (Linux). */
function rssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

/** The local addresses of the listening TCP sockets on `port`, from the kernel's own table. */
function listeningOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const out: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state === '0A' && local?.endsWith(`:${hexPort}`)) out.push(local.slice(0, -5));
    }
  }
  return out;
}

const CHECK = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Keir Starrer met Olaf Sholz.', diff: false }) };

describe('translint serve under attack (subprocess)', () => {
  it('listens on 127.0.0.1 only by default, and drops a body dripped slower than --request-timeout with 408', async () => {
    const s = await serve(['--no-default-glossary', '--request-timeout', '500']);
    try {
      expect(listeningOn(s.port)).toEqual(['0100007F']);
      const t0 = Date.now();
      const r = await rawRequest(s.port, { headers: { 'content-type': 'application/json', 'content-length': 100 }, parts: ['{', 300, '"', 300, 't', 300, 'e', 300, 'x', 300, 't'] });
      expect(r.status ?? r.error).toBe(408);
      expect(Date.now() - t0).toBeLessThan(2500);
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    } finally {
      await stop(s);
    }
  });

  it('2,000 idle connections neither block /healthz and checks nor make memory grow without bound', async () => {
    const s = await serve(['--no-default-glossary']);
    const sockets: Socket[] = [];
    try {
      expect((await fetch(`${s.url}/v1/check`, CHECK)).status).toBe(200);
      const before = rssMiB(s.child.pid!);
      await Promise.all(
        Array.from({ length: 2000 }, () =>
          new Promise<void>((resolve, reject) => {
            const sock = connect(s.port, '127.0.0.1', resolve);
            sock.once('error', reject);
            sockets.push(sock);
          }),
        ),
      );
      // half of them send a partial request line and stall, the rest send nothing
      sockets.forEach((sock, i) => i % 2 === 0 && sock.write('POST /v1/check HTTP/1.1\r\nHost: x\r\n'));
      await new Promise((r) => setTimeout(r, 300));
      const t0 = Date.now();
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
      expect((await fetch(`${s.url}/v1/check`, CHECK)).status).toBe(200);
      expect(Date.now() - t0).toBeLessThan(1000);
      const during = rssMiB(s.child.pid!);
      // measured: about 12 MiB for 2,000 sockets
      expect(during - before).toBeLessThan(64);
      expect(sockets.filter((x) => x.destroyed)).toHaveLength(0);
    } finally {
      for (const sock of sockets) sock.destroy();
      await stop(s);
    }
    expect(s.stderr.filter((l) => !l.includes('SIGTERM'))).toEqual([]);
  });

  it('--workers 1 --max-queue 1: a third check request while two are held gets 503 with Retry-After at once', async () => {
    const s = await serve(['--workers', '1', '--max-queue', '1']);
    try {
      // "Cnn" is a variant of the bundled glossary: 30,000 findings take a second or more to check
      const slow = { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'Cnn. '.repeat(30_000) }) };
      const held = [fetch(`${s.url}/v1/check`, slow), fetch(`${s.url}/v1/check`, slow)];
      await new Promise((r) => setTimeout(r, 300));
      const busy = await fetch(`${s.url}/v1/check`, CHECK);
      expect([busy.status, busy.headers.get('retry-after'), ((await busy.json()) as { error: { code: string } }).error.code]).toEqual([503, '1', 'busy']);
      const statuses = await Promise.all(
        held.map(async (pending) => {
          const r = await pending;
          await r.arrayBuffer();
          return r.status;
        }),
      );
      expect(statuses).toEqual([200, 200]);
      expect((await fetch(`${s.url}/v1/check`, CHECK)).status).toBe(200);
    } finally {
      await stop(s);
    }
  });

  it('--workers 1: a one-text request and /healthz are answered while two items requests ahead of them still wait for their texts', { timeout: 60_000 }, async () => {
    const s = await serve(['--workers', '1']);
    try {
      // a Markdown list of 2,000 items: no finding, a tenth of a second or more to check; 10 texts a request
      const list = Array.from({ length: 2_000 }, (_, i) => `- point ${i}`).join('\n');
      const items = JSON.stringify({ items: Array.from({ length: 10 }, (_, id) => ({ id, text: list, format: 'markdown' })), diff: false });
      const order: string[] = [];
      const done = (name: string) => async (r: Response) => {
        await r.arrayBuffer();
        order.push(`${name} ${r.status}`);
      };
      const held = [1, 2].map((n) => fetch(`${s.url}/v1/check`, { ...CHECK, body: items }).then(done(`items${n}`)));
      await new Promise((r) => setTimeout(r, 300));
      // the queue was one line of texts: the small request waited for all 20 (and 8 s behind two items requests of 200)
      await Promise.all([fetch(`${s.url}/v1/check`, CHECK).then(done('small')), fetch(`${s.url}/healthz`).then(done('healthz')), ...held]);
      expect(order.slice(2).sort()).toEqual(['items1 200', 'items2 200']);
    } finally {
      await stop(s);
    }
  });

  it('reloads on SIGHUP again and again under load without one failed request', { timeout: 120_000 }, async () => {
    const file = glossaryFile('desk', [{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]);
    const s = await serve(['--no-default-glossary', '-g', file]);
    try {
      const statuses = new Map<number | string, number>();
      let running = true;
      const worker = async () => {
        while (running) {
          const status = await fetch(`${s.url}/v1/check`, CHECK).then(
            async (r) => (await r.arrayBuffer(), r.status),
            (e: Error) => e.message,
          );
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      };
      const workers = Array.from({ length: 16 }, worker);
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setTimeout(r, 150));
        // replaced whole, as editors and deploy tools save: a reload still reading the file while it is
        // rewritten in place would see it half written (and rightly keep the loaded glossaries)
        writeFileSync(`${file}.tmp`, JSON.stringify([{ term: i % 2 ? 'Keir Starmer' : 'Olaf Scholz', variants: [i % 2 ? 'Keir Starrer' : 'Olaf Sholz'] }]));
        renameSync(`${file}.tmp`, file);
        s.child.kill('SIGHUP');
      }
      // signals during a reload are folded into one more reload: wait for the last one under load
      for (let t = 0; t < 600 && s.stderr.filter((l) => l.startsWith('translint serve: reloaded')).length < 2; t++) await new Promise((r) => setTimeout(r, 50));
      running = false;
      await Promise.all(workers);
      expect([...statuses.keys()]).toEqual([200]);
      expect(statuses.get(200)).toBeGreaterThan(100);
      expect(s.stderr.filter((l) => l.startsWith('translint serve: reloaded glossaries: desk (1)')).length).toBeGreaterThanOrEqual(2);
      expect(s.stderr.filter((l) => !l.startsWith('translint serve: reloaded'))).toEqual([]);
    } finally {
      await stop(s);
    }
  });
});
