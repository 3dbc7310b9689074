import type { Document } from '../document/document.js';
import { XML_CODE, XML_INLINE } from './inline.js';
import { parseXmlProse, type XmlContext, type XmlProseRules } from './xml-prose.js';

const BLOCK: XmlContext = { mode: 'prose', vocab: 'xml' };
const INLINE: XmlContext = { mode: 'prose', vocab: 'xml', inline: true };
const SKIP: XmlContext = { mode: 'skip', vocab: 'xml' };

const rules: XmlProseRules = {
  format: 'xml',
  kind: 'an XML document',
  root: () => BLOCK,
  classify: (element, parent) => (XML_CODE.has(element.name) ? SKIP : parent.mode === 'prose' && XML_INLINE.has(element.name) ? INLINE : BLOCK),
};

/**
 * An XML file of a vocabulary translint has no reader for (DITA, DocBook, Android's strings.xml, an RSS
 * feed): the text of its elements is prose, each element a block of its own but for the phrase elements
 * inside a sentence (inline.ts, XML_INLINE: `<b>`, `<ph>`, `<emphasis>`, `<xliff:g>`), whose tags read as
 * blank; attribute values, comments, processing instructions and code (XML_CODE: `<codeblock>`,
 * `<programlisting>`) are not read. Offsets point into the XML file. Throws `InputError` with the line for
 * XML that is not well formed.
 */
export function parseXml(text: string, path?: string): Document {
  return parseXmlProse(text, path, rules);
}
