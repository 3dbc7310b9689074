import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import type { Finding } from '../../src/findings/finding.ts';
import { applyFixes } from '../../src/fix/apply.ts';
import { loadCorpus, type SourceLang } from '../quality/corpus.ts';

const corpus = loadCorpus();
const checkers = new Map<SourceLang, ReturnType<typeof createChecker>>();
const checkerFor = (lang: SourceLang) => checkers.get(lang) ?? checkers.set(lang, createChecker({ sourceLang: lang })).get(lang)!;

/** The findings of `after` that were not there before the fixes (by rule and text, wherever they stand), shown with their context. */
function newFindings(before: readonly Finding[], applied: readonly Finding[], after: readonly Finding[], fixed: string): string[] {
  const key = (f: Finding) => `${f.ruleId} "${f.text}"`;
  const left = new Map<string, number>();
  for (const f of before) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
  for (const f of applied) left.set(key(f), (left.get(key(f)) ?? 0) - 1);
  const out: string[] = [];
  for (const f of after) {
    const n = left.get(key(f)) ?? 0;
    if (n > 0) left.set(key(f), n - 1);
    else out.push(`${key(f)} in "…${fixed.slice(Math.max(0, f.range.start.offset - 30), f.range.end.offset + 30)}…"`);
  }
  return out;
}

describe('a safe fix never creates a new finding', () => {
  const cases = [
    ...corpus.passages.map((p) => ({ name: p.meta.file, text: p.parsed.text, lang: p.meta.sourceLang })),
    ...corpus.clean.map((c) => ({ name: `clean/${c.file}`, text: c.text, lang: 'de' as SourceLang })),
  ];

  it.each(cases)('$name', ({ text, lang }) => {
    const checker = checkerFor(lang);
    const before = checker.check(text).findings;
    const { output, applied } = applyFixes(text, before);
    const after = checker.check(output).findings;
    expect(newFindings(before, applied, after, output)).toEqual([]);
  });

  it('has safe fixes to apply in the passages (the check is not empty)', () => {
    const applied = corpus.passages.flatMap((p) => applyFixes(p.parsed.text, checkerFor(p.meta.sourceLang).check(p.parsed.text).findings).applied);
    expect(applied.length).toBeGreaterThan(10);
  });
});
