import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** How long after the client's side ends an answer still pending gets its first probe, and the second after it. */
const FIRST_PROBE_MS = 100;
const SECOND_PROBE_MS = 500;

/**
 * A client that ends its side of the connection (a TCP FIN) after its request may still want the answer:
 * HTTP/1.1 allows this half-close (`socket.end(request)`), and the server is half-open so the answer is
 * sent in full before the connection is closed. A client that has gone (its socket destroyed, its process
 * killed) sends the same FIN, and its checks would then hold a checking thread for nothing. The two differ
 * only once something is written: a closed socket answers it with a reset, which the next write reports.
 * So an answer still pending 100 ms after the FIN is preceded by an interim "102 Processing", and by a
 * second one 500 ms later (the reset of a client gone, within 500 ms of round trip, is back by then):
 * for a client gone that write fails, the socket is destroyed and its checks are dropped (app.ts), as
 * they were when the FIN closed the connection at once. An HTTP/1.1 client reads and skips interim (1xx)
 * answers (RFC 9110, 15.2); an HTTP/1.0 client is sent none, nor is an answer under way.
 *
 * `pending` gives the connection's answers not sent yet; the one being answered on the socket is probed.
 */
export function probeWhenHalfClosed(socket: Duplex, pending: () => Iterable<ServerResponse>): void {
  socket.once('end', () => {
    let probes = 0;
    let timer: NodeJS.Timeout | undefined;
    const probe = () => {
      const open = [...pending()];
      // a pipelined answer waits with no socket of its own, and an answer started says enough: wait for the next
      const res = open.find((r) => r.socket === socket && !r.headersSent && r.req.httpVersionMajor === 1 && r.req.httpVersionMinor >= 1);
      if (res) {
        res.writeProcessing();
        probes++;
      }
      if (open.length > 0 && probes < 2) timer = setTimeout(probe, probes === 0 ? FIRST_PROBE_MS : SECOND_PROBE_MS).unref();
    };
    timer = setTimeout(probe, FIRST_PROBE_MS).unref();
    socket.once('close', () => clearTimeout(timer));
  });
}
