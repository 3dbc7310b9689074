import type { ServerResponse } from 'node:http';

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

/** Sends a JSON body; `close` asks the client to open a new connection for its next request. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(data)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  endInPieces(res, data);
}

/**
 * Characters of an answer handed to the socket at a time (see endInPieces): small enough that a slow
 * reader lets the next one through within a second (256 KB pieces waited for several MB of the kernel's
 * buffers to drain, and a client reading 430 KB/s was cut), large enough to cost nothing per piece.
 */
const PIECE = 1 << 16;

/**
 * Writes a large answer a piece at a time, each when the socket has taken the one before ('drain'):
 * handed over whole, it sat in the socket's queue at once, and the bytes the socket had sent could not
 * tell a client reading slowly from one not reading at all (app.ts, sendDeadline). A cut never falls
 * inside a surrogate pair, so the pieces' bytes add up to the Content-Length.
 */
function endInPieces(res: ServerResponse, data: string): void {
  let at = 0;
  const more = (): void => {
    while (data.length - at > PIECE) {
      let end = at + PIECE;
      const c = data.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end--;
      const piece = data.slice(at, end);
      at = end;
      if (!res.write(piece)) {
        res.once('drain', more);
        return;
      }
    }
    res.end(at === 0 ? data : data.slice(at));
  };
  more();
}

export function sendError(res: ServerResponse, err: HttpError): void {
  sendJson(res, err.status, { error: { code: err.code, message: err.message } }, err.headers);
}
