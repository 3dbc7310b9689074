import type { Finding } from '../findings/finding.js';
import { createChecker, type Checker, type CheckOptions } from './checker.js';

const cache = new Map<string, Checker>();

/**
 * Checks one text and returns its findings. Checkers are cached by options, so glossaries are
 * loaded once per distinct options; use `createChecker` to control that yourself.
 */
export function check(text: string, options: CheckOptions = {}): Finding[] {
  const key = JSON.stringify(options, (_k, v: unknown) => (v && typeof v === 'object' && 'entries' in v && 'path' in v ? `glossary:${(v as { path: string }).path}` : v));
  let checker = cache.get(key);
  if (!checker) cache.set(key, (checker = createChecker(options)));
  return checker.check(text).findings;
}
