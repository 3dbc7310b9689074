import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, translint } from '../helpers/cli.ts';
import { glossaryFile, rawRequest } from '../server/helpers.ts';

interface Started {
  child: ChildProcess;
  port: number;
  stderr: string[];
  exit: Promise<number | null>;
}

/** Runs the real `translint serve --port 0` and reads the port from its first stdout line. */
async function serve(args: string[], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (l) => stderr.push(l));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', () => reject(new Error(`exited early: ${stderr.join('\n')}`)));
  });
  const m = /^translint serve: listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(first);
  expect(m).not.toBeNull();
  return { child, port: Number(m![1]), stderr, exit };
}

const json = { 'content-type': 'application/json', authorization: 'Bearer tok' };

describe('translint serve (subprocess)', () => {
  it('serves checks with a token, reloads on SIGHUP during requests, and drains on SIGTERM with exit 0', { timeout: 90_000 }, async () => {
    const file = glossaryFile('desk', [{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]);
    const s = await serve(['--no-default-glossary', '-g', file], { TRANSLINT_TOKEN: 'tok' });
    const url = `http://127.0.0.1:${s.port}`;
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/v1/glossaries`)).status).toBe(401);
    expect(await (await fetch(`${url}/v1/glossaries`, { headers: json })).json()).toEqual({ glossaries: [{ name: 'desk', entries: 1 }] });

    const body = JSON.stringify({ text: 'Keir Starrer met Olaf Sholz.', diff: false });
    const slow = (pause: number) => rawRequest(s.port, { headers: { ...json, 'content-length': body.length }, parts: [body.slice(0, 10), pause, body.slice(10)] });
    const texts = (r: { body: string }) => (JSON.parse(r.body) as { findings: { text: string }[] }).findings.map((f) => f.text);

    // SIGHUP while a request is half sent: it is answered, with the glossary it arrived under
    const during = slow(400);
    await new Promise((r) => setTimeout(r, 100));
    writeFileSync(file, JSON.stringify([{ term: 'Olaf Scholz', variants: ['Olaf Sholz'] }]));
    s.child.kill('SIGHUP');
    const after = async () => texts({ body: await (await fetch(`${url}/v1/check`, { method: 'POST', headers: json, body })).text() });
    // a reload starts worker threads that compile the new glossaries before they are swapped in
    for (let i = 0; i < 600 && !s.stderr.some((l) => l.includes('reloaded')); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await after()).toEqual(['Olaf Sholz']);
    const r1 = await during;
    expect([r1.status, texts(r1)]).toEqual([200, ['Keir Starrer']]);

    // SIGTERM while a request is half sent: it still gets its answer, then the process exits 0
    const inFlight = slow(500);
    await new Promise((r) => setTimeout(r, 100));
    s.child.kill('SIGTERM');
    const r2 = await inFlight;
    expect([r2.status, texts(r2)]).toEqual([200, ['Olaf Sholz']]);
    expect(await s.exit).toBe(0);
    expect(s.stderr).toEqual(['translint serve: reloaded glossaries: desk (1)', 'translint serve: SIGTERM: finishing requests in flight']);
  });

  it('exits 2 with one line for a bad glossary or a port in use', async () => {
    const bad = glossaryFile('bad', []);
    writeFileSync(bad, '{');
    const r = translint(['serve', '--port', '0', '-g', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr.startsWith(`translint: ${bad}:1: invalid JSON: `)).toBe(true);
    expect(r.stderr.split('\n')).toHaveLength(2);
    const s = await serve(['--no-default-glossary']);
    const busy = translint(['serve', '--no-default-glossary', '--port', String(s.port)]);
    expect([busy.status, busy.stderr]).toEqual([2, `translint: cannot listen on 127.0.0.1:${s.port} (EADDRINUSE)\n`]);
    s.child.kill('SIGINT');
    expect(await s.exit).toBe(0);
  });

  it('answers an items request of 40 texts with no warning on its stderr (one abort listener per text made Node warn of a leak)', { timeout: 90_000 }, async () => {
    const s = await serve(['--no-default-glossary', '-g', glossaryFile('desk', [{ term: 'Keir Starmer', variants: ['Keir Starrer'] }])]);
    const items = Array.from({ length: 40 }, (_, i) => ({ id: i, text: i % 2 ? `Keir Starrer spoke ${i} times.` : `Nothing to see, ${i}.` }));
    for (let round = 0; round < 2; round++) {
      const res = await fetch(`http://127.0.0.1:${s.port}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ items, diff: false }) });
      const body = (await res.json()) as { items: { id: number; findings: { text: string }[] }[] };
      expect([res.status, body.items.map((it) => [it.id, it.findings.map((f) => f.text)])]).toEqual([200, items.map((it) => [it.id, it.id % 2 ? ['Keir Starrer'] : []])]);
    }
    s.child.kill('SIGTERM');
    expect(await s.exit).toBe(0);
    expect(s.stderr).toEqual(['translint serve: SIGTERM: finishing requests in flight']);
  });

  it('rejects a bad port', () => {
    const r = translint(['serve', '--port', '70000']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('must be a port number from 0 to 65535');
  });
});
