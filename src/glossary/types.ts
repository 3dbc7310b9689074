import type { GlossaryIndex } from './glossary-index.js';
import type { Severity } from '../findings/finding.js';

export const CATEGORIES = ['person', 'organisation', 'title', 'place', 'term'] as const;
export type Category = (typeof CATEGORIES)[number];
export const FIX_MODES = ['auto', 'suggest', 'warn'] as const;
export type FixMode = (typeof FIX_MODES)[number];
/** Languages a glossary entry may give source-language terms in (those translint knows calques of). */
export const SOURCE_LANGS = ['de', 'fr', 'es'] as const;
export type SourceLanguage = (typeof SOURCE_LANGS)[number];

/** Words that must (anyOf) or must not (noneOf) occur near a match for an entry to apply. */
export interface ContextCondition {
  anyOf?: string[];
  noneOf?: string[];
  /** Distance in words; absent means the whole document. */
  window?: number;
}

export type Variant = { kind: 'literal'; text: string } | { kind: 'regex'; source: string; flags: string; text: string };

export interface GlossaryEntry {
  term: string;
  variants: Variant[];
  category: Category;
  caseSensitive: boolean;
  fix: FixMode;
  context?: ContextCondition;
  titles?: string[];
  validFrom?: string;
  validUntil?: string;
  note?: string;
  example?: string;
  severity?: Severity;
  /**
   * The term in the source languages, for bilingual checks: when a unit's source contains one of them,
   * its target must contain `term`. Literal (whole words, any case) or `/regular expressions/`.
   */
  source?: Partial<Record<SourceLanguage, string[]>>;
  /**
   * The entry names no correct form: `term` is the rejected form itself (a line of a Vale reject list),
   * shown in messages, and a match of it is flagged. Set by importers only, never read from a glossary.
   */
  avoid?: true;
  /** Where the entry was written. */
  glossary: string;
  line?: number;
}

export interface Glossary {
  path: string;
  name: string;
  entries: GlossaryEntry[];
  /** Problems that did not stop loading (duplicates, contradictions), one line each. */
  warnings: string[];
  /** Words and phrases never flagged (the glossary's `allow` list, in its object form). */
  allow: string[];
  /** The matching index, when the glossary was loaded by translint (see glossary-index.ts). */
  readonly index?: GlossaryIndex | undefined;
}
