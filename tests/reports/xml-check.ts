import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';

/** Only characters of XML 1.0's Char production (the `u` flag makes a lone surrogate fail). */
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

/** Whether `xml` is well-formed and uses only characters XML 1.0 allows. */
export function isWellFormed(xml: string): boolean {
  return XML_CHARS.test(xml) && XMLValidator.validate(xml) === true;
}

/** Reads an XML report back, attributes as "@_name", so tests can compare decoded values. */
export function parseXml(xml: string): unknown {
  return new XMLParser({ ignoreAttributes: false, parseAttributeValue: false, parseTagValue: false, trimValues: false }).parse(xml);
}

/** An element of an XML document as a conforming reader (saxes) gets it: attributes and text decoded and normalised. */
export interface ReadElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/** Every element of `xml` in document order, read as XML 1.0 says a reader reads it (character references decoded, raw line breaks in attributes as spaces). */
export function readElements(xml: string): ReadElement[] {
  const out: ReadElement[] = [];
  const open: ReadElement[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const el: ReadElement = { name: tag.name, attributes: { ...(tag.attributes as Record<string, string>) }, text: '' };
    out.push(el);
    open.push(el);
  });
  parser.on('text', (t) => {
    const el = open[open.length - 1];
    if (el) el.text += t;
  });
  parser.on('closetag', () => void open.pop());
  parser.write(xml).close();
  return out;
}
