import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extname, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';
import { HttpError } from './errors.js';
import type { RouteContext } from './routes.js';

/**
 * The review page built by `npm run build:web` (web/vite.config.ts). Resolved from the module's
 * own place: dist/server/ and src/server/ both sit two levels below the package root.
 */
export const WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/** The page runs only its own external script and style, and talks only to this server. */
export const REVIEW_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Only these kinds of file are served; anything else in the folder is a 404. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Vite's output names: letters, digits, dot, dash, underscore; no leading dot, no separators. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/**
 * The file inside `root` that a request path names, or undefined. `/` is index.html; `/assets/<name>`
 * is one file directly in root/assets. The name is matched against a strict pattern and the
 * resolved path must still lie inside root, so no request can name a file elsewhere.
 */
export function resolveStatic(root: string, path: string): string | undefined {
  let rel: string;
  if (path === '/' || path === '/index.html') rel = 'index.html';
  else if (path.startsWith('/assets/')) {
    let name: string;
    try {
      name = decodeURIComponent(path.slice('/assets/'.length));
    } catch {
      return undefined;
    }
    if (!ASSET_NAME.test(name) || name.includes('..')) return undefined;
    rel = `assets/${name}`;
  } else return undefined;
  if (TYPES[extname(rel)] === undefined) return undefined;
  const base = resolve(root);
  const file = resolve(base, rel);
  return file.startsWith(base + sep) ? file : undefined;
}

/** Whether a path belongs to the page, which loads without the token (the page asks for it). */
export function isStaticPath(path: string): boolean {
  return path === '/' || path === '/index.html' || path.startsWith('/assets/');
}

/** The GET route for a page path, or undefined when the path is not the page's. */
export function staticRoute(path: string): Partial<Record<'GET' | 'POST', (ctx: RouteContext) => Promise<void>>> | undefined {
  if (!isStaticPath(path)) return undefined;
  return { GET: ({ res }) => serveFile(res, path) };
}

async function serveFile(res: ServerResponse, path: string): Promise<void> {
  const file = resolveStatic(WEB_ROOT, path);
  if (file === undefined) throw new HttpError(404, 'not_found', `no route ${path} (see GET /v1/openapi.yaml)`);
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'ENOTDIR') throw e;
    const hint = path.startsWith('/assets/') ? '' : ': the review page is not built (npm run build)';
    throw new HttpError(404, 'not_found', `no file for ${path}${hint}`);
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': String(data.length),
    // asset names carry a content hash; the page itself must be fetched again to see a new build
    'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'Content-Security-Policy': REVIEW_PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(data);
}
