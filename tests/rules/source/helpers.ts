import { createChecker } from '../../../src/engine/checker.ts';

/** Runs one source/ rule on a translation with its original; findings as "text | message → suggestion". */
export function runWithSource(ruleId: string, source: string, target: string, sourceLang?: string) {
  const checker = createChecker({ defaultGlossary: false, rules: [ruleId] });
  const result = checker.check(target, { source, ...(sourceLang ? { sourceLang } : {}) });
  return {
    ...result,
    described: result.findings.map((f) => `${f.text} | ${f.message}${f.suggestions?.[0] ? ` → ${f.suggestions[0].text}` : ''}`),
  };
}
