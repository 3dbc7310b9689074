import type { ServerResponse } from 'node:http';
import { jsonPieces } from './json-pieces.js';

/** A failure answered with this status and `{"error": {"code", "message"}}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * Sends a JSON body; `close` asks the client to open a new connection for its next request. The body is
 * serialised twice, piece by piece (json-pieces.ts): once to count its bytes for the Content-Length, once
 * to write it, so a large answer (a 1 MB text can make 100 MB of JSON) is never one string in memory.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  let bytes = 0;
  for (const piece of jsonPieces(body)) bytes += Buffer.byteLength(piece);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(bytes),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  endInPieces(res, jsonPieces(body));
}

/**
 * Characters of an answer handed to the socket at a time (see endInPieces): small enough that a slow
 * reader lets the next one through within a second (256 KB pieces waited for several MB of the kernel's
 * buffers to drain, and a client reading 430 KB/s was cut), large enough to cost nothing per piece.
 */
const PIECE = 1 << 16;

/**
 * Writes an answer as it is serialised, a piece of PIECE characters at a time, each when the socket has
 * taken the one before ('drain'): handed over whole, it sat in the socket's queue at once, and the bytes
 * the socket had sent could not tell a client reading slowly from one not reading at all (app.ts,
 * sendDeadline). A cut never falls inside a surrogate pair, so the pieces' bytes add up to the
 * Content-Length. A socket destroyed meanwhile (the client gone, or too slow) stops the serialising.
 */
function endInPieces(res: ServerResponse, pieces: Iterator<string, void, undefined>): void {
  let buf = '';
  let at = 0;
  let done = false;
  const more = (): void => {
    for (;;) {
      if (res.destroyed) return;
      if (buf.length - at <= PIECE && !done) {
        let rest = buf.slice(at);
        while (rest.length <= PIECE) {
          const next = pieces.next();
          if (next.done) {
            done = true;
            break;
          }
          rest += next.value;
        }
        buf = rest;
        at = 0;
      }
      if (buf.length - at <= PIECE) {
        res.end(at === 0 ? buf : buf.slice(at));
        return;
      }
      let end = at + PIECE;
      const c = buf.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end--;
      const piece = buf.slice(at, end);
      at = end;
      if (!res.write(piece)) {
        res.once('drain', more);
        return;
      }
    }
  };
  more();
}

export function sendError(res: ServerResponse, err: HttpError): void {
  sendJson(res, err.status, { error: { code: err.code, message: err.message } }, err.headers);
}
