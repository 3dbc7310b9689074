import { createDocument, type Document } from '../document/document.js';
import { InputError } from '../inputs/errors.js';
import type { InputFormatName } from '../inputs/index.js';
import { StringDecoder } from 'node:string_decoder';
import { DEFAULT_MAX_FILE_BYTES, readBlocks } from '../io/read.js';

/** The input format chosen for one input, and a warning when the choice was a fallback. */
export interface ChosenFormat {
  name: InputFormatName;
  parse: (text: string) => Document;
  /** Set for a `.xml` file with no root element to be found: it is checked as plain text. */
  warning?: string;
}

const PLAIN_FILE = /\.(txt|text)$/i;

/** An input with nothing in it but blanks (a placeholder: `touch`, `echo > a.json`). */
const BLANK = /^[ \t\r\n]*$/;

/**
 * The format of an input: the one asked for, else by extension, else for a `.xml` file by its root
 * element (`<nitf>`, `<newsItem>`/`<newsMessage>`, `<xliff>`, any other: generic XML, the text of its
 * elements); an input without a name is plain text. A `.xml` file with no root element to be found is
 * checked as plain text with a warning (like Vale, which checks what it cannot parse as text, rather
 * than refusing the run).
 * Plain text needs no parser: the Markdown, HTML, XML and PO parsers (~150 ms to load together) are
 * imported only when an input needs one of them.
 * `name` is what the parser's errors and the warning call the input (default `path`): `<stdin>`, an
 * NDJSON record's id, the service's item, which have no path and were all called `<input>`.
 * An empty input, or one of blanks only, is checked in every format as it is in plain text: no findings
 * and no warning, so that a placeholder .json, .xlf or .nitf in a checked folder does not fail a CI run
 * (JSON, XLIFF and NITF parsers refused it: "value expected", "document must contain a root element").
 */
export async function chooseFormat(path: string | undefined, text: string, explicit?: InputFormatName, name = path): Promise<ChosenFormat> {
  const plain = (): ChosenFormat => ({ name: 'text', parse: (t) => createDocument(t, { ...(name !== undefined ? { path: name } : {}), format: 'text', bom: false }) });
  if (explicit === 'text' || (explicit === undefined && (path === undefined || path === '-' || PLAIN_FILE.test(path)))) return plain();
  const { formatForContent, inputFormats } = await import('../inputs/index.js');
  const format = explicit !== undefined ? inputFormats[explicit] : formatForContent(path as string, text);
  // the text's byte-order mark is off already (Pipeline.read): a U+FEFF still at its start is a character of the
  // text (files joined with their marks), which the format's parse would take for the mark and leave out, so
  // every span one off the text reported; one is put before it, for the parse to take off
  const unmarked = (t: string) => (t.charCodeAt(0) === 0xfeff ? `\ufeff${t}` : t);
  const chosen: ChosenFormat = { name: format.name as InputFormatName, parse: (t) => (BLANK.test(t) ? plain().parse(t) : parseOrRefuse(format, unmarked(t), name)) };
  if (explicit === undefined && format.name === 'text' && /\.xml$/i.test(path as string) && !BLANK.test(text)) {
    chosen.warning = `${name}: not an XML document translint knows (no root element found); checked as plain text`;
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

/** Bytes of an .xml file read at a time to find its root element. */
const XML_BLOCK = 65_536;

/**
 * The beginning of an .xml file up to and including its root element's start tag (the whole file when it
 * has none), enough for `chooseFormat` to name the root: read a block at a time and given to one saxes
 * pass as it comes, so a comment, doctype or processing instruction of any length before the root costs
 * one read of it (a NITF story after a 300 KB licence comment was skipped as foreign when only the first
 * 256 K characters were read). UTF-8 is decoded across block boundaries. Undefined for a file with no root
 * in its first DEFAULT_MAX_FILE_BYTES: its check will say it is too large.
 */
export async function xmlHead(absPath: string): Promise<string | undefined> {
  // (the XML parser is loaded only for an .xml file found in a folder: see chooseFormat)
  const { xmlRootNameIn } = await import('../inputs/sniff.js');
  const read: string[] = [];
  let bytesRead = 0;
  xmlRootNameIn(
    (function* blocks() {
      const decoder = new StringDecoder('utf8');
      for (const bytes of readBlocks(absPath, XML_BLOCK)) {
        bytesRead += bytes.length;
        if (bytesRead > DEFAULT_MAX_FILE_BYTES) return;
        const piece = decoder.write(bytes);
        read.push(piece);
        yield piece;
      }
      const rest = decoder.end();
      read.push(rest);
      yield rest;
    })(),
  );
  return bytesRead > DEFAULT_MAX_FILE_BYTES ? undefined : read.join('');
}
