import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rules } from '../../src/rules/index.ts';
import { routes } from '../../src/server/routes.ts';
import { glossaryFile, post, rawRequest, start, type Running } from './helpers.ts';
import { variedProse } from '../helpers/varied-prose.ts';

const terms = glossaryFile('terms', [{ term: 'Keir Starmer', variants: ['Keir Starrer'] }, { term: 'beatings', variants: ['strikes'], fix: 'suggest' }]);
const other = glossaryFile('other', [{ term: 'Olaf Scholz', variants: ['Olaf Sholz'] }]);
let s: Running;

beforeAll(async () => {
  s = await start({ defaultGlossary: false, glossaries: [terms, other], maxBodyBytes: 1000 });
});
afterAll(() => s.app.close());

describe('HTTP service endpoints', () => {
  it('GET /healthz', async () => {
    const res = await fetch(`${s.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /v1/rules lists the registry in order', async () => {
    const body = (await (await fetch(`${s.url}/v1/rules`)).json()) as { rules: { id: string; severity: string; description: string }[] };
    expect(body.rules).toEqual(rules.map((r) => ({ id: r.meta.id, severity: r.meta.severity, description: r.meta.description })));
    expect(body.rules[0]!.id).toBe('title/abbreviation');
  });

  it('GET /v1/glossaries gives names and entry counts', async () => {
    expect(await (await fetch(`${s.url}/v1/glossaries`)).json()).toEqual({ glossaries: [{ name: 'terms', entries: 2 }, { name: 'other', entries: 1 }] });
  });

  it('POST /v1/check with text returns findings, fixed text and the diff', async () => {
    const r = await post(`${s.url}/v1/check`, { text: 'Keir Starrer met Olaf Sholz over strikes.\n', fix: true });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json)).toEqual(['findings', 'format', 'fixed', 'diff']);
    expect(r.json.format).toBe('text');
    const findings = r.json.findings as { text: string; range: { start: { offset: number } }; entry: { glossary: string } }[];
    expect(findings.map((f) => [f.text, f.range.start.offset])).toEqual([['Keir Starrer', 0], ['Olaf Sholz', 17], ['strikes', 33]]);
    expect(r.json.fixed).toBe('Keir Starmer met Olaf Scholz over strikes.\n');
    expect(r.json.diff).toBe('--- a/text\n+++ b/text\n@@ -1,1 +1,1 @@\n-Keir Starrer met Olaf Sholz over strikes.\n+Keir Starmer met Olaf Scholz over beatings.\n');
  });

  it('uses only the named glossary, and filters by minConfidence', async () => {
    const one = await post(`${s.url}/v1/check`, { text: 'Keir Starrer met Olaf Sholz.', glossary: 'other', diff: false });
    expect(one.json).toEqual({ findings: [expect.objectContaining({ text: 'Olaf Sholz' })], format: 'text' });
    const none = await post(`${s.url}/v1/check`, { text: 'Keir Starrer met Olaf Sholz.', minConfidence: 0.95, diff: false });
    expect(none.json).toEqual({ findings: [], format: 'text' });
  });

  it('POST /v1/check with items answers each item with its id, in order', async () => {
    const r = await post(`${s.url}/v1/check`, { items: [{ id: 'a', text: 'Keir Starrer' }, { id: 2, text: 'Fine.', sourceLang: 'de' }] });
    const items = r.json.items as { id: string | number; findings: { text: string }[]; diff: string }[];
    expect(items.map((i) => [i.id, i.findings.map((f) => f.text)])).toEqual([['a', ['Keir Starrer']], [2, []]]);
    expect(items[0]!.diff).toBe('--- a/a\n+++ b/a\n@@ -1,1 +1,1 @@\n-Keir Starrer\n\\ No newline at end of file\n+Keir Starmer\n\\ No newline at end of file\n');
    expect(items[1]!.diff).toBe('');
  });

  it('serves the OpenAPI description, which documents exactly the routes there are', async () => {
    const res = await fetch(`${s.url}/v1/openapi.yaml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    const text = await res.text();
    expect(text).toBe(readFileSync(new URL('../../src/server/openapi.yaml', import.meta.url), 'utf8'));
    const doc = parse(text) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(routes).sort());
    for (const [path, methods] of Object.entries(routes)) expect(Object.keys(doc.paths[path]!).sort()).toEqual(Object.keys(methods).map((m) => m.toLowerCase()).sort());
  });
});

describe('HTTP service errors', () => {
  const error = (code: string, message: string | RegExp) => ({ error: { code, message: typeof message === 'string' ? message : expect.stringMatching(message) } });

  it('400 for a body that is not JSON, naming the problem', async () => {
    const r = await post(`${s.url}/v1/check`, '{"text": ');
    expect(r.status).toBe(400);
    expect(r.json).toEqual(error('invalid_json', /^the body is not valid JSON: /));
  });

  it('400 for a bad field, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{}, 'give either "text" or "items"'],
      [{ text: 'a', items: [] }, 'give either "text" or "items"'],
      [{ text: 3 }, 'text: must be a string'],
      [{ text: 'a', fix: 'yes' }, 'fix: must be true or false'],
      [{ text: 'a', minConfidence: 2 }, 'minConfidence: must be a number from 0 to 1'],
      [{ text: 'a', sourceLang: 'it' }, 'sourceLang: must be one of de, fr, es, ru, uk, zh, ja, he'],
      [{ text: 'a', glossary: 'nope' }, 'glossary: no glossary named "nope" (loaded: terms, other)'],
      [{ text: 'a', glosary: 'terms' }, 'glosary: unknown field (allowed: text, source, items, glossary, sourceLang, minConfidence, fix, diff, format, filename)'],
      [{ items: [{ id: 1, text: 'a', fromat: 'html' }] }, 'items[0].fromat: unknown field (allowed: id, text, source, sourceLang, format, filename)'],
      [{ items: [{ id: 1, text: 'a' }, { id: 2 }] }, 'items[1].text: must be a string'],
      [{ items: [{ id: null, text: 'a' }] }, 'items[0].id: must be a string or a number'],
      [[1], 'the body: must be a JSON object'],
    ];
    for (const [body, message] of cases) {
      const r = await post(`${s.url}/v1/check`, body);
      expect([r.status, r.json]).toEqual([400, error('invalid_request', message)]);
    }
  });

  it('404 for an unknown path and 405 with Allow for a wrong method', async () => {
    const nf = await fetch(`${s.url}/v1/nothing`);
    expect([nf.status, await nf.json()]).toEqual([404, error('not_found', 'no route /v1/nothing (see GET /v1/openapi.yaml)')]);
    const na = await fetch(`${s.url}/v1/check`);
    expect(na.status).toBe(405);
    expect(na.headers.get('allow')).toBe('POST');
    expect(await na.json()).toEqual(error('method_not_allowed', 'GET is not allowed on /v1/check (allowed: POST)'));
    const np = await post(`${s.url}/v1/rules`, {});
    expect([np.status, np.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('404 for a path with an empty segment: //healthz and //v1/rules were read as a URL of another host (the review page, 200)', async () => {
    for (const path of ['//healthz', '//v1/rules', '///v1/rules', '//', '//localhost/healthz', '/v1//rules']) {
      const r = await rawRequest(s.port, { method: 'GET', path });
      expect([path, r.status, JSON.parse(r.body)]).toEqual([path, 404, error('not_found', `no route ${path} (see GET /v1/openapi.yaml)`)]);
    }
    // what a path means is unchanged: a query, dot segments, the absolute form of HTTP/1.1
    for (const path of ['/healthz?probe=1', '/v1/../healthz', `http://127.0.0.1:${s.port}/healthz`]) {
      const r = await rawRequest(s.port, { method: 'GET', path });
      expect([path, r.status, JSON.parse(r.body)]).toEqual([path, 200, { status: 'ok' }]);
    }
    const star = await rawRequest(s.port, { method: 'OPTIONS', path: '*' });
    expect([star.status, JSON.parse(star.body)]).toEqual([404, error('not_found', 'no route * (see GET /v1/openapi.yaml)')]);
  });

  it('415 for a body that is not application/json in UTF-8', async () => {
    for (const type of ['text/plain', 'application/json; charset=latin1']) {
      const r = await post(`${s.url}/v1/check`, { text: 'a' }, { 'content-type': type });
      expect(r.status).toBe(415);
      expect((r.json.error as { code: string }).code).toBe('unsupported_media_type');
    }
    const r = await rawRequest(s.port, { headers: { 'content-length': 2 }, parts: ['{}'] });
    expect([r.status, JSON.parse(r.body)]).toEqual([415, error('unsupported_media_type', 'Content-Type must be application/json')]);
  });

  it('413 for a body over the limit, declared or streamed, and the service goes on', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(2000) });
    const declared = await post(`${s.url}/v1/check`, big);
    expect([declared.status, declared.json]).toEqual([413, error('body_too_large', 'the body is over the limit of 1000 bytes')]);
    const chunked = await rawRequest(s.port, { headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, parts: [big.slice(0, 600), 20, big.slice(600, 1200)] });
    expect([chunked.status, JSON.parse(chunked.body)]).toEqual([413, error('body_too_large', 'the body is over the limit of 1000 bytes')]);
    expect((await post(`${s.url}/v1/check`, { text: 'ok' })).status).toBe(200);
  });

  it('413 reaches a client still uploading a body far over the limit, not a reset', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(4_000_000) });
    for (let i = 0; i < 5; i++) {
      const r = await fetch(`${s.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
      expect([r.status, await r.json()]).toEqual([413, error('body_too_large', 'the body is over the limit of 1000 bytes')]);
    }
    expect((await post(`${s.url}/v1/check`, { text: 'ok' })).status).toBe(200);
  });

  it('415 naming the encoding for a compressed body (it was read as UTF-8 and answered 400)', async () => {
    const zipped = gzipSync(JSON.stringify({ text: 'Keir Starrer spoke.' }));
    for (const encoding of ['gzip', 'br', 'identity, gzip', 'GZIP']) {
      const r = await fetch(`${s.url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: zipped });
      expect([r.status, r.headers.get('accept-encoding'), await r.json()]).toEqual([415, 'identity', error('unsupported_media_type', `Content-Encoding ${encoding} is not supported: send the body uncompressed`)]);
    }
    const plain = await post(`${s.url}/v1/check`, { text: 'Keir Starrer spoke.', diff: false }, { 'content-encoding': 'identity' });
    expect([plain.status, (plain.json.findings as { text: string }[]).map((f) => f.text)]).toEqual([200, ['Keir Starrer']]);
  });

  it('400 for a body that is not UTF-8', async () => {
    const r = await rawRequest(s.port, { headers: { 'content-type': 'application/json', 'content-length': 3 }, parts: [Buffer.from([0x22, 0xff, 0x22])] });
    expect([r.status, JSON.parse(r.body)]).toEqual([400, error('invalid_json', 'the body is not valid UTF-8')]);
  });
});

describe('HTTP service: input formats and budgets', () => {
  it('checks a text in the format given by "format" or chosen from "filename"', async () => {
    const s2 = await start({ defaultGlossary: false, glossaries: [glossaryFile('terms', [{ term: 'Keir Starmer', variants: ['Keir Starrer'] }])] });
    try {
      const html = '<p>Keir Starrer spoke.</p><script>var s = "Keir Starrer";</script>';
      for (const body of [{ text: html, format: 'html' }, { text: html, filename: 'story.html' }, { items: [{ id: 1, text: html, format: 'html' }] }]) {
        const r = await post(`${s2.url}/v1/check`, { ...body, diff: false });
        expect(r.status).toBe(200);
        const answer = (r.json.items as { findings: unknown[]; format: string }[] | undefined)?.[0] ?? r.json;
        const findings = answer.findings as { range: { start: { offset: number } } }[];
        // the script is not prose: only the paragraph's name is flagged; the answer names the format
        expect(findings.map((f) => f.range.start.offset)).toEqual([3]);
        expect(answer.format).toBe('html');
      }
      expect((await post(`${s2.url}/v1/check`, { text: 'a', format: 'docx' })).json).toEqual({ error: { code: 'invalid_request', message: 'format: must be one of text, markdown, html, xliff, po, json, tsv, nitf, newsml, xml' } });
      expect((await post(`${s2.url}/v1/check`, { text: 'a', filename: '../etc/passwd' })).status).toBe(400);
      const bad = await post(`${s2.url}/v1/check`, { text: '<xliff version="1.2"><file', format: 'xliff' });
      expect([bad.status, (bad.json.error as { code: string }).code]).toEqual([422, 'invalid_document']);
    } finally {
      await s2.app.close();
    }
  }, 120_000);

  it('a text invalid in its format gets 422 naming it as its over_budget error and its diff do: filename, else id, else "text"', async () => {
    const bad = '<a>\n<b>';
    const runs = [
      [{ text: bad, format: 'xml' }, 'text:2: unclosed tag: b'],
      [{ text: bad, filename: 'story.xml' }, 'story.xml:2: unclosed tag: b'],
      [{ items: [{ id: 1, text: 'ok' }, { id: 7, text: bad, format: 'xml' }] }, 'items[1]: 7:2: unclosed tag: b'],
      [{ items: [{ id: 'wire-9', text: bad }], format: 'xml' }, 'items[0]: wire-9:2: unclosed tag: b'],
      [{ items: [{ id: 3, text: bad, filename: 'a.xml' }] }, 'items[0]: a.xml:2: unclosed tag: b'],
    ] as const;
    for (const [body, message] of runs) expect(await post(`${s.url}/v1/check`, body)).toMatchObject({ status: 422, json: { error: { code: 'invalid_document', message } } });
  });

  it('a text over the time budget gets 422 and the service goes on; a client gone mid-body is not logged', async () => {
    const s2 = await start({ defaultGlossary: false, maxTimeMs: 300, maxBodyBytes: 4 * 1024 * 1024 });
    try {
      await s2.app.ready();
      // 3.6 MB of prose, each sentence different: about 1 s of checking, over 300 ms
      const big = post(`${s2.url}/v1/check`, { text: variedProse(40_000) });
      expect((await fetch(`${s2.url}/healthz`)).status).toBe(200);
      const r = await big;
      expect([r.status, r.json]).toEqual([422, { error: { code: 'over_budget', message: 'text: over the time budget of 300 ms; not checked' } }]);
      expect((await post(`${s2.url}/v1/check`, { text: 'ok' })).status).toBe(200);
      const gone = await rawRequest(s2.port, { headers: { 'content-type': 'application/json', 'content-length': 100 }, parts: ['{"text": "Keir', 50], abort: true });
      expect(gone.status).toBeUndefined();
      await new Promise((res) => setTimeout(res, 200));
      expect(s2.logs).toEqual([]);
    } finally {
      await s2.app.close();
    }
  }, 120_000);
});
