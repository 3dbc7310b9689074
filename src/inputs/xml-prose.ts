import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { createDocument, type Document, type Segment } from '../document/document.js';
import { suppressionsFrom, type SourceComment } from './directives.js';
import { InputError } from './errors.js';
import { literalPieces, withProse } from './ranges.js';

/**
 * What an element's text is: `prose` is checked (and its children are prose unless they say
 * otherwise), `meta` is not but may hold prose children (a news item holding its headline), `skip`
 * holds no prose at any depth (metadata blocks, media references, code).
 */
export type XmlMode = 'prose' | 'meta' | 'skip';

/** The state an element gives its content: its mode and the vocabulary its children belong to. */
export interface XmlContext {
  mode: XmlMode;
  /** Which rules classify the children ("nitf", "newsml", "xhtml", …): news items embed other vocabularies. */
  vocab: string;
}

/** An element as the classifier sees it: local name (prefix removed) and attributes. */
export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
}

/** How one XML vocabulary marks its prose. */
export interface XmlProseRules {
  /** The format's name, set on the Document. */
  format: string;
  /** What the error says the file is not ("an NITF document"). */
  kind: string;
  /** The context of the root element, or undefined when this root does not belong to the format. */
  root(element: XmlElement): XmlContext | undefined;
  /** The context of an element inside a parent that is not `skip`. */
  classify(element: XmlElement, parent: XmlContext): XmlContext;
}

/** Entity and character references; saxes has already checked they are well formed. */
const REFERENCE = /&[^;]*;/g;

const SKIPPED: XmlContext = { mode: 'skip', vocab: '' };

/**
 * Reads an XML file whose prose is chosen element by element by `rules`: every text run inside a
 * `prose` element becomes segments, entity references split off (their decoded text differs from the
 * file) and inline markup splitting the run, so each segment slices the file to exactly its text.
 * CDATA content is prose too; comments give translint-disable suppressions. Throws `InputError` with
 * the line for XML that is not well formed or whose root the rules reject.
 *
 * saxes reports where each event ends, not where it starts; since XML text cannot hold a raw `<`,
 * every text run starts where the markup before it ended, which the handlers track in `lastEnd`.
 */
export function parseXmlProse(text: string, path: string | undefined, rules: XmlProseRules): Document {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const segments: Segment[] = [];
  const comments: SourceComment[] = [];
  const stack: XmlContext[] = [];
  let lastEnd = 0;
  const inProse = () => stack[stack.length - 1]?.mode === 'prose';

  parser.on('error', (err) => {
    throw new InputError(path, parser.line, err.message.replace(/^\d+:\d+: /, ''));
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    lastEnd = parser.position;
    const element = { name: tag.name.slice(tag.name.indexOf(':') + 1), attributes: tag.attributes };
    const parent = stack[stack.length - 1];
    let context: XmlContext | undefined;
    if (!parent) context = rules.root(element);
    else context = parent.mode === 'skip' ? SKIPPED : rules.classify(element, parent);
    if (!context) throw new InputError(path, parser.line, `not ${rules.kind}: the root element is <${tag.name}>`);
    stack.push(context);
  });
  parser.on('closetag', () => {
    stack.pop();
    lastEnd = parser.position;
  });
  parser.on('text', () => {
    const end = text[parser.position - 1] === '<' ? parser.position - 1 : parser.position;
    if (inProse()) segments.push(...literalPieces(text, lastEnd, end, REFERENCE));
    lastEnd = end;
  });
  parser.on('cdata', () => {
    const start = text.indexOf('<![CDATA[', lastEnd);
    lastEnd = text.indexOf(']]>', start + 9) + 3;
    if (inProse()) segments.push({ start: start + 9, end: lastEnd - 3 });
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
  parser.on('doctype', () => {
    lastEnd = parser.position;
  });
  parser.on('processinginstruction', () => {
    lastEnd = text.indexOf('?>', text.indexOf('<?', lastEnd) + 2) + 2;
  });

  parser.write(text).close();
  const suppressions = suppressionsFrom(text, comments);
  return createDocument(text, {
    ...(path !== undefined ? { path } : {}),
    segments: withProse(text, segments),
    ...(suppressions.length > 0 ? { suppressions } : {}),
    format: rules.format,
  });
}
