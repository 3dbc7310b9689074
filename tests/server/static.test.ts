import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REVIEW_PAGE_CSP, resolveStatic, WEB_ROOT } from '../../src/server/static.ts';
import { ROOT } from '../helpers/cli.ts';
import { rawRequest, start, type Running } from './helpers.ts';

describe('resolveStatic', () => {
  const root = '/srv/web';
  it('maps the page and its assets into the folder', () => {
    expect(resolveStatic(root, '/')).toBe('/srv/web/index.html');
    expect(resolveStatic(root, '/index.html')).toBe('/srv/web/index.html');
    expect(resolveStatic(root, '/assets/index-CuEJlx4T.js')).toBe('/srv/web/assets/index-CuEJlx4T.js');
    expect(resolveStatic(root, '/assets/style-CSK1wdUQ.css')).toBe('/srv/web/assets/style-CSK1wdUQ.css');
  });

  it.each([
    '/assets/../package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e',
    '/assets/..',
    '/assets/.hidden.js',
    '/assets/a/b.js',
    '/assets/a%5Cb.js',
    '/assets/a%00.js',
    '/assets/%E0%A4%A.js',
    '/assets/',
    '/assets/notes.txt',
    '/assets/x.json',
    '/package.json',
    '/v1/check',
  ])('refuses %s', (path) => {
    expect(resolveStatic(root, path)).toBeUndefined();
  });
});

describe('review page route', () => {
  let s: Running;
  beforeAll(async () => {
    s = await start({ defaultGlossary: false, token: 's3cret' });
  });
  afterAll(() => s.app.close());

  // the page is built by `npm run build` (pretest); without it these routes answer 404
  const built = existsSync(join(WEB_ROOT, 'index.html'));
  it.runIf(built || process.env.CI)('serves the built page and assets without the token, with types and the CSP', async () => {
    expect(WEB_ROOT).toBe(join(ROOT, 'dist/web/'));
    const page = await fetch(`${s.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(REVIEW_PAGE_CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await page.text();
    expect(html).toBe(readFileSync(join(WEB_ROOT, 'index.html'), 'utf8'));
    // no inline script or style, which the CSP would block: every script has a src
    expect(html.match(/<script\b[^>]*>/g)?.every((tag) => / src="\/assets\/[^"]+\.js"/.test(tag))).toBe(true);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
    for (const name of readdirSync(join(WEB_ROOT, 'assets'))) {
      const res = await fetch(`${s.url}/assets/${name}`);
      expect([name, res.status]).toEqual([name, 200]);
      expect(res.headers.get('content-type')).toBe(name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
      expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(join(WEB_ROOT, 'assets', name)))).toBe(true);
    }
    // the API still wants the token
    expect((await fetch(`${s.url}/v1/glossaries`)).status).toBe(401);
  });

  it('answers paths outside the folder with 404 and other methods with 405', async () => {
    for (const path of ['/assets/../package.json', '/assets/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/assets/nothing-here.js']) {
      // with the token, so a path the URL parser turns into /package.json also gets its 404 (without it: 401)
      const r = await rawRequest(s.port, { method: 'GET', path, headers: { authorization: 'Bearer s3cret' } });
      expect([path, r.status]).toEqual([path, 404]);
      expect(JSON.parse(r.body)).toMatchObject({ error: { code: 'not_found' } });
    }
    const post = await rawRequest(s.port, { method: 'POST', path: '/' });
    expect([post.status, JSON.parse(post.body)]).toEqual([405, { error: { code: 'method_not_allowed', message: 'POST is not allowed on / (allowed: GET, HEAD)' } }]);
  });
});

describe('the review page opens every input format', () => {
  it('its file input accepts each extension of the inputs registry, and the page sends the file name for the format', async () => {
    const { inputFormats } = await import('../../src/inputs/index.ts');
    const html = readFileSync(join(ROOT, 'web/review/index.html'), 'utf8');
    const accept = /<input id="file" type="file" accept="([^"]*)"/.exec(html)?.[1]?.split(',') ?? [];
    for (const format of Object.values(inputFormats)) for (const ext of format.extensions.filter((e) => e.split('.').length === 2)) expect(accept, ext).toContain(ext);
    // the service picks the format by that name (tests/server/app.test.ts: "filename")
    expect(readFileSync(join(ROOT, 'web/review/src/api.ts'), 'utf8')).toContain('filename: options.filename');
  });
});
