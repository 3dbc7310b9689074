import { createDocument, type Document, type Segment } from '../document/document.js';
import { suppressionsFrom } from './directives.js';
import { InputError } from './errors.js';
import { literalPieces, withProse } from './ranges.js';
import { scanXml } from './xml-scan.js';

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
 * the line for XML that is not well formed or whose root the rules reject (see xml-scan.ts).
 */
export function parseXmlProse(text: string, path: string | undefined, rules: XmlProseRules): Document {
  const segments: Segment[] = [];
  const stack: XmlContext[] = [];
  const inProse = () => stack[stack.length - 1]?.mode === 'prose';
  const comments = scanXml(text, path, {
    open(tag, _contentStart, line) {
      const element = { name: tag.name.slice(tag.name.indexOf(':') + 1), attributes: tag.attributes };
      const parent = stack[stack.length - 1];
      let context: XmlContext | undefined;
      if (!parent) context = rules.root(element);
      else context = parent.mode === 'skip' ? SKIPPED : rules.classify(element, parent);
      if (!context) throw new InputError(path, line, `not ${rules.kind}: the root element is <${tag.name}>`);
      stack.push(context);
    },
    close() {
      stack.pop();
    },
    text(start, end) {
      if (inProse()) for (const s of literalPieces(text, start, end, REFERENCE)) segments.push(s);
    },
    cdata(start, end) {
      if (inProse()) segments.push({ start, end });
    },
  });
  const suppressions = suppressionsFrom(text, comments);
  return createDocument(text, {
    ...(path !== undefined ? { path } : {}),
    segments: withProse(text, segments),
    ...(suppressions.length > 0 ? { suppressions } : {}),
    format: rules.format,
  });
}
