import { createRequire } from 'node:module';

/** Loaded by the XML formats only, not at every start-up. */
const xmlBuilder = () => (createRequire(import.meta.url)('fast-xml-parser') as typeof import('fast-xml-parser')).XMLBuilder;

/**
 * Characters that XML 1.0 forbids even as character references: C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF and unpaired surrogate halves. Written as they are, they would make the whole report
 * unreadable to a strict parser (Jenkins, GitLab).
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A character XML cannot hold, shown as its code: `\u0001`, as JSON and JavaScript write it. */
const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Characters XML 1.0 cannot hold written as a visible escape (`\u0001`, `\uD83D`), the rest as it is. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, visible);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '\t': '&#9;', '\n': '&#10;' };

/**
 * Text content, escaped, that a reader gets back as it was: markup characters and quotes as entities, a CR as a
 * character reference (XML parsers turn a raw CR LF or CR into LF), and the characters XML cannot hold
 * at all as a visible escape (xmlSafe).
 */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c] as string);
}

/**
 * An attribute value, escaped, that a reader gets back as it was: also tab and LF as
 * character references, since XML parsers turn each raw one in an attribute into a space (attribute-value
 * normalisation: a file `new⏎line.txt` was read back as `new line.txt`).
 */
export function xmlAttribute(text: string): string {
  return xmlSafe(text).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] as string);
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
  // the builder's own escaping would turn the character references below into "&amp;#10;": these escape
  processEntities: false,
  attributeValueProcessor: (_name: string, value: unknown) => xmlAttribute(String(value)),
  tagValueProcessor: (_name: string, value: unknown) => xmlText(String(value)),
});

/** Serialises `root` (one top-level element) as a UTF-8 XML document with its declaration and a final newline. */
export function buildXml(root: XmlElement): string {
  builder ??= makeBuilder();
  const body = String(builder.build(root));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body.endsWith('\n') ? body : `${body}\n`}`;
}
