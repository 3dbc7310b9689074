import type { Duplex } from 'node:stream';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Admission, DEFAULT_MAX_QUEUE } from './admission.js';
import { createAuth } from './auth.js';
import { HttpError, sendError } from './errors.js';
import { probeWhenHalfClosed } from './half-close.js';
import { Generation, serviceWorkers } from './generation.js';
import { DEFAULT_MAX_BODY_BYTES } from './limits.js';
import { requestPath, route } from './routes.js';
import { isStaticPath } from './static.js';

export interface ServerOptions {
  /** Glossary files besides the bundled one, each named by its file name without extension. */
  glossaries?: string[];
  /** Load the bundled news glossary as "news" (default true). */
  defaultGlossary?: boolean;
  /** When set, every route but /healthz needs "Authorization: Bearer <token>". */
  token?: string;
  maxBodyBytes?: number;
  /** The whole request, body included, must arrive within this time, and a client may not stop reading its answer for longer (default 30 s). */
  requestTimeoutMs?: number;
  /** The headers must arrive within this time (default 10 s). */
  headersTimeoutMs?: number;
  /** Open connections are closed this long after close() was called (default 10 s). */
  shutdownGraceMs?: number;
  /** One line per event worth logging (reloads, internal errors); default none. */
  log?: (line: string) => void;
  /** Worker threads that check texts (default: one per core, at most 2). */
  workers?: number;
  /** Time one text may take before its request gets a 422 (default 10 s). */
  maxTimeMs?: number;
  /** Check requests that may wait beyond one per worker; more get 503 with Retry-After (default 64). */
  maxQueue?: number;
  /** Heap one checking thread may use, in MB, before its text's request gets a 422 (default 1024). */
  maxMemoryMb?: number;
}

export interface TranslintServer {
  /** Not listening yet: call `server.listen(port, host)`. */
  server: Server;
  /** Resolves once the worker threads have compiled the glossaries (requests before then wait). */
  ready(): Promise<void>;
  /** Loads the glossaries again and swaps them in once compiled; on failure logs one line, keeps the old ones and resolves false. */
  reload(): Promise<boolean>;
  /** What loading the glossaries at start warned about (duplicates, conflicts), one line each. */
  readonly warnings: readonly string[];
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

/**
 * The HTTP service. Glossaries are loaded here, once (a GlossaryError propagates), and compiled by
 * worker threads that check each text under a time and memory budget (generation.ts); each request
 * uses the glossaries current when it arrived, so a reload never changes a request half-way.
 */
export function createServer(options: ServerOptions = {}): TranslintServer {
  const log = options.log ?? (() => undefined);
  const budget = { workers: options.workers ?? serviceWorkers(), timeMs: options.maxTimeMs ?? 10_000, memoryMb: options.maxMemoryMb ?? 1024 };
  const load = () => new Generation(options.glossaries ?? [], options.defaultGlossary !== false, budget);
  let current = load();
  const auth = createAuth(options.token);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const admission = new Admission(budget.workers, options.maxQueue ?? DEFAULT_MAX_QUEUE);
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
  // A client that sends its request and then shuts down its side of the connection (a half-close, as
  // `socket.end(request)` does) still wants its answer: by default Node ends the socket as soon as the
  // client's side ends, so the answer, written later, went nowhere. Half-open, the answer to the last
  // request is sent in full and then the connection closed (a property Node's own tests set; not in its
  // types). A client gone sends the same half-close: half-close.ts tells the two apart.
  (server as Server & { httpAllowHalfOpen: boolean }).httpAllowHalfOpen = true;
  // A client that waits for "100 Continue" before sending its body (curl does past 1 MB) is answered 413
  // at once when the body it declares is over the limit, instead of being asked to send it first (Node
  // sends "100 Continue" to every such request unless told otherwise).
  server.on('checkContinue', (req, res) => {
    if (!(Number(req.headers['content-length']) > maxBodyBytes)) res.writeContinue();
    void handle(req, res);
  });

  /**
   * Each connection's requests whose answers are not sent yet, and its last request. Pipelined requests
   * are answered in order, each once the one before is sent (Node queues them).
   */
  const connections = new WeakMap<Duplex, { open: Set<ServerResponse>; last?: { req: IncomingMessage; res: ServerResponse }; then?: () => void }>();
  const connection = (socket: Duplex) => {
    let conn = connections.get(socket);
    if (!conn) {
      const open = new Set<ServerResponse>();
      connections.set(socket, (conn = { open }));
      probeWhenHalfClosed(socket, () => open);
    }
    return conn;
  };
  /** Connections whose bytes could not be read as HTTP: answered once, what they still send is dropped. */
  const unreadable = new WeakSet<Duplex>();
  // A request over its time, or one Node cannot parse, gets its error on the socket, which is then closed
  // for writing while what the client still sends is read and dropped: Node's default destroys the socket
  // at once, and closing with unread data makes the kernel send a reset that can overtake the 408.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    // the parser stays failed: what arrives after the first error reports it again
    if (unreadable.has(socket)) return;
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const conn = connection(socket);
    const last = conn.last;
    // a request already answered while its body still arrives (a 413 draining it) has nothing more to say
    if (last && !last.req.complete && last.res.writableFinished) return void socket.destroy();
    unreadable.add(socket);
    const answer = () => {
      if (!socket.writable) return void socket.destroy();
      const [status, reason] = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout'] : err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : [400, 'Bad Request'];
      const body = JSON.stringify({ error: { code: status === 408 ? 'request_timeout' : 'bad_request', message: status === 408 ? 'the request took longer than the server allows' : 'the request could not be read as HTTP' } });
      socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
      setTimeout(() => socket.destroy(), 2000).unref();
    };
    socket.resume();
    // Requests read whole before the bytes that are not HTTP (a body longer than its Content-Length, the
    // rest read as a next request; pipelined requests) are answered first, and this error after them, as
    // the answer to those bytes: written at once, it took the place of their answers (a good request
    // followed by one with a longer body got one 400). One still arriving is what failed: answered now.
    if (conn.open.size > 0 && last?.req.complete) conn.then = answer;
    else answer();
  });

  const inFlight = new Set<ServerResponse>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const generation = current;
    generation.enter();
    if (closing) res.setHeader('Connection', 'close');
    inFlight.add(res);
    const conn = connection(req.socket);
    conn.open.add(res);
    conn.last = { req, res };
    // the client gone before its answer (or the answer sent): its texts not checked yet are dropped
    const gone = new AbortController();
    res.once('close', () => {
      inFlight.delete(res);
      gone.abort();
      conn.open.delete(res);
      if (conn.open.size > 0 || !conn.then) return;
      const then = conn.then;
      delete conn.then;
      then();
    });
    try {
      const path = requestPath(req.url ?? '/');
      // the review page itself holds nothing secret; it asks for the token when the API wants one
      if (path !== '/healthz' && !isStaticPath(path)) auth(req);
      await route(req.method ?? 'GET', path)({ req, res, glossaries: generation.set, pool: generation.pool, maxBodyBytes, signal: gone.signal, admission });
    } catch (e) {
      // a client that went away mid-body is no fault of the service: nothing to answer, nothing to log
      const code = (e as NodeJS.ErrnoException).code;
      if (res.headersSent || code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || res.destroyed || req.socket.destroyed) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) sendError(res, e);
      else {
        log(`translint: internal error: ${(e as Error).stack ?? String(e)}`);
        sendError(res, new HttpError(500, 'internal_error', 'internal error; the server log has the details'));
      }
    } finally {
      generation.leave();
      // an answer of an items request that failed early: its other texts need no checking
      gone.abort();
      sendDeadline(res);
    }
  }

  /**
   * An answer the client stops reading for the request timeout is given up: the socket is destroyed,
   * which frees the answer (a 1 MB text can make 100 MB of JSON, serialised as the socket takes it:
   * errors.ts) that would otherwise wait for as long as the client keeps the connection open. Progress, not the whole
   * download, is timed: a client reading a large answer slowly but steadily gets all of it (a timer on
   * the whole download cut a 21 MB answer read at 1 MB/s at 7 MB).
   */
  function sendDeadline(res: ServerResponse): void {
    if (res.writableFinished || res.destroyed) return;
    let sent = res.socket?.bytesWritten ?? 0;
    const timer = setInterval(() => {
      const now = res.socket?.bytesWritten ?? 0;
      if (now === sent) res.destroy();
      sent = now;
    }, requestTimeout);
    timer.unref();
    const stop = () => clearInterval(timer);
    res.once('close', stop);
    res.once('finish', stop);
  }

  return {
    server,
    warnings: current.set.warnings,
    ready: () => current.pool.ready(),
    async reload() {
      let next: Generation | undefined;
      try {
        next = load();
        await next.pool.ready();
      } catch (e) {
        void next?.retire();
        log(`translint: reload failed, keeping the loaded glossaries: ${(e as Error).message}`);
        return false;
      }
      if (closing) {
        // stopped meanwhile: these workers are not needed
        void next.retire();
        return false;
      }
      const old = current;
      current = next;
      // the old workers finish the requests that arrived under them, then stop
      void old.retire();
      log(`translint serve: reloaded glossaries: ${[...next.set.glossaries.values()].map((g) => `${g.name} (${g.entries.length})`).join(', ')}`);
      return true;
    },
    close() {
      closing = true;
      // answers still to be sent end their connection, so no keep-alive socket outlives them
      for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
      const stopped = new Promise<void>((resolve) => {
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
      return stopped.then(() => current.retire());
    },
  };
}
