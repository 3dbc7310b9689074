import { createDocument, type Document, type Segment } from '../document/document.js';
import { suppressionsFrom } from './directives.js';
import { declaredEntities, decodeXmlReference, XML_REFERENCE } from './entities.js';
import { InputError } from './errors.js';
import { foreign, LANG_KEPT, untranslatable } from './lang-attribute.js';
import { withProse } from './ranges.js';
import { ProseView } from './view.js';
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
  /** An inline element inside prose (`<em>`, `<a>`, `<person>`): its tags do not end the sentence around it. */
  inline?: boolean;
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

const SKIPPED: XmlContext = { mode: 'skip', vocab: '' };

/**
 * Reads an XML file whose prose is chosen element by element by `rules`. Each block of prose is one
 * segment: inline elements inside it (`<em>`, `<a>`, `<person>`) do not split it, their tags read as
 * blank in the document's prose view and entity references as the characters they stand for (see
 * view.ts), so `Keir&#160;Starrer` and `<person>Keir</person> Starrer` read as the plain sentence while
 * every offset still points into the file. CDATA content is prose too; comments give translint-disable
 * suppressions; an element in another language or marked `translate="no"` is no prose (lang-attribute.ts). Throws `InputError`
 * with the line for XML that is not well formed or whose root the rules reject (see xml-scan.ts).
 */
export function parseXmlProse(text: string, path: string | undefined, rules: XmlProseRules): Document {
  const segments: Segment[] = [];
  const view = new ProseView(text);
  const stack: XmlContext[] = [];
  let run: Segment | undefined;
  let declared: Set<string> | undefined;
  const inProse = () => stack[stack.length - 1]?.mode === 'prose';
  const extend = (start: number, end: number) => {
    if (run) run.end = end;
    else segments.push((run = { start, end }));
  };
  const comments = scanXml(text, path, {
    open(tag, _contentStart, line) {
      const element = { name: tag.name.slice(tag.name.indexOf(':') + 1), attributes: tag.attributes };
      const parent = stack[stack.length - 1];
      let context: XmlContext | undefined;
      if (!parent) context = rules.root(element);
      else context = parent.mode === 'skip' ? SKIPPED : rules.classify(element, parent);
      if (!context) throw new InputError(path, line, `not ${rules.kind}: the root element is <${tag.name}>`);
      // an element in another language or not to be translated is no prose (lang-attribute.ts); the root's and
      // a body's language are not asked, a root's translate="no" is (a DITA topic of product names)
      if (context.mode !== 'skip' && !LANG_KEPT.has(element.name) && ((parent && foreign(tag.attributes)) || untranslatable(tag.attributes))) context = SKIPPED;
      if (!(context.inline && parent?.mode === 'prose' && context.mode === 'prose')) run = undefined;
      stack.push(context);
    },
    close() {
      const closed = stack.pop();
      if (!(closed?.inline && closed.mode === 'prose' && inProse())) run = undefined;
    },
    text(start, end) {
      if (!inProse()) return;
      view.withEscapes(start, end, XML_REFERENCE, (ref) => decodeXmlReference(ref, declared));
      extend(start, end);
    },
    cdata(start, end) {
      if (!inProse()) return;
      view.literal(start, end);
      extend(start, end);
    },
    doctype(body) {
      declared = declaredEntities(body);
    },
  });
  const suppressions = suppressionsFrom(text, comments);
  const prose = view.build();
  return createDocument(text, {
    bom: false,
    ...(path !== undefined ? { path } : {}),
    segments: withProse(prose, segments),
    ...(suppressions.length > 0 ? { suppressions } : {}),
    format: rules.format,
    escapes: view.escapes,
    prose,
  });
}
