import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import type { Finding } from '../../src/findings/finding.ts';
import { applyFixes } from '../../src/fix/apply.ts';
import type { SourceLang } from '../../src/rules/types.ts';

/**
 * Item 6 of #15 on text nobody here wrote: every system's output of WMT23 (German, Russian and
 * Ukrainian into English), read in documents of 20 lines, gets its safe fixes and is checked again.
 * Read from ../shared/data, never copied; skipped when absent.
 */
const DATA = join(import.meta.dirname, '../../../shared/data/wmt23-into-english');
const PAIRS: [string, SourceLang | undefined][] = [
  ['de-en', 'de'],
  ['ru-en', undefined],
  ['uk-en', undefined],
];
const NAME_RULES = new Set(['glossary/near-miss', 'consistency/entity']);

/**
 * The findings after the fixes that were not there before (by rule and text). A name rule's finding
 * that suggests a name one of the fixes wrote is not made by the fix: the fixed name is new evidence
 * that another, untouched spelling of it is wrong.
 */
function created(before: readonly Finding[], applied: readonly Finding[], after: readonly Finding[]): Finding[] {
  const key = (f: Finding) => `${f.ruleId}\u0000${f.text}`;
  const left = new Map<string, number>();
  for (const f of before) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  for (const f of applied) left.set(key(f), (left.get(key(f)) ?? 0) - 1);
  const written = applied.map((f) => f.fix?.text ?? '');
  return after.filter((f) => {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) return left.set(key(f), n - 1) && false;
    const suggested = f.suggestions[0]?.text;
    return !(NAME_RULES.has(f.ruleId) && suggested !== undefined && written.some((w) => w.includes(suggested) || suggested.includes(w)));
  });
}

describe.skipIf(!existsSync(DATA))('a safe fix never creates a new finding, on WMT23 machine translations', () => {
  it.each(PAIRS)('%s: every system, in documents of 20 lines', (pair, lang) => {
    const checker = createChecker(lang ? { sourceLang: lang } : {});
    const problems: string[] = [];
    let fixed = 0;
    for (const file of readdirSync(join(DATA, pair)).filter((f) => f.includes('.hyp.'))) {
      const lines = readFileSync(join(DATA, pair, file), 'utf8').split('\n');
      for (let i = 0; i < lines.length; i += 20) {
        const text = lines.slice(i, i + 20).join('\n');
        const before = checker.check(text).findings;
        const { output, applied } = applyFixes(text, before);
        if (applied.length === 0) continue;
        fixed += applied.length;
        for (const f of created(before, applied, checker.check(output).findings)) {
          problems.push(`${file}:${i + f.range.start.line}: ${f.ruleId} "${f.text}" after fixing`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(fixed).toBeGreaterThan(0);
  }, 600_000);
});
