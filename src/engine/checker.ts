import { createDocument, type Document } from '../document/document.js';
import { tokenize } from '../document/tokens.js';
import type { DroppedFinding, Finding } from '../findings/finding.js';
import { CompiledGlossary, type GlossaryMatch } from '../glossary/compile.js';
import { DEFAULT_GLOSSARY, DEFAULT_GLOSSARY_NAME } from '../glossary/default.js';
import { loadGlossaryFile } from '../glossary/load.js';
import type { Glossary } from '../glossary/types.js';
import { rules as allRules, selectRules } from '../rules/index.js';
import type { Rule, SourceLang } from '../rules/types.js';
import { resolveOverlaps } from './resolve.js';
import { stampAll } from './run-rule.js';

export interface CheckOptions {
  /** Glossary file paths or loaded glossaries, used besides (or, without the default, instead of) the bundled one. */
  glossaries?: (string | Glossary)[];
  /** Use the bundled news glossary (default true). */
  defaultGlossary?: boolean;
  sourceLang?: SourceLang;
  /** Leave out findings less confident than this (0..1). */
  minConfidence?: number;
  /** Rule ids to run ("glossary/variant"), or prefixes ending in "/" ("glossary/"); default all. */
  rules?: string[];
  /** The story's date (YYYY-MM-DD), for office holders' validity. */
  date?: string;
}

export interface CheckResult {
  findings: Finding[];
  /** Findings left out because another covered the same text, with the reason. */
  dropped: DroppedFinding[];
}

export interface Checker {
  readonly glossaries: readonly Glossary[];
  readonly rules: readonly Rule[];
  /** Checks a text (a string is plain text) and returns its findings in document order. */
  check(input: string | Document, options?: { path?: string }): CheckResult;
}

/** Loads and compiles the glossaries once; the returned checker can check any number of texts. */
export function createChecker(options: CheckOptions = {}): Checker {
  const glossaries: Glossary[] = [];
  if (options.defaultGlossary !== false) glossaries.push(loadGlossaryFile(DEFAULT_GLOSSARY, DEFAULT_GLOSSARY_NAME));
  for (const g of options.glossaries ?? []) glossaries.push(typeof g === 'string' ? loadGlossaryFile(g) : g);
  const compiled = new CompiledGlossary(glossaries.flatMap((g) => g.entries));
  const rules = selectRules(options.rules);
  if (options.rules && options.rules.length > 0 && rules.length === 0) {
    throw new RangeError(`no rule matches ${options.rules.join(', ')} (rules: ${allRules.map((r) => r.meta.id).join(', ')})`);
  }
  const precedence = new Map<string, number>(allRules.map((r, i) => [r.meta.id, i]));
  const rank = (id: string) => precedence.get(id) ?? allRules.length;
  const minConfidence = options.minConfidence ?? 0;

  return {
    glossaries,
    rules,
    check(input, opts = {}) {
      const doc = typeof input === 'string' ? createDocument(input, opts.path !== undefined ? { path: opts.path } : {}) : input;
      const tokens = tokenize(doc.text, doc.segments);
      let matches: GlossaryMatch[] | undefined;
      const shared = () => (matches ??= compiled.match(doc.text, tokens, doc.segments));
      const findings: Finding[] = [];
      const dropped: DroppedFinding[] = [];
      for (const rule of rules) {
        const run = stampAll(rule, doc, tokens, compiled, { sourceLang: options.sourceLang, date: options.date, matches: shared });
        for (const f of run.findings) if (f.confidence >= minConfidence) findings.push(f);
        dropped.push(...run.dropped);
      }
      const resolved = resolveOverlaps(findings, rank);
      return { findings: resolved.findings, dropped: [...dropped, ...resolved.dropped] };
    },
  };
}
