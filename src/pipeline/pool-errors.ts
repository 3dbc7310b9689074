import { ConfigError } from '../config/errors.js';
import { GlossaryError } from '../glossary/errors.js';
import { InputError } from '../inputs/errors.js';
import { FileError, type FileErrorCode } from '../io/errors.js';

/** An error as it crosses from a worker thread: enough to build the same class again. */
export interface ErrorDescription {
  name: string;
  message: string;
  stack?: string;
  code?: FileErrorCode;
  path?: string;
  line?: number;
  detail?: string;
}

export function describeError(e: unknown): ErrorDescription {
  const err = e instanceof Error ? e : new Error(String(e));
  const out: ErrorDescription = { name: err.name, message: err.message };
  if (err.stack !== undefined) out.stack = err.stack;
  if (err instanceof FileError) out.code = err.code;
  if (err instanceof InputError) Object.assign(out, { path: err.path, line: err.line, detail: err.detail });
  if (err instanceof GlossaryError || err instanceof ConfigError) Object.assign(out, { path: err.file, line: err.line, detail: err.detail });
  return out;
}

/** The error a worker described, as the class it was thrown as (others: a plain Error with the worker's stack). */
export function rebuildError(d: ErrorDescription): Error {
  switch (d.name) {
    case 'FileError':
      return new FileError(d.message, d.code ?? 'unreadable');
    case 'InputError':
      return new InputError(d.path, d.line, d.detail ?? d.message);
    case 'GlossaryError':
      return new GlossaryError(d.path ?? '', d.line, d.detail ?? d.message);
    case 'ConfigError':
      return new ConfigError(d.path ?? '', d.line, d.detail ?? d.message);
    case 'RangeError':
      return new RangeError(d.message);
    default: {
      const err = new Error(d.message);
      if (d.stack !== undefined) err.stack = d.stack;
      return err;
    }
  }
}
