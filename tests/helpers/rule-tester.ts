import { createDocument } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';
import { stampAll } from '../../src/engine/run-rule.ts';
import type { Finding } from '../../src/findings/finding.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import type { Rule, SourceLang } from '../../src/rules/types.ts';

export interface RuleRun {
  findings: Finding[];
  dropped: { text: string; reason: string }[];
}

/**
 * Runs one rule on a text with an inline glossary (a list of entries as YAML or JSON text, or objects),
 * without the bundled glossary, and returns its findings in order.
 */
export function runRule(rule: Rule, text: string, options: { glossary?: unknown[] | string; sourceLang?: SourceLang; date?: string } = {}): RuleRun {
  const g = options.glossary ?? [];
  const glossary = parseGlossary(typeof g === 'string' ? g : JSON.stringify(g), typeof g === 'string' ? 'yaml' : 'json', 'test-glossary.json');
  const doc = createDocument(text);
  const compiled = new CompiledGlossary(glossary.entries);
  const tokens = tokenize(doc.text, doc.segments);
  return stampAll(rule, doc, tokens, compiled, { sourceLang: options.sourceLang, date: options.date });
}

/** The flagged texts and first suggestions, for compact assertions: ["Keir Starrer → Keir Starmer"]. */
export function flagged(run: RuleRun): string[] {
  return run.findings.map((f) => (f.suggestions[0] ? `${f.text} → ${f.suggestions[0].text}` : f.text));
}
