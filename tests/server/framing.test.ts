import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossaryFile, start, type Running } from './helpers.ts';

let s: Running;
beforeAll(async () => {
  s = await start({ defaultGlossary: false });
});
afterAll(async () => {
  await s.app.close();
});

const BODY = JSON.stringify({ text: 'The minister spoke.', diff: false });
/** A check request whose Content-Length is `length` (default: the body's), followed by `body`. */
const request = (body: string, length = Buffer.byteLength(body)) => `POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${body}`;
const GOOD = request(BODY);

/** A step: bytes to send, `{ answers: n }` to wait until n answers have arrived, or 'half-close' (the client sends no more). */
type Step = string | { answers: number } | 'half-close';

interface Outcome {
  /** Each answer's status and, for an error, its code. */
  answers: string[];
  /** The service closed the connection (rather than the client giving up after 10 s). */
  closed: boolean;
}

/** The complete answers in `bytes`: status line, headers, then a body of Content-Length bytes each; interim (1xx) answers skipped, as a client does. */
function answersIn(bytes: Buffer): { status: string; body: string }[] {
  const out: { status: string; body: string }[] = [];
  let at = 0;
  for (;;) {
    const end = bytes.indexOf('\r\n\r\n', at);
    if (end < 0) return out;
    const head = bytes.subarray(at, end).toString('latin1');
    const length = Number(/\r\ncontent-length: (\d+)/i.exec(head)?.[1] ?? 0);
    if (bytes.length < end + 4 + length) return out;
    if (head[9] !== '1') out.push({ status: head.slice(9, 12), body: bytes.subarray(end + 4, end + 4 + length).toString() });
    at = end + 4 + length;
  }
}

/** Runs `steps` on one raw connection and reports what the service answered on it. */
function converse(steps: Step[], port = s.port): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const sock = connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let waiting: { n: number; go: () => void } | undefined;
    const answers = () => answersIn(received).map((a) => (a.status === '200' ? a.status : `${a.status} ${(JSON.parse(a.body) as { error: { code: string } }).error.code}`));
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      sock.destroy();
      resolve({ answers: answers(), closed });
    };
    const timer = setTimeout(() => finish(false), 10_000);
    sock.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (waiting && answersIn(received).length >= waiting.n) waiting.go();
    });
    sock.on('close', () => finish(true));
    sock.on('error', (e) => (clearTimeout(timer), reject(e)));
    sock.on('connect', () => {
      void (async () => {
        for (const step of steps) {
          if (step === 'half-close') sock.end();
          else if (typeof step === 'string') sock.write(step);
          else if (answersIn(received).length < step.answers) await new Promise<void>((go) => (waiting = { n: step.answers, go }));
        }
      })();
    });
  });
}

describe('HTTP service: bodies longer or shorter than their Content-Length, on kept-alive and pipelined connections', () => {
  it.each<[string, Step[], string[]]>([
    // the rest of the body is read as a next request, which is not HTTP
    ['a body longer than its Content-Length, in one write', [request(BODY, 10)], ['400 invalid_json', '400 bad_request']],
    ['a body longer than its Content-Length, its rest sent after the answer', [request(BODY.slice(0, 10), 10), { answers: 1 }, BODY.slice(10)], ['400 invalid_json', '400 bad_request']],
    ['a good request, then one with a longer body, pipelined', [GOOD + request(BODY, 10)], ['200', '400 invalid_json', '400 bad_request']],
    ['two good requests pipelined, then bytes that are not HTTP', [GOOD + GOOD + 'NOT HTTP\r\n\r\n'], ['200', '200', '400 bad_request']],
    ['a good request answered, then bytes that are not HTTP', [GOOD, { answers: 1 }, 'NOT HTTP\r\n\r\n'], ['200', '400 bad_request']],
    ['a body shorter than its Content-Length, then the client closes', [request(BODY, 500), 'half-close'], ['400 bad_request']],
    // a client that sends its request and shuts down its side at once (socket.end(request)) still wants the answer
    ['a good request, and the client half-closes at once', [GOOD, 'half-close'], ['200']],
    ['two good requests pipelined, and the client half-closes at once', [GOOD + GOOD, 'half-close'], ['200', '200']],
    ['a good request answered, then a second and the client half-closes at once', [GOOD, { answers: 1 }, GOOD, 'half-close'], ['200', '200']],
    ['a body longer than its Content-Length, and the client half-closes at once', [request(BODY, 10), 'half-close'], ['400 invalid_json', '400 bad_request']],
    ['a good request answered, then a body shorter than its Content-Length and the client closes', [GOOD, { answers: 1 }, request(BODY, 500), 'half-close'], ['200', '400 bad_request']],
  ])('%s: every request is answered in order, and the connection closed', async (_, steps, expected) => {
    expect(await converse(steps)).toEqual({ answers: expected, closed: true });
  });

  it('a connection that sends what cannot be read leaves the others answered, and nothing is logged', async () => {
    const outcomes = await Promise.all([converse([GOOD + request(BODY, 10)]), converse([GOOD, { answers: 1 }, 'NOT HTTP\r\n\r\n']), converse([GOOD, { answers: 1 }, GOOD, { answers: 2 }, 'half-close'])]);
    expect(outcomes.map((o) => o.answers)).toEqual([['200', '400 invalid_json', '400 bad_request'], ['200', '400 bad_request'], ['200', '200']]);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect(s.logs).toEqual([]);
  });
});

describe('HTTP service: a client that half-closes after its request', () => {
  it('gets an answer of megabytes in full, read slowly, and then the connection closed', { timeout: 60_000 }, async () => {
    const s2 = await start({ defaultGlossary: false, glossaries: [glossaryFile('terms', [{ term: 'Keir Starmer', variants: ['Keir Starrer'] }])] });
    try {
      const body = JSON.stringify({ text: 'Keir Starrer spoke.\n'.repeat(6000), fix: true });
      const answer = await new Promise<Buffer>((resolve, reject) => {
        const sock = connect(s2.port, '127.0.0.1', () => sock.end(request(body)));
        const chunks: Buffer[] = [];
        // read slowly, so the answer waits on the socket after the client's side has ended
        sock.on('data', (c: Buffer) => {
          chunks.push(c);
          sock.pause();
          setTimeout(() => sock.resume(), 5);
        });
        sock.on('close', () => resolve(Buffer.concat(chunks)));
        sock.on('error', reject);
      });
      const [only, ...more] = answersIn(answer);
      const json = JSON.parse(only?.body ?? '{}') as { findings?: unknown[]; fixed?: string };
      expect([only?.status, more.length, json.findings?.length, answer.length > 1_000_000]).toEqual(['200', 0, 6000, true]);
    } finally {
      await s2.app.close();
    }
  });
});
