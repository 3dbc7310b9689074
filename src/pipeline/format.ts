import { createDocument, type Document } from '../document/document.js';
import { InputError } from '../inputs/errors.js';
import type { InputFormatName } from '../inputs/index.js';
import { readHead } from '../io/read.js';

/** The input format chosen for one input, and a warning when the choice was a fallback. */
export interface ChosenFormat {
  name: InputFormatName;
  parse: (text: string) => Document;
  /** Set for a `.xml` file with no root element to be found: it is checked as plain text. */
  warning?: string;
}

const PLAIN_FILE = /\.(txt|text)$/i;

/**
 * The format of an input: the one asked for, else by extension, else for a `.xml` file by its root
 * element (`<nitf>`, `<newsItem>`/`<newsMessage>`, `<xliff>`, any other: generic XML, the text of its
 * elements); an input without a name is plain text. A `.xml` file with no root element to be found is
 * checked as plain text with a warning (like Vale, which checks what it cannot parse as text, rather
 * than refusing the run).
 * Plain text needs no parser: the Markdown, HTML, XML and PO parsers (~150 ms to load together) are
 * imported only when an input needs one of them.
 */
export async function chooseFormat(path: string | undefined, text: string, explicit?: InputFormatName): Promise<ChosenFormat> {
  const plain = (): ChosenFormat => ({ name: 'text', parse: (t) => createDocument(t, { ...(path !== undefined ? { path } : {}), format: 'text' }) });
  if (explicit === 'text' || (explicit === undefined && (path === undefined || path === '-' || PLAIN_FILE.test(path)))) return plain();
  const { formatForContent, inputFormats } = await import('../inputs/index.js');
  const format = explicit !== undefined ? inputFormats[explicit] : formatForContent(path as string, text);
  const chosen: ChosenFormat = { name: format.name as InputFormatName, parse: (t) => parseOrRefuse(format, t, path) };
  if (explicit === undefined && format.name === 'text' && /\.xml$/i.test(path as string)) {
    chosen.warning = `${path}: not an XML document translint knows (no root element found); checked as plain text`;
  }
  return chosen;
}

/**
 * A parser that fails in its own way on one input (a library's stack overflow on deeply nested markup,
 * say) fails for that input alone: the error becomes an InputError naming it, which every front end
 * reports for this input before going on to the next (a RangeError would stop a CLI run of many files).
 */
export function parseOrRefuse(format: { name: string; parse: (text: string, path?: string) => Document }, text: string, path: string | undefined): Document {
  try {
    return format.parse(text, path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, undefined, `could not be read as ${format.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Characters of an .xml file read to find its root element, at first and at most. */
const XML_HEAD = 4096;
const XML_HEAD_MOST = 262_144;

/**
 * The beginning of an .xml file, enough to name its root element: the first 4,096 characters, or, when a
 * long comment, doctype or processing instruction comes before the root (a NITF story with a licence
 * comment of 5 KB was skipped as foreign), up to 256 K characters. 4 bytes a character hold them in any
 * UTF-8; a character cut at the end does not matter.
 */
export async function xmlHead(absPath: string): Promise<string> {
  const head = readHead(absPath, 4 * XML_HEAD).toString('utf8').slice(0, XML_HEAD);
  if (head.length < XML_HEAD) return head;
  // (the XML parser is loaded only for a file this long: see chooseFormat)
  const { xmlRootName } = await import('../inputs/sniff.js');
  if (xmlRootName(head) !== undefined) return head;
  return readHead(absPath, 4 * XML_HEAD_MOST).toString('utf8').slice(0, XML_HEAD_MOST);
}
