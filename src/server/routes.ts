import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rules } from '../rules/index.js';
import type { CheckPool } from '../pipeline/pool.js';
import type { Admission } from './admission.js';
import { runCheckRequest } from './check.js';
import { HttpError, sendJson } from './errors.js';
import type { GlossarySet } from './glossaries.js';
import { readJsonBody } from './limits.js';
import { parseCheckRequest } from './request.js';
import { staticRoute } from './static.js';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** The glossaries when the request arrived; a reload meanwhile does not change them. */
  glossaries: GlossarySet;
  /** The worker threads of the same generation, which check the texts. */
  pool: CheckPool;
  maxBodyBytes: number;
  /** Aborts when the client has gone (the connection closed before the answer) or the answer is sent. */
  signal: AbortSignal;
  /** The bound on check requests held at once (503 beyond it). */
  admission: Admission;
}

type Handler = (ctx: RouteContext) => Promise<void> | void;

/** The source file is served as is (dist/server/ and src/server/ both sit two levels down). */
const OPENAPI = new URL('../../src/server/openapi.yaml', import.meta.url);
let openapi: string | undefined;

/** Every route by path and method; HEAD is answered wherever GET is. */
export const routes: Record<string, Partial<Record<'GET' | 'POST', Handler>>> = {
  '/healthz': { GET: ({ res }) => sendJson(res, 200, { status: 'ok' }) },
  '/v1/check': {
    POST: async ({ req, res, glossaries, pool, maxBodyBytes, signal, admission }) => {
      // full: refused before the body is read (Node drops it, as after a 413)
      admission.check();
      const body = await readJsonBody(req, maxBodyBytes);
      const request = parseCheckRequest(body.value, [...glossaries.glossaries.keys()], body.text);
      admission.enter();
      try {
        sendJson(res, 200, await runCheckRequest(request, glossaries, pool, signal));
      } finally {
        admission.leave();
      }
    },
  },
  '/v1/rules': {
    GET: ({ res }) => sendJson(res, 200, { rules: rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description })) }),
  },
  '/v1/glossaries': {
    GET: ({ res, glossaries }) => sendJson(res, 200, { glossaries: [...glossaries.glossaries.values()].map((g) => ({ name: g.name, entries: g.entries.length })) }),
  },
  '/v1/openapi.yaml': {
    GET: ({ res }) => {
      try {
        openapi ??= readFileSync(OPENAPI, 'utf8');
      } catch {
        throw new HttpError(404, 'not_found', 'the OpenAPI description is not installed with this copy of translint');
      }
      res.writeHead(200, { 'Content-Type': 'application/yaml; charset=utf-8', 'Content-Length': String(Buffer.byteLength(openapi)) });
      res.end(openapi);
    },
  },
};

/**
 * The path a request's target names on this server. A target in origin form (`/v1/check?x=1`, what
 * clients send) is a path however it begins: `new URL(target, base)` read `//healthz` as a URL of the
 * host "healthz" and answered the review page at its path `/`. Dot segments are resolved as URL does;
 * empty segments are kept, so `//v1/rules` names no route (404). A target in absolute form
 * (`http://host/v1/rules`, which HTTP/1.1 servers must take) gives its path; anything else (`*`) is
 * kept as it is, and names no route.
 */
export function requestPath(target: string): string {
  if (target.startsWith('/')) return new URL(`http://localhost${target}`).pathname;
  try {
    const url = new URL(target);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.pathname;
  } catch {
    // not a URL: no route has its name
  }
  return target;
}

/** The handler for a request, or the 404/405 to answer. The review page (static.ts) is not an API route. */
export function route(method: string, path: string): Handler {
  const entry = routes[path] ?? staticRoute(path);
  if (!entry) throw new HttpError(404, 'not_found', `no route ${path} (see GET /v1/openapi.yaml)`);
  const handler = entry[(method === 'HEAD' ? 'GET' : method) as 'GET' | 'POST'];
  if (!handler) {
    const allow = Object.keys(entry).flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])).join(', ');
    throw new HttpError(405, 'method_not_allowed', `${method} is not allowed on ${path} (allowed: ${allow})`, { Allow: allow });
  }
  return handler;
}
