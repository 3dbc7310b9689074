import type { IncomingMessage } from 'node:http';
import { MIMEType } from 'node:util';
import { HttpError } from './errors.js';

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a JSON request body of at most `maxBytes`: 415 unless the content type is application/json
 * (UTF-8) and the body is not compressed (no Content-Encoding but identity), 413 as soon as the body
 * (declared or received) passes the limit, without keeping the rest; 400 for invalid UTF-8 or JSON. After the 413 Node reads and drops what the client still sends
 * (within the request timeout), so the client, still uploading, receives the 413 rather than a reset.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const type = req.headers['content-type'];
  let mime: MIMEType | undefined;
  try {
    mime = type === undefined ? undefined : new MIMEType(type);
  } catch {
    mime = undefined;
  }
  if (!mime || mime.essence !== 'application/json') {
    return Promise.reject(new HttpError(415, 'unsupported_media_type', `Content-Type must be application/json${type ? `, not ${type}` : ''}`));
  }
  // a compressed body was read as UTF-8 and answered 400 "not valid UTF-8"; none is decompressed
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.split(',').some((c) => c.trim() !== '' && c.trim().toLowerCase() !== 'identity')) {
    return Promise.reject(new HttpError(415, 'unsupported_media_type', `Content-Encoding ${encoding} is not supported: send the body uncompressed`, { 'Accept-Encoding': 'identity' }));
  }
  const charset = mime.params.get('charset');
  if (charset !== null && charset.toLowerCase() !== 'utf-8') {
    return Promise.reject(new HttpError(415, 'unsupported_media_type', `the body must be UTF-8, not ${charset}`));
  }
  const tooLarge = () => new HttpError(413, 'body_too_large', `the body is over the limit of ${maxBytes} bytes`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // stop keeping it; once the 413 is sent, Node drains the rest of the body
        cleanup();
        req.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      try {
        resolve(parse(Buffer.concat(chunks)));
      } catch (e) {
        reject(e);
      }
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** A request body: its value, and its text (for what JSON.parse does not keep, such as how a number was written). */
export interface JsonBody {
  value: unknown;
  text: string;
}

function parse(body: Buffer): JsonBody {
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    throw new HttpError(400, 'invalid_json', 'the body is not valid UTF-8');
  }
  try {
    return { value: JSON.parse(text) as unknown, text };
  } catch (e) {
    throw new HttpError(400, 'invalid_json', `the body is not valid JSON: ${(e as Error).message}`);
  }
}
