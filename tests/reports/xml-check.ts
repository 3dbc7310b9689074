import { XMLParser, XMLValidator } from 'fast-xml-parser';

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
