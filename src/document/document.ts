import { LineIndex } from './line-index.js';
import type { Span } from './span.js';

/** A stretch of the text that holds prose to check; offsets into `Document.text`. */
export type Segment = Span;

/** A stretch where findings are not reported (from translint-disable comments), for some rules or all. */
export interface Suppression extends Span {
  /** Rule ids or prefixes ending in "/"; absent means every rule. */
  rules?: string[];
}

/** A translation unit of a bilingual file: where its source and target text stand in the file. */
export interface Unit {
  id: string;
  source?: Segment;
  target: Segment;
  /** The file marks the translation as unfinished (a PO `#, fuzzy` entry): it is not compared with its source. */
  fuzzy?: boolean;
  /** A plural form (PO `msgstr[n]`): its index, the indexes its entry gives, in file order, and where the entry's msgid_plural stands. */
  plural?: { index: number; forms: readonly number[]; pluralId: Span };
}

/** The text of one input (BOM removed) with the prose segments an input format found in it. */
export interface Document {
  path?: string;
  text: string;
  /** The file started with a UTF-8 byte-order mark, which is not part of `text`. */
  bom: boolean;
  segments: Segment[];
  lines: LineIndex;
  /** Set by input formats that have comments. */
  suppressions?: Suppression[];
  /** Set by bilingual formats (XLIFF, PO, TSV): the units, with source and target positions. */
  units?: Unit[];
  /** The input format that made this document ("text", "markdown", …). */
  format?: string;
  /**
   * The text as rules read it, when it differs from `text`: the same length, markup blank and entities
   * or escapes decoded in place (see src/inputs/view.ts). Tokens, glossary matches and rules use it;
   * findings, fixes and bilingual rules use `text`.
   */
  prose?: string;
  /** The number of plural forms the file's header gives (PO `Plural-Forms: nplurals=N`), when it gives one. */
  nplurals?: number;
  /** The languages a bilingual file declares (PO `Language:`, XLIFF `srcLang`/`trgLang`), as written there. */
  languages?: { source?: string; target?: string };
  /** What the document is: a story (news and documents, the default) or UI strings of an application (PO, XLIFF, JSON resources). */
  kind?: 'story' | 'strings';
  /** Entities and escapes that `prose` decodes (`&amp;`, `\"`), in order; a finding never covers part of one (src/engine/run-rule.ts). */
  escapes?: Span[];
  /**
   * Code the prose view leaves out but a reader sees (the text of an XLIFF target's inline code, `ls -la`
   * in `<g ctype="x-code">`), in order: no rule reads it, but a finding that covers it may start and end on
   * it as on prose (src/engine/stamp.ts), where markup at its ends is left out.
   */
  code?: Span[];
  /**
   * Stretches that name things rather than say them (Markdown code spans and blocks, autolinks, link
   * destinations and reference labels), in order: a word written there is a term of the document, which
   * spelling/non-word does not take for a misspelling where the prose writes it too.
   */
  terms?: Term[];
}

/** A stretch of Document.terms; `code` for code (a span or block), not an address or a label. */
export interface Term extends Span {
  code?: boolean;
}

/**
 * A document of `text`. A U+FEFF that opens it is taken for a byte-order mark and left out (`bom`), unless
 * `options.bom` says whether the caller took one off already: then the text is taken as it is, and a U+FEFF
 * at its start is a character of it (a second mark, of files joined), which the spans given index. Input
 * formats read the text after the mark (inputs/index.ts, withoutBom), so they say so, and exactly one mark is left out.
 */
export function createDocument(
  text: string,
  options: { path?: string; segments?: Segment[]; suppressions?: Suppression[]; units?: Unit[]; format?: string; prose?: string; kind?: Document['kind']; languages?: Document['languages']; escapes?: Span[]; code?: Span[]; terms?: Term[]; bom?: boolean } = {},
): Document {
  const bom = options.bom === undefined && text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const doc: Document = {
    text: body,
    bom: options.bom ?? bom,
    segments: options.segments ?? [{ start: 0, end: body.length }],
    lines: new LineIndex(body),
  };
  if (options.path !== undefined) doc.path = options.path;
  if (options.suppressions) doc.suppressions = options.suppressions;
  if (options.units) doc.units = options.units;
  if (options.format) doc.format = options.format;
  if (options.prose !== undefined && options.prose !== text) doc.prose = bom && options.prose.length === text.length ? options.prose.slice(1) : options.prose;
  if (options.kind) doc.kind = options.kind;
  // (spans of a text read with its byte-order mark move back by it)
  const moved = (spans: Span[]) => (bom && options.prose?.length === text.length ? spans.map((e) => ({ start: e.start - 1, end: e.end - 1 })) : spans);
  if (doc.prose !== undefined && options.escapes?.length) doc.escapes = moved(options.escapes);
  if (doc.prose !== undefined && options.code?.length) doc.code = moved(options.code);
  if (options.terms?.length) doc.terms = bom && options.prose?.length === text.length ? options.terms.map((t) => ({ ...t, start: t.start - 1, end: t.end - 1 })) : options.terms;
  if (options.languages) doc.languages = options.languages;
  return doc;
}
