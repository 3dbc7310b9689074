import { createDocument, type Document } from '../document/document.js';
import type { InputFormatName } from '../inputs/index.js';

/** Turns a file's text (BOM removed) into a Document. */
export type ParseInput = (text: string, path: string) => Document;

const TEXT_FILE = /\.(txt|text)$/i;

/**
 * The parser for this run. Plain text needs no parser module; the Markdown, HTML, XML and PO parsers
 * (~150 ms to load together) are imported only when a file needs one of them.
 */
export async function inputParser(paths: readonly string[], forced: InputFormatName | undefined): Promise<ParseInput> {
  const plain: ParseInput = (text, path) => createDocument(text, { path, format: 'text' });
  if (forced === 'text' || (!forced && paths.every((p) => p === '-' || TEXT_FILE.test(p)))) return plain;
  const { formatForContent, inputFormats } = await import('../inputs/index.js');
  // by extension, and for a .xml file by its root element (NITF, NewsML-G2, XLIFF)
  return (text, path) => (forced ? inputFormats[forced] : formatForContent(path, text)).parse(text, path);
}
