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
  const { formatForPath, inputFormats } = await import('../inputs/index.js');
  return (text, path) => (forced ? inputFormats[forced] : formatForPath(path)).parse(text, path);
}

/**
 * Characters a fix may not write into a file of this format without escaping (a quote in JSON or PO,
 * markup in HTML and XLIFF). Such fixes are left as suggestions rather than written unescaped.
 */
export function unsafeInFormat(format: string | undefined, replacement: string): boolean {
  switch (format) {
    case 'json':
    case 'po':
      return /["\\\n]/.test(replacement);
    case 'html':
    case 'xliff':
      return /[<&>]/.test(replacement);
    default:
      return false;
  }
}
