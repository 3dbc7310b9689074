import type { Document } from '../document/document.js';
import type { Span } from '../document/span.js';
import type { Token } from '../document/tokens.js';
import type { Severity, Suggestion } from '../findings/finding.js';
import type { CompiledGlossary, GlossaryMatch } from '../glossary/compile.js';
import type { GlossaryEntry } from '../glossary/types.js';
import type { AlignedSource } from '../source/aligned.js';

export type SourceLang = 'de' | 'fr' | 'es';

/** An example from a rule's documentation; tests check that `flagged` is flagged in `text`. */
export interface RuleExample {
  text: string;
  flagged: string;
  suggestion?: string;
  /** The original of `text`, for rules that compare a translation with it (source/). */
  source?: string;
}

export interface RuleMeta {
  /** Also the file path under src/rules/ ("glossary/near-miss" → src/rules/glossary/near-miss.ts). */
  id: string;
  severity: Severity;
  description: string;
  /** What makes this rule's confidence high or low. */
  confidence: string;
  examples: RuleExample[];
  /**
   * The rule reads a unit's target in any language (placeholders, numbers, plural forms, untranslated
   * units). Every other rule reads English, and is not run on a file that declares another target
   * language (XLIFF `trgLang` / `target-language`, PO `Language:`): a French target is not misspelt English.
   */
  anyLanguage?: true;
}

/** What a rule says about a span of `ctx.text`; the engine adds rule id, severity and text. */
export interface RuleReport extends Span {
  message: string;
  confidence: number;
  suggestions?: Suggestion[];
  /** The first suggestion is safe for `--fix`. */
  autofix?: boolean;
  entry?: GlossaryEntry;
  severity?: Severity;
}

export interface RuleContext {
  readonly doc: Document;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly glossary: CompiledGlossary;
  /** All glossary term and variant occurrences in the document (computed once, shared by rules). */
  readonly matches: readonly GlossaryMatch[];
  readonly sourceLang?: SourceLang;
  /** The story's date (YYYY-MM-DD) when known, for office holders' validity. */
  readonly date?: string;
  /** The document's original, aligned with it sentence by sentence, when one was given (rules in source/). */
  readonly source?: AlignedSource;
  report(report: RuleReport): void;
  /** Records a candidate the rule left out in favour of another, so users can see why. */
  drop(start: number, end: number, reason: string): void;
}

/** What a rule may compile from, once per checker (see `Rule.prepare`). */
export interface RuleEnv {
  /** The checker's glossaries, compiled (the same object as every check's `ctx.glossary`). */
  readonly glossary: CompiledGlossary;
}

/**
 * A rule: metadata and a check. A rule keeps no state at module level: what it compiles (lists from
 * corpora/, indexes of the glossary) it builds in `prepare`, which a checker calls once, and gets back
 * as `state` in every `check`. So two checkers with different glossaries in one process never share it.
 */
export interface Rule<State = unknown> {
  meta: RuleMeta;
  prepare?(env: RuleEnv): State;
  check(ctx: RuleContext, state: State): void;
}
