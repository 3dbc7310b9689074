import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createAuth } from './auth.js';
import { HttpError, sendError } from './errors.js';
import { loadGlossarySet, type GlossarySet } from './glossaries.js';
import { DEFAULT_MAX_BODY_BYTES } from './limits.js';
import { route } from './routes.js';
import { isStaticPath } from './static.js';

export interface ServerOptions {
  /** Glossary files besides the bundled one, each named by its file name without extension. */
  glossaries?: string[];
  /** Load the bundled news glossary as "news" (default true). */
  defaultGlossary?: boolean;
  /** When set, every route but /healthz needs "Authorization: Bearer <token>". */
  token?: string;
  maxBodyBytes?: number;
  /** The whole request, body included, must arrive within this time (default 30 s). */
  requestTimeoutMs?: number;
  /** The headers must arrive within this time (default 10 s). */
  headersTimeoutMs?: number;
  /** Open connections are closed this long after close() was called (default 10 s). */
  shutdownGraceMs?: number;
  /** One line per event worth logging (reloads, internal errors); default none. */
  log?: (line: string) => void;
}

export interface TranslintServer {
  /** Not listening yet: call `server.listen(port, host)`. */
  server: Server;
  /** Loads the glossaries again and swaps them in; on failure logs one line, keeps the old ones and returns false. */
  reload(): boolean;
  /** What loading the glossaries at start warned about (duplicates, conflicts), one line each. */
  readonly warnings: readonly string[];
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

/**
 * The HTTP service. Glossaries are loaded here, once (a GlossaryError propagates); each request
 * uses the glossaries current when it arrived, so a reload never changes a request half-way.
 */
export function createServer(options: ServerOptions = {}): TranslintServer {
  const files = options.glossaries ?? [];
  const withDefault = options.defaultGlossary !== false;
  const log = options.log ?? (() => undefined);
  let current: GlossarySet = loadGlossarySet(files, withDefault);
  const auth = createAuth(options.token);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  let closing = false;

  const server = createHttpServer(
    {
      requestTimeout,
      headersTimeout: Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout),
      // how often the timeouts above are enforced (Node's default is every 30 s)
      connectionsCheckingInterval: Math.max(100, Math.min(1000, requestTimeout / 4)),
    },
    (req, res) => void handle(req, res),
  );

  const inFlight = new Set<ServerResponse>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const glossaries = current;
    if (closing) res.setHeader('Connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    try {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      // the review page itself holds nothing secret; it asks for the token when the API wants one
      if (path !== '/healthz' && !isStaticPath(path)) auth(req);
      await route(req.method ?? 'GET', path)({ req, res, glossaries, maxBodyBytes });
    } catch (e) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) sendError(res, e);
      else {
        log(`translint serve: internal error: ${(e as Error).stack ?? String(e)}`);
        sendError(res, new HttpError(500, 'internal_error', 'internal error; the server log has the details'));
      }
    }
  }

  return {
    server,
    warnings: current.warnings,
    reload() {
      try {
        const next = loadGlossarySet(files, withDefault);
        current = next;
        log(`translint serve: reloaded glossaries: ${[...next.glossaries.values()].map((g) => `${g.name} (${g.entries.length})`).join(', ')}`);
        return true;
      } catch (e) {
        log(`translint serve: reload failed, keeping the loaded glossaries: ${(e as Error).message}`);
        return false;
      }
    },
    close() {
      closing = true;
      // answers still to be sent end their connection, so no keep-alive socket outlives them
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        const force = setTimeout(() => server.closeAllConnections(), options.shutdownGraceMs ?? 10_000);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // keep-alive connections with no request in flight would otherwise hold close() open
        server.closeIdleConnections();
      });
    },
  };
}
