import { LineIndex } from './line-index.js';

/** A stretch of the text that holds prose to check; offsets into `Document.text`. */
export interface Segment {
  start: number;
  end: number;
}

/** The text of one input (BOM removed) with the prose segments an input format found in it. */
export interface Document {
  path?: string;
  text: string;
  /** The file started with a UTF-8 byte-order mark, which is not part of `text`. */
  bom: boolean;
  segments: Segment[];
  lines: LineIndex;
}

export function createDocument(text: string, options: { path?: string; segments?: Segment[] } = {}): Document {
  const bom = text.charCodeAt(0) === 0xfeff;
  const body = bom ? text.slice(1) : text;
  const doc: Document = {
    text: body,
    bom,
    segments: options.segments ?? [{ start: 0, end: body.length }],
    lines: new LineIndex(body),
  };
  if (options.path !== undefined) doc.path = options.path;
  return doc;
}
