import type { Document } from '../document/document.js';
import type { Token } from '../document/tokens.js';
import type { DroppedFinding, Finding } from '../findings/finding.js';
import type { CompiledGlossary, GlossaryMatch } from '../glossary/compile.js';
import type { Rule, RuleContext, SourceLang } from '../rules/types.js';
import { byPosition } from './resolve.js';
import { toFinding } from './stamp.js';

export interface RunOptions {
  sourceLang?: SourceLang | undefined;
  date?: string | undefined;
  /** Shared across rules of one check, so the glossary is matched once per document. */
  matches?: () => GlossaryMatch[];
}

/** Runs one rule over a document and returns its findings (in order) and what it dropped. */
export function stampAll(
  rule: Rule,
  doc: Document,
  tokens: readonly Token[],
  glossary: CompiledGlossary,
  options: RunOptions = {},
): { findings: Finding[]; dropped: DroppedFinding[] } {
  const findings: Finding[] = [];
  const dropped: DroppedFinding[] = [];
  let own: GlossaryMatch[] | undefined;
  const matches = options.matches ?? (() => (own ??= glossary.match(doc.text, tokens, doc.segments)));
  const ctx: RuleContext = {
    doc,
    text: doc.text,
    tokens,
    glossary,
    get matches() {
      return matches();
    },
    ...(options.sourceLang ? { sourceLang: options.sourceLang } : {}),
    ...(options.date ? { date: options.date } : {}),
    report(r) {
      findings.push(toFinding(doc, rule, r));
    },
    drop(start, end, reason) {
      dropped.push({ ruleId: rule.meta.id, text: doc.text.slice(start, end), range: { start: doc.lines.position(start), end: doc.lines.position(end) }, reason });
    },
  };
  rule.check(ctx);
  findings.sort(byPosition);
  return { findings, dropped };
}
