import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

const CONTEXT_CHARS = 24;

/**
 * A key for a finding that does not depend on where it stands in the file: the rule, the flagged text
 * and a little of the text around it on the same line (whitespace folded, case kept). Lines added or
 * removed elsewhere leave it unchanged; editing the sentence itself changes it. A finding that takes in
 * line breaks around its text (a removed line with the blank line after it) is keyed by its text
 * without them and by what stands around that text on its own first and last lines, so editing the
 * paragraph before or after never changes the key.
 */
export function contentKey(source: string, f: Finding): string {
  const lead = f.text.length - f.text.trimStart().length;
  const core = f.text.trim();
  const start = f.range.start.offset + lead;
  const end = start + core.length;
  // context stops at line breaks, so a line added above or below changes nothing
  const before = /[^\n\r]*$/.exec(source.slice(Math.max(0, start - CONTEXT_CHARS), start))?.[0] ?? '';
  const after = /^[^\n\r]*/.exec(source.slice(end, end + CONTEXT_CHARS))?.[0] ?? '';
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  return `${f.ruleId}\u0000${fold(core === '' ? f.text : core)}\u0000${fold(before)}\u0000${fold(after)}`;
}

/**
 * Stable fingerprints for the findings of one file, in order: the content key hashed, with an
 * occurrence number so identical findings in the same context stay distinct.
 */
export function fingerprints(source: string, findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const key = contentKey(source, f);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
  });
}
