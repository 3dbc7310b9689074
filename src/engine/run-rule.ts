import type { Document } from '../document/document.js';
import type { Token } from '../document/tokens.js';
import type { DroppedFinding, Finding } from '../findings/finding.js';
import type { CompiledGlossary, GlossaryMatch } from '../glossary/compile.js';
import type { Rule, RuleContext, RuleReport, SourceLang } from '../rules/types.js';
import { byPosition } from './resolve.js';
import { toFinding } from './stamp.js';

export interface RunOptions {
  sourceLang?: SourceLang | undefined;
  date?: string | undefined;
  /** Shared across rules of one check, so the glossary is matched once per document. */
  matches?: () => GlossaryMatch[];
}

/**
 * What a rule sees. A class rather than an object literal with a getter and spreads, which V8 builds
 * on a slow path: one is made for every rule of every check.
 */
class Context implements RuleContext {
  readonly text: string;
  readonly sourceLang?: SourceLang;
  readonly date?: string;
  readonly findings: Finding[] = [];
  readonly dropped: DroppedFinding[] = [];
  private own: GlossaryMatch[] | undefined;

  constructor(
    private readonly rule: Rule,
    readonly doc: Document,
    readonly tokens: readonly Token[],
    readonly glossary: CompiledGlossary,
    private readonly shared: (() => GlossaryMatch[]) | undefined,
    options: RunOptions,
  ) {
    this.text = doc.prose ?? doc.text;
    if (options.sourceLang) this.sourceLang = options.sourceLang;
    if (options.date) this.date = options.date;
  }

  get matches(): GlossaryMatch[] {
    return this.shared ? this.shared() : (this.own ??= this.glossary.match(this.text, this.tokens, this.doc.segments));
  }

  report(r: RuleReport): void {
    const finding = toFinding(this.doc, this.rule, r);
    // a fix over markup or an escape would rewrite it: such a finding keeps its suggestions, not its fix
    if (finding.fix && this.doc.prose !== undefined && this.doc.prose.slice(finding.fix.start, finding.fix.end) !== finding.text) delete finding.fix;
    this.findings.push(finding);
  }

  drop(start: number, end: number, reason: string): void {
    const { doc } = this;
    this.dropped.push({ ruleId: this.rule.meta.id, text: doc.text.slice(start, end), range: { start: doc.lines.position(start), end: doc.lines.position(end) }, reason });
  }
}

/** Runs one rule over a document and returns its findings (in order) and what it dropped. */
export function stampAll(
  rule: Rule,
  doc: Document,
  tokens: readonly Token[],
  glossary: CompiledGlossary,
  options: RunOptions = {},
): { findings: Finding[]; dropped: DroppedFinding[] } {
  const ctx = new Context(rule, doc, tokens, glossary, options.matches, options);
  rule.check(ctx);
  const { findings, dropped } = ctx;
  findings.sort(byPosition);
  return { findings, dropped };
}
