import { createRequire } from 'node:module';

/** Loaded by the XML formats only, not at every start-up. */
const xmlBuilder = () => (createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser')).XMLBuilder;

/**
 * Characters that XML 1.0 forbids even as character references: C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF and unpaired surrogate halves. The builder escapes markup characters but passes these
 * through, which would make the whole report unreadable to a strict parser (Jenkins, GitLab).
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters that cannot appear in an XML 1.0 document with U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}

/** Text content as a reader will see it: XML parsers turn CR LF and lone CR into LF (end-of-line handling). */
export function xmlTextSafe(text: string): string {
  return xmlSafe(text).replace(/\r\n?/g, '\n');
}

/**
 * An attribute value as a reader will see it: XML parsers turn each tab, CR and LF in an attribute
 * into a space (attribute-value normalisation), so we do it ourselves and the output says what is read.
 */
export function xmlAttributeSafe(text: string): string {
  return xmlSafe(text).replace(/\r\n|[\r\n\t]/g, ' ');
}

/** An element for {@link buildXml}: attributes are keys starting with "@_", text is "#text", children are other keys. */
export interface XmlElement {
  [key: string]: string | number | XmlElement | XmlElement[];
}

let builder: InstanceType<ReturnType<typeof xmlBuilder>> | undefined;

const makeBuilder = () => new (xmlBuilder())({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  processEntities: true,
  // the builder escapes & < > " ' after these run
  attributeValueProcessor: (_name: string, value: unknown) => xmlAttributeSafe(String(value)),
  tagValueProcessor: (_name: string, value: unknown) => xmlTextSafe(String(value)),
});

/** Serialises `root` (one top-level element) as a UTF-8 XML document with its declaration and a final newline. */
export function buildXml(root: XmlElement): string {
  builder ??= makeBuilder();
  const body = String(builder.build(root));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.endsWith('\n') ? body : `${body}\n`}`;
}
