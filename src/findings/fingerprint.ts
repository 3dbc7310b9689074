import { createHash } from 'node:crypto';
import type { Finding } from './finding.js';

const CONTEXT_CHARS = 24;

/**
 * A key for a finding that does not depend on where it stands in the file: the rule, the flagged text
 * and a little of the text around it on the same line (whitespace folded, case kept). Lines added or removed elsewhere
 * leave it unchanged; editing the sentence itself changes it.
 */
export function contentKey(source: string, f: Finding): string {
  // context stops at line breaks, so a line added above or below changes nothing
  const before = /[^\n\r]*$/.exec(source.slice(Math.max(0, f.range.start.offset - CONTEXT_CHARS), f.range.start.offset))?.[0] ?? '';
  const after = /^[^\n\r]*/.exec(source.slice(f.range.end.offset, f.range.end.offset + CONTEXT_CHARS))?.[0] ?? '';
  const fold = (s: string) => s.replace(/\s+/g, ' ');
  return `${f.ruleId}\u0000${fold(f.text)}\u0000${fold(before)}\u0000${fold(after)}`;
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
