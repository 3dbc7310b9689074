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
}

export function createDocument(
  text: string,
  options: { path?: string; segments?: Segment[]; suppressions?: Suppression[]; units?: Unit[]; format?: string } = {},
): Document {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const doc: Document = {
    text: body,
    bom,
    segments: options.segments ?? [{ start: 0, end: body.length }],
    lines: new LineIndex(body),
  };
  if (options.path !== undefined) doc.path = options.path;
  if (options.suppressions) doc.suppressions = options.suppressions;
  if (options.units) doc.units = options.units;
  if (options.format) doc.format = options.format;
  return doc;
}
