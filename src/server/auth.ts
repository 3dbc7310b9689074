import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors.js';

/**
 * Bearer-token check. Both sides are hashed first so the comparison takes the same time whatever
 * the length or content of the presented token (timingSafeEqual needs equal lengths).
 */
export function createAuth(token: string | undefined): (req: IncomingMessage) => void {
  if (token === undefined || token === '') return () => undefined;
  const expected = digest(token);
  return (req) => {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!m || !timingSafeEqual(digest(m[1] ?? ''), expected)) {
      throw new HttpError(401, 'unauthorized', m ? 'the bearer token is not valid' : 'send "Authorization: Bearer <token>"', {
        'WWW-Authenticate': 'Bearer realm="translint"',
      });
    }
  };
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}
