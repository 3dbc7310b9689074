import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuth } from '../../src/server/auth.ts';
import { HttpError } from '../../src/server/errors.ts';
import { post, rawRequest, start, type Running } from './helpers.ts';

const JSON_TYPE = { 'content-type': 'application/json' };
const error = (code: string, message: string | RegExp) => ({ error: { code, message: typeof message === 'string' ? message : expect.stringMatching(message) } });

let s: Running;
beforeAll(async () => {
  s = await start({ defaultGlossary: false });
});
afterAll(async () => {
  await s.app.close();
});

/** Sends `body` as is (a string, so nothing re-encodes it) and parses the JSON answer. */
async function send(body: string): Promise<[number, unknown]> {
  const r = await post(`${s.url}/v1/check`, body);
  return [r.status, r.json];
}

describe('HTTP service under hostile bodies', () => {
  it.each([
    ['an empty body', ''],
    ['a trailing comma', '{"text": "a",}'],
    ['single quotes', "{'text': 'a'}"],
    ['NaN', '{"text": "a", "minConfidence": NaN}'],
    ['a NUL byte', '\u0000'],
    ['two documents', '{"text": "a"} {"text": "b"}'],
  ])('400 for malformed JSON: %s', async (_, body) => {
    expect(await send(body)).toEqual([400, error('invalid_json', /^the body is not valid JSON: /)]);
  });

  it('400, not a crash, for 100,000 levels of nesting, balanced or not, and the service goes on', async () => {
    const deep = (open: string, close: string, n = 100_000) => open.repeat(n) + close.repeat(n);
    expect(await send(deep('[', ']'))).toEqual([400, error('invalid_request', 'the body: must be a JSON object')]);
    expect(await send(`{"items": ${deep('[', ']')}}`)).toEqual([400, error('invalid_request', 'items[0]: must be a JSON object')]);
    expect(await send(`{"text": ${deep('{"a":', '}').replace(/\{"a":\}/, '{"a":1}')}}`)).toEqual([400, error('invalid_request', 'text: must be a string')]);
    expect(await send('['.repeat(400_000))).toEqual([400, error('invalid_json', /^the body is not valid JSON: /)]);
    expect(await send(`{"items": [{"id": ${deep('[', ']')}, "text": "a"}]}`)).toEqual([400, error('invalid_request', 'items[0].id: must be a string or a number')]);
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    expect(s.logs).toEqual([]);
  });

  it('refuses prototype keys as unknown fields instead of reading them', async () => {
    expect(await send('{"text": "a", "__proto__": {"fix": true}}')).toEqual([400, error('invalid_request', /^__proto__: unknown field/)]);
    expect(await send('{"text": "a", "constructor": {}}')).toEqual([400, error('invalid_request', /^constructor: unknown field/)]);
  });
});

describe('HTTP service never reads a path from the request', () => {
  it.each([
    ['/../../etc/passwd', 404],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd', 404],
    ['/v1/openapi.yaml/../../../../etc/passwd', 404],
    ['/v1/..%2f..%2fpackage.json', 404],
    ['//etc/passwd', 404],
    ['/v1/check?file=/etc/passwd', 405],
    ['/v1/rules/../../package.json', 404],
  ])('GET %s answers %i and no file content', async (path, status) => {
    const r = await rawRequest(s.port, { method: 'GET', path });
    expect(r.status).toBe(status);
    expect(r.body).not.toMatch(/root:|"name": "translint"|"dependencies"/);
    expect((JSON.parse(r.body) as { error: { code: string } }).error.code).toBe(status === 404 ? 'not_found' : 'method_not_allowed');
  });

  it('a path in a check body is text or an unknown glossary name, never opened', async () => {
    const r = await post(`${s.url}/v1/check`, { text: '/etc/passwd', diff: false });
    expect([r.status, r.json]).toEqual([200, { findings: [], format: 'text' }]);
    expect((await post(`${s.url}/v1/check`, { text: 'a', glossary: '/etc/passwd' })).json).toEqual(error('invalid_request', 'glossary: no glossary named "/etc/passwd" (loaded: )'));
    expect((await post(`${s.url}/v1/check`, { text: 'a', file: '/etc/passwd' })).status).toBe(400);
    const query = await rawRequest(s.port, { path: '/v1/check?glossary=/etc/passwd', headers: { ...JSON_TYPE, 'content-length': 12 }, parts: ['{"text":"a"}'] });
    expect(query.status).toBe(200);
  });
});

describe('bearer token comparison', () => {
  const asReq = (authorization: string) => ({ headers: { authorization } }) as unknown as IncomingMessage;
  const outcome = (check: (req: IncomingMessage) => void, header: string): string => {
    try {
      check(asReq(header));
      return 'ok';
    } catch (e) {
      // a RangeError here would mean timingSafeEqual saw buffers of different lengths
      return e instanceof HttpError ? String(e.status) : (e as Error).name;
    }
  };

  it('answers 401 for tokens of every length, never a RangeError, and accepts only the token', () => {
    const check = createAuth('s3cret-token');
    const wrong = ['', 's', 's3cret-toke', 's3cret-tokeX', 's3cret-token0', 'x'.repeat(100_000), 'ß3cret-token', '\u{1F600}'.repeat(3)];
    for (const t of wrong) expect([t.slice(0, 20), outcome(check, `Bearer ${t}`)]).toEqual([t.slice(0, 20), '401']);
    expect(outcome(check, 'Bearer s3cret-token')).toBe('ok');
    expect(outcome(check, 'bearer   s3cret-token ')).toBe('ok');
    expect(outcome(check, 's3cret-token')).toBe('401');
    expect(outcome(createAuth(undefined), '')).toBe('ok');
  });
});
