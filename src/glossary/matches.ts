import type { Token } from '../document/tokens.js';
import type { Span } from '../document/span.js';
import type { GlossaryEntry } from './types.js';

// The values compiled glossaries hand to rules (compile.ts builds them; rules import the types from there).

/** One occurrence in the text of an entry's term or of one of its wrong variants. */
export interface GlossaryMatch extends Span {
  entry: GlossaryEntry;
  kind: 'term' | 'variant';
  /** The variant as written in the glossary (absent for term matches). */
  variant?: string;
  literal: boolean;
  /** Plural ending that followed the matched form inside the same word ("s", "es"), kept in the fix. */
  suffix: string;
  /** Index of the first and one past the last token covered. */
  firstToken: number;
  lastToken: number;
}

/** A word of a glossary term: which entry (and its index), where in the term, and the term's tokens. */
export interface TermWord {
  readonly entry: GlossaryEntry;
  readonly id: number;
  readonly position: number;
  /** Tokenized on first use. */
  readonly tokens: readonly Token[];
}

/** What near-miss and other rules ask of terms: is there one, and whose is it. */
export interface TermLookup {
  has(lowerTerm: string): boolean;
  get(lowerTerm: string): GlossaryEntry | undefined;
}

/** What a match or term word asks of the compiled glossary: the entry and its term's tokens, parsed on demand. */
export interface EntrySource {
  entry(id: number): GlossaryEntry;
  termTokens(id: number): Token[];
}

/**
 * A match of a literal term or variant. Its entry is parsed from the glossary cache only when a rule
 * asks for it: most matches in a long text are correct terms, which the exact-variant rule only counts.
 */
export class LiteralMatch implements GlossaryMatch {
  readonly kind: 'term' | 'variant';
  readonly literal = true;

  constructor(
    private readonly glossary: EntrySource,
    private readonly id: number,
    readonly start: number,
    readonly end: number,
    readonly variant: string | undefined,
    readonly suffix: string,
    readonly firstToken: number,
    readonly lastToken: number,
  ) {
    this.kind = variant === undefined ? 'term' : 'variant';
  }

  get entry(): GlossaryEntry {
    return this.glossary.entry(this.id);
  }
}

/** A TermWord that parses its entry and tokenizes its term only when asked (one of many per text). */
export class TermRef implements TermWord {
  constructor(
    private readonly glossary: EntrySource,
    readonly id: number,
    readonly position: number,
  ) {}

  get entry(): GlossaryEntry {
    return this.glossary.entry(this.id);
  }

  get tokens(): readonly Token[] {
    return this.glossary.termTokens(this.id);
  }
}
