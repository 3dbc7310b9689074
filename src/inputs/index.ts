import type { Document } from '../document/document.js';
import { parseHtml } from './html.js';
import { parseJson } from './json.js';
import { parseMarkdown } from './markdown.js';
import { NEWSML_ROOTS, parseNewsml } from './newsml.js';
import { parseNitf } from './nitf.js';
import { parseXml } from './xml.js';
import { parsePo } from './po.js';
import { xmlRootName } from './sniff.js';
import { parseText } from './text.js';
import { parseTsv } from './tsv.js';
import { parseXliff } from './xliff.js';

/** An input format: how a file's text becomes a Document of prose segments (a leading BOM is left out: withoutBom). */
export interface InputFormat {
  name: string;
  /** File name endings, lower case, with the dot. */
  extensions: string[];
  /** Throws `InputError` when the text is not valid in this format or past its limits (text never throws; Markdown and HTML only past their nesting limits). */
  parse(text: string, path?: string): Document;
}

/**
 * A parser that takes a text with its byte-order mark too, as a caller of the library that read a file itself
 * passes it: the parser reads the text after the mark, so that every span it makes is an index into the
 * Document's `text` (which never holds the mark; `bom` says it was there). Only the one mark: a second U+FEFF
 * (files joined with their marks) is a character of the text, which the parsers keep (createDocument's `bom`).
 */
function withoutBom(parse: (text: string, path?: string) => Document): (text: string, path?: string) => Document {
  return (text, path) => {
    if (text.charCodeAt(0) !== 0xfeff) return parse(text, path);
    const doc = parse(text.slice(1), path);
    doc.bom = true;
    return doc;
  };
}

/** Every input format by name. */
export const inputFormats = {
  text: { name: 'text', extensions: ['.txt', '.text'], parse: withoutBom(parseText) },
  markdown: { name: 'markdown', extensions: ['.md', '.markdown'], parse: withoutBom(parseMarkdown) },
  html: { name: 'html', extensions: ['.html', '.htm'], parse: withoutBom(parseHtml) },
  xliff: { name: 'xliff', extensions: ['.xlf', '.xliff', '.sdlxliff'], parse: withoutBom(parseXliff) },
  po: { name: 'po', extensions: ['.po', '.pot'], parse: withoutBom(parsePo) },
  json: { name: 'json', extensions: ['.json'], parse: withoutBom(parseJson) },
  tsv: { name: 'tsv', extensions: ['.tsv'], parse: withoutBom(parseTsv) },
  nitf: { name: 'nitf', extensions: ['.nitf', '.nitf.xml'], parse: withoutBom(parseNitf) },
  newsml: { name: 'newsml', extensions: ['.newsml', '.nml'], parse: withoutBom(parseNewsml) },
  // last: a `.nitf.xml` is NITF; another `.xml` is chosen by its root element (formatForContent)
  // DITA topics and maps are XML of a vocabulary with no reader of its own
  xml: { name: 'xml', extensions: ['.xml', '.dita', '.ditamap'], parse: withoutBom(parseXml) },
} satisfies Record<string, InputFormat>;

export type InputFormatName = keyof typeof inputFormats;

export function isInputFormatName(name: string): name is InputFormatName {
  return Object.hasOwn(inputFormats, name);
}

/** The format for a file name by its extension (case-insensitive); plain text when none matches. */
export function formatForPath(path: string): InputFormat {
  const lower = path.toLowerCase();
  for (const format of Object.values(inputFormats)) if (format.extensions.some((ext) => lower.endsWith(ext))) return format;
  return inputFormats.text;
}

/** XML vocabularies recognised by their root element's local name. */
const XML_ROOTS: Record<string, InputFormatName> = {
  nitf: 'nitf',
  xliff: 'xliff',
  ...Object.fromEntries([...NEWSML_ROOTS].map((root) => [root, 'newsml' as const])),
};

/**
 * Like `formatForPath`, but a `.xml` file that no other extension claims is chosen by its root element:
 * `<nitf>` NITF, a NewsML-G2 message or item (`<newsMessage>`, `<newsItem>`, `<packageItem>`,
 * `<conceptItem>`, `<knowledgeItem>`, `<planningItem>`, `<catalogItem>`), `<xliff>` XLIFF, any other root
 * generic XML (the text of its elements), and plain text when no root element is found.
 */
export function formatForContent(path: string, text: string): InputFormat {
  const byPath = formatForPath(path);
  if (byPath !== inputFormats.xml) return byPath;
  const root = xmlRootName(text);
  if (root === undefined) return inputFormats.text;
  return Object.hasOwn(XML_ROOTS, root) ? inputFormats[XML_ROOTS[root] as InputFormatName] : inputFormats.xml;
}

export { InputError } from './errors.js';
export { parseDirective, suppressionsFrom, type Directive, type SourceComment } from './directives.js';
