import type { Finding } from './model.js';
import type { Alignment } from './original.js';

export interface CheckAnswer {
  findings: Finding[];
  /** The input format the text was checked in: which replacements it takes as written. */
  format?: string;
  /** Unified diff of every first suggestion, made by the service. */
  diff?: string;
  /** Why the original was not used, one line each. */
  warnings?: string[];
  /** With an original the service used: its sentences paired with the text's. */
  alignment?: Alignment;
}

export interface CheckOptions {
  /** A loaded glossary's name; undefined: all loaded glossaries. */
  glossary?: string;
  /** The original's language (de, fr, es also choose the calque rules). */
  sourceLang?: string;
  /** The text the story was translated from. */
  original?: string;
  /** The opened file's name: the service chooses the input format by it (HTML, XLIFF, PO, NITF…). */
  filename?: string;
}

/** Asks the editor for the bearer token; resolves undefined when they cancel. */
export type TokenPrompt = (wrong: boolean) => Promise<string | undefined>;

/** A failed call, with the service's own message when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The service API, same origin only. The token lives in this closure and nowhere else (no storage,
 * no cookie): reloading the page forgets it. A 401 asks for it and repeats the call.
 */
export function createApi(prompt: TokenPrompt) {
  let token: string | undefined;

  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let asked = false;
    for (;;) {
      const headers = new Headers(init.headers);
      if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
      const res = await fetch(path, { ...init, headers, cache: 'no-store', credentials: 'omit' });
      if (res.status === 401) {
        const next = await prompt(asked || token !== undefined);
        if (next === undefined) throw new ApiError(401, 'the service needs a token');
        token = next;
        asked = true;
        continue;
      }
      const body: unknown = await res.json().catch(() => undefined);
      if (!res.ok) throw new ApiError(res.status, errorMessage(body) ?? `${res.status} ${res.statusText}`);
      return body as T;
    }
  }

  return {
    glossaries: async () => (await call<{ glossaries: { name: string; entries: number }[] }>('/v1/glossaries')).glossaries,
    check: (text: string, options: CheckOptions) =>
      call<CheckAnswer>('/v1/check', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          text,
          diff: true,
          ...(options.glossary ? { glossary: options.glossary } : {}),
          ...(options.sourceLang ? { sourceLang: options.sourceLang } : {}),
          ...(options.original ? { source: options.original } : {}),
          ...(options.filename ? { filename: options.filename } : {}),
        }),
      }),
  };
}

export type Api = ReturnType<typeof createApi>;

function errorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const err = (body as { error?: { message?: unknown } }).error;
  return typeof err?.message === 'string' ? err.message : undefined;
}
