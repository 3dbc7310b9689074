import type { Document } from '../document/document.js';
import { widenToWhole } from '../document/span.js';
import { rewritesOnlyProse } from '../document/writable.js';
import type { Token } from '../document/tokens.js';
import type { DroppedFinding, Finding, SpanDropped, SpanFinding } from '../findings/finding.js';
import { locate, locateDropped } from '../findings/locate.js';
import type { CompiledGlossary, GlossaryMatch } from '../glossary/compile.js';
import type { Rule, RuleContext, RuleReport, SourceLang } from '../rules/types.js';
import type { AlignedSource } from '../source/aligned.js';
import { byPosition } from './resolve.js';
import { toFinding } from './stamp.js';

export interface RunOptions {
  sourceLang?: SourceLang | undefined;
  date?: string | undefined;
  /** The document's original, aligned with it. */
  source?: AlignedSource | undefined;
  /** Shared across rules of one check, so the glossary is matched once per document. */
  matches?: () => GlossaryMatch[];
  /** What the rule's `prepare` returned for this checker; absent, the rule is prepared for this run alone. */
  state?: unknown;
}

/**
 * What a rule sees. A class rather than an object literal with a getter and spreads, which V8 builds
 * on a slow path: one is made for every rule of every check.
 */
class Context implements RuleContext {
  readonly text: string;
  readonly sourceLang?: SourceLang;
  readonly date?: string;
  readonly source?: AlignedSource;
  readonly findings: SpanFinding[] = [];
  readonly dropped: SpanDropped[] = [];
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
    if (options.source) this.source = options.source;
  }

  get matches(): GlossaryMatch[] {
    return this.shared ? this.shared() : (this.own ??= this.glossary.match(this.text, this.tokens, this.doc.segments));
  }

  report(r: RuleReport): void {
    const finding = toFinding(this.doc, this.rule, r);
    // a finding never covers part of an entity or escape: its range slices the file to what it flags
    // (`\"`, not its `\`, which is where the prose view puts the quotation mark it reads)
    const { escapes } = this.doc;
    if (escapes) {
      const w = widenToWhole(escapes, finding.span.start, finding.span.end);
      if (w.start !== finding.span.start || w.end !== finding.span.end) {
        finding.span = w;
        finding.text = this.doc.text.slice(w.start, w.end);
      }
    }
    // a replacement over markup (a tag, a comment, a link's address) would delete it: such a finding keeps
    // its suggestions as advice, with no edit; a fix made without a human leaves escapes alone too
    const { fix, span } = finding;
    if (!rewritesOnlyProse(this.doc, span.start, span.end, true)) {
      finding.editable = false;
      delete finding.fix;
    } else if (fix && !rewritesOnlyProse(this.doc, fix.start, fix.end, false)) delete finding.fix;
    this.findings.push(finding);
  }

  drop(start: number, end: number, reason: string): void {
    this.dropped.push({ ruleId: this.rule.meta.id, text: this.doc.text.slice(start, end), span: { start, end }, reason });
  }
}

/** Runs one rule over a document and returns its findings (in order) and what it dropped, as spans. */
export function runRule(
  rule: Rule,
  doc: Document,
  tokens: readonly Token[],
  glossary: CompiledGlossary,
  options: RunOptions = {},
): { findings: SpanFinding[]; dropped: SpanDropped[] } {
  const ctx = new Context(rule, doc, tokens, glossary, options.matches, options);
  rule.check(ctx, options.state ?? rule.prepare?.({ glossary }));
  const { findings, dropped } = ctx;
  findings.sort(byPosition);
  return { findings, dropped };
}

/** {@link runRule} with the findings located in the document's lines, as the API shows them. */
export function stampAll(
  rule: Rule,
  doc: Document,
  tokens: readonly Token[],
  glossary: CompiledGlossary,
  options: RunOptions = {},
): { findings: Finding[]; dropped: DroppedFinding[] } {
  const run = runRule(rule, doc, tokens, glossary, options);
  return { findings: locate(run.findings, doc.lines), dropped: locateDropped(run.dropped, doc.lines) };
}
