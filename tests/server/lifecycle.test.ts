import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryFile, post, rawRequest, start } from './helpers.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('HTTP service auth', () => {
  it('needs the bearer token on every route but /healthz', async () => {
    const s = await start({ defaultGlossary: false, token: 's3cret' });
    try {
      expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
      const none = await fetch(`${s.url}/v1/rules`);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer realm="translint"');
      expect(await none.json()).toEqual({ error: { code: 'unauthorized', message: 'send "Authorization: Bearer <token>"' } });
      const wrong = await fetch(`${s.url}/v1/rules`, { headers: { authorization: 'Bearer s3cre' } });
      expect([wrong.status, await wrong.json()]).toEqual([401, { error: { code: 'unauthorized', message: 'the bearer token is not valid' } }]);
      // unauthenticated callers learn nothing about routes
      expect((await fetch(`${s.url}/v1/nothing`)).status).toBe(401);
      expect((await fetch(`${s.url}/v1/rules`, { headers: { authorization: 'Bearer s3cret' } })).status).toBe(200);
      expect((await post(`${s.url}/v1/check`, { text: 'a' }, { authorization: 'bearer s3cret' })).status).toBe(200);
    } finally {
      await s.app.close();
    }
  });
});

describe('HTTP service reload', () => {
  it('swaps in changed glossaries; a failed reload logs one line and keeps the old ones', async () => {
    const file = glossaryFile('terms', [{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]);
    const s = await start({ defaultGlossary: false, glossaries: [file] });
    try {
      const texts = async () => ((await post(`${s.url}/v1/check`, { text: 'Keir Starrer and Olaf Sholz', diff: false })).json.findings as { text: string }[]).map((f) => f.text);
      expect(await texts()).toEqual(['Keir Starrer']);
      writeFileSync(file, JSON.stringify([{ term: 'Olaf Scholz', variants: ['Olaf Sholz'] }]));
      expect(await s.app.reload()).toBe(true);
      expect(await texts()).toEqual(['Olaf Sholz']);
      writeFileSync(file, '[{"term": ');
      expect(await s.app.reload()).toBe(false);
      expect(await texts()).toEqual(['Olaf Sholz']);
      expect(s.logs).toHaveLength(2);
      expect(s.logs[0]).toBe('translint serve: reloaded glossaries: terms (1)');
      expect(s.logs[1]!.startsWith(`translint: reload failed, keeping the loaded glossaries: ${file}:1: invalid JSON: `), s.logs[1]).toBe(true);
    } finally {
      await s.app.close();
    }
  });

  it('a request in flight during a reload is answered with the glossaries it arrived under', async () => {
    const file = glossaryFile('terms', [{ term: 'Keir Starmer', variants: ['Keir Starrer'] }]);
    const s = await start({ defaultGlossary: false, glossaries: [file] });
    try {
      const body = JSON.stringify({ text: 'Keir Starrer', diff: false });
      const pending = rawRequest(s.port, { headers: { 'content-type': 'application/json', 'content-length': body.length }, parts: [body.slice(0, 5), 100, body.slice(5)] });
      await sleep(40);
      writeFileSync(file, '[]');
      expect(await s.app.reload()).toBe(true);
      const r = await pending;
      expect((JSON.parse(r.body) as { findings: { text: string }[] }).findings.map((f) => f.text)).toEqual(['Keir Starrer']);
      expect(((await post(`${s.url}/v1/check`, { text: 'Keir Starrer' })).json.findings as unknown[]).length).toBe(0);
    } finally {
      await s.app.close();
    }
  });
});

describe('HTTP service shutdown and timeouts', () => {
  it('close() lets a request in flight finish and refuses new connections', async () => {
    const s = await start({ defaultGlossary: false });
    const body = JSON.stringify({ text: 'slow' });
    const pending = rawRequest(s.port, { headers: { 'content-type': 'application/json', 'content-length': body.length }, parts: [body.slice(0, 3), 300, body.slice(3)] });
    await sleep(50);
    // an idle keep-alive connection must not hold the shutdown open
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
    let closed = false;
    const closing = s.app.close().then(() => (closed = true));
    await sleep(20);
    expect(closed).toBe(false);
    const refused = await fetch(`${s.url}/healthz`).then(
      () => 'answered',
      () => 'refused',
    );
    expect(refused).toBe('refused');
    const r = await pending;
    expect([r.status, JSON.parse(r.body)]).toEqual([200, { findings: [], format: 'text', diff: '' }]);
    await closing;
    expect(closed).toBe(true);
  });

  it('answers 408 and closes when a body drips in slower than the request timeout', async () => {
    const s = await start({ defaultGlossary: false, requestTimeoutMs: 400 });
    try {
      const t0 = Date.now();
      const r = await rawRequest(s.port, { headers: { 'content-type': 'application/json', 'content-length': 100 }, parts: ['{', 300, '"', 300, 't', 300, 'e', 300, 'x'] });
      expect(r.status ?? r.error).toBe(408);
      expect(Date.now() - t0).toBeLessThan(2000);
    } finally {
      await s.app.close();
    }
  });

  it('names the bundled glossary "news"', async () => {
    const s = await start();
    try {
      const body = (await (await fetch(`${s.url}/v1/glossaries`)).json()) as { glossaries: { name: string; entries: number }[] };
      expect(body.glossaries.map((g) => g.name)).toEqual(['news']);
      expect(body.glossaries[0]!.entries).toBeGreaterThan(1000);
      const r = await post(`${s.url}/v1/check`, { text: 'Then Cnn reported that the minister spoke.', glossary: 'news', fix: true });
      expect(r.json.fixed).toBe('Then CNN reported that the minister spoke.');
    } finally {
      await s.app.close();
    }
  });
});
