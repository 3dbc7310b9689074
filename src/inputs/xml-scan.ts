import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { SourceComment } from './directives.js';
import { LineIndex } from '../document/line-index.js';
import { InputError } from './errors.js';

/** What an XML input does with the events of one pass; offsets are string indexes into the file's text. */
export interface XmlScanHandlers {
  /** A start tag; `contentStart` is just after it, `line` its line (for errors). */
  open(tag: SaxesTagPlain, contentStart: number, line: number): void;
  /** An end tag (or the end of a self-closing one) ending at `position`. */
  close(tag: SaxesTagPlain, position: number): void;
  /** A text run, entity references included. */
  text(start: number, end: number): void;
  /** The content of a CDATA section. */
  cdata(start: number, end: number): void;
  /** The document type declaration, as written between `<!DOCTYPE` and its `>` (internal subset included). */
  doctype?(body: string): void;
}

/**
 * One saxes pass over an XML file for the XML input formats (XLIFF, NITF, NewsML-G2), giving each
 * event its offsets in the text, and returning the comments (for translint-disable). Throws
 * `InputError` with the line for XML that is not well formed.
 *
 * saxes reports where each event ends, not where it starts; since XML text cannot hold a raw `<`,
 * every text run starts where the markup before it ended, which the handlers track in `lastEnd`.
 */
export function scanXml(text: string, path: string | undefined, on: XmlScanHandlers): SourceComment[] {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const comments: SourceComment[] = [];
  let lastEnd = 0;
  // a reference to an entity a DTD declares (`&mdash;` of DocBook, `&prod;` of the internal subset) cannot
  // be expanded without reading the DTD, which no XML reader here does; with a DOCTYPE that is no error
  // (XML 1.0, 4.1: a non-validating processor need not read declarations): the prose view reads a
  // standard character entity as its character, any other as a sign that is no word (entities.ts)
  let doctype = false;
  parser.on('error', (err) => {
    if (doctype && /undefined entity/.test(err.message)) return;
    throw xmlError(text, path, lastEnd, parser, err.message.replace(/^\d+:\d+: /, ''));
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    lastEnd = parser.position;
    on.open(tag, parser.position, parser.line);
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    on.close(tag, parser.position);
    lastEnd = parser.position;
  });
  parser.on('text', () => {
    const end = text[parser.position - 1] === '<' ? parser.position - 1 : parser.position;
    on.text(lastEnd, end);
    lastEnd = end;
  });
  parser.on('cdata', () => {
    const start = text.indexOf('<![CDATA[', lastEnd);
    lastEnd = text.indexOf(']]>', start + 9) + 3;
    on.cdata(start + 9, lastEnd - 3);
  });
  parser.on('comment', (body) => {
    const start = text.indexOf('<!--', lastEnd);
    lastEnd = text.indexOf('-->', start + 4) + 3;
    comments.push({ start, end: lastEnd, body });
  });
  // the declaration and a DOCTYPE (whose internal subset may hold "<!--" or "<?") end where they are reported
  parser.on('xmldecl', () => {
    lastEnd = parser.position;
  });
  parser.on('doctype', (body) => {
    doctype = true;
    on.doctype?.(body);
    lastEnd = parser.position;
  });
  parser.on('processinginstruction', () => {
    lastEnd = text.indexOf('?>', text.indexOf('<?', lastEnd) + 2) + 2;
  });
  parser.write(text).close();
  return comments;
}

/** What XML allows after a `&`: a name, or a decimal or hexadecimal character number, and `;`. */
const REFERENCE = /&(?:#[0-9]+|#x[0-9A-Fa-f]+|[^\s&<>;"'#]+);/y;

/**
 * The error saxes reported at `parser`'s position, `from` being where the last event before it ended.
 * saxes reads everything after a `&` up to the next `;` as an entity's name, so a bare `&` (or `&lt`
 * without its `;`) is reported where that reading ends, often as an unclosed tag at the end of the file:
 * the first `&` since the last event that begins no reference (and before any comment, CDATA section or
 * processing instruction, which may hold one) is the error, and its line is given. Else
 * saxes's message, at its line but never past the file's last line (saxes counts the empty one after a
 * final line break).
 */
function xmlError(text: string, path: string | undefined, from: number, parser: { position: number; line: number }, detail: string): InputError {
  const lines = new LineIndex(text);
  // (a comment, CDATA section or processing instruction not yet reported holds the error, and may hold a `&`)
  const markup = text.slice(from, parser.position).search(/<[!?]/);
  const end = markup < 0 ? parser.position : from + markup;
  for (let k = text.indexOf('&', from); k >= 0 && k < end; k = text.indexOf('&', k + 1)) {
    REFERENCE.lastIndex = k;
    if (!REFERENCE.test(text)) return new InputError(path, lines.position(k).line, "'&' that begins no entity reference (an ampersand is written &amp;)");
  }
  const last = lines.lineCount - (text.endsWith('\n') ? 1 : 0);
  return new InputError(path, Math.max(1, Math.min(parser.line, last)), detail);
}
