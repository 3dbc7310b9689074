import { createDocument, type Document } from '../document/document.js';

/** Plain text: the whole file is one segment of prose. */
export function parseText(text: string, path?: string): Document {
  return createDocument(text, { ...(path !== undefined ? { path } : {}), segments: [{ start: 0, end: text.length }], format: 'text', bom: false });
}
