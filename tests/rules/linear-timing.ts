import { createDocument } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';
import { runRule } from '../../src/engine/run-rule.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import type { Rule } from '../../src/rules/types.ts';

/**
 * For the linearity tests: a rule's own processor time on a text, the fastest of five runs. The
 * text is tokenised and the rule prepared outside the clock, so that only the rule's work is
 * compared between two sizes; processor time, not wall time, so that other processes on a shared
 * machine do not count. Such tests also need a long timeout: under load wall time stretches
 * several-fold, which says nothing about the rule.
 */
export function fastestCheck(rule: Rule, text: string, glossary: readonly object[] = []): number {
  const compiled = new CompiledGlossary(parseGlossary(JSON.stringify(glossary), 'json', 'test-glossary.json').entries);
  const state = rule.prepare?.({ glossary: compiled });
  const doc = createDocument(text);
  const tokens = tokenize(doc.text, doc.segments);
  let best = Infinity;
  for (let k = 0; k < 5; k++) {
    const t = cpuMs();
    runRule(rule, doc, tokens, compiled, { state });
    best = Math.min(best, cpuMs() - t);
  }
  return best;
}

/** Generous on purpose: linear is 8 times, quadratic 64 times; the collector runs when it likes. */
export const LINEAR_TIMEOUT = 120_000;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
