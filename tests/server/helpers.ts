import { request } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ServerOptions, type TranslintServer } from '../../src/server/app.ts';

export interface Running {
  app: TranslintServer;
  url: string;
  port: number;
  logs: string[];
}

/** Starts a server on an ephemeral port on 127.0.0.1. */
export async function start(options: ServerOptions = {}): Promise<Running> {
  const logs: string[] = [];
  // one checking thread: tests start many servers on a busy machine
  const app = createServer({ log: (l) => logs.push(l), workers: 1, ...options });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const port = (app.server.address() as AddressInfo).port;
  // as runServer does: the glossaries are compiled before the service is used
  await app.ready();
  return { app, url: `http://127.0.0.1:${port}`, port, logs };
}

/** A temporary glossary file named `<name>.json`. */
export function glossaryFile(name: string, entries: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'translint-srv-')), `${name}.json`);
  writeFileSync(file, JSON.stringify(entries));
  return file;
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown>, headers: res.headers };
}

/**
 * A request whose body is sent in parts with pauses (node:http, so the test controls the timing).
 * Resolves with status and body text, or with the socket error code.
 */
export function rawRequest(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string | number>; parts?: (string | Buffer | number)[]; /** Go away after the parts instead of ending the request. */ abort?: boolean },
): Promise<{ status?: number; body: string; error?: string }> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'POST', path: options.path ?? '/v1/check', headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ body: '', error: e.code ?? e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ body: '', error: e.code ?? e.message }));
    void (async () => {
      for (const p of options.parts ?? []) {
        if (typeof p === 'number') await new Promise((r) => setTimeout(r, p));
        else if (!req.destroyed) req.write(p);
      }
      if (options.abort) req.destroy();
      else if (!req.destroyed) req.end();
    })();
  });
}
