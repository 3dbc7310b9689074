import type { Document } from '../document/document.js';
import { classifyNitf, NITF_ROOT } from './nitf.js';
import { HTML_INLINE } from './inline.js';
import { parseXmlProse, type XmlContext, type XmlElement, type XmlProseRules } from './xml-prose.js';

/**
 * Envelope elements whose text is prose wherever they stand (outside the skipped blocks below):
 * headlines, the byline, descriptions (summaries, captions, a package's item references), definitions
 * (of concepts, events and schemes) and titles.
 */
const ENVELOPE_PROSE = new Set(['headline', 'subheadline', 'by', 'description', 'definition', 'title']);

/** Elements whose own `<name>` is prose: a concept (in concept, knowledge and planning items) and a scheme (in catalogs). */
const NAMED = new Set(['concept', 'scheme']);

/**
 * Envelope blocks never read: the message header, rights, contact details, keywords, sluglines,
 * datelines, credit lines, subjects and genres (controlled labels), people and organisations named as
 * creators or providers, links between concepts, editorial notes, identifiers and signals.
 */
const ENVELOPE_SKIP = new Set([
  'header', 'rightsInfo', 'catalogRef', 'contactInfo', 'sameAs', 'remoteContent', 'altId', 'hash', 'signal', 'link',
  'keyword', 'slugline', 'dateline', 'creditline', 'subject', 'genre', 'audience', 'located', 'edNote', 'creator',
  'contributor', 'provider', 'infoSource', 'broader', 'narrower', 'related', 'affiliation', 'partMeta', 'derivedFrom',
  'facet', 'mainConcept', 'urgency', 'language', 'mediatype', 'pubStatus', 'itemClass', 'service', 'ednote',
]);

/** XHTML elements whose content is code or data, never prose (as in html.ts). */
const XHTML_SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp']);

const ctx = (mode: XmlContext['mode'], vocab: string, inline = false): XmlContext => (inline ? { mode, vocab, inline } : { mode, vocab });
const SKIP = ctx('skip', 'newsml');

/**
 * The NewsML-G2 envelope of any item (news, package, concept, knowledge, planning, catalog) or a
 * message of them: headlines, descriptions, definitions, titles and concepts' names are prose, and a
 * news item's content set holds its body; every other element is read only for the prose inside it.
 */
function classifyEnvelope(element: XmlElement, parent: XmlContext): XmlContext {
  const name = element.name;
  if (parent.vocab === 'contentSet') {
    if (name === 'inlineXML') return ctx('meta', 'inline');
    const type = element.attributes.contenttype ?? '';
    return name === 'inlineData' && /^text\/plain\b/i.test(type) ? ctx('prose', 'text') : SKIP;
  }
  if (ENVELOPE_SKIP.has(name)) return SKIP;
  if (ENVELOPE_PROSE.has(name) || (name === 'name' && parent.vocab === 'named')) return ctx('prose', 'text');
  if (name === 'contentSet') return ctx('meta', name);
  return ctx('meta', NAMED.has(name) ? 'named' : 'newsml');
}

/** Children of `<inlineXML>`: an NITF document or an XHTML page, whatever the contenttype says. */
function classifyInline(element: XmlElement): XmlContext {
  if (element.name === 'nitf') return NITF_ROOT;
  if (element.name === 'html') return ctx('meta', 'xhtml');
  return SKIP;
}

/** XHTML: the body's text is prose, except code and script elements; the head is not read. */
function classifyXhtml(element: XmlElement, parent: XmlContext): XmlContext {
  if (XHTML_SKIP.has(element.name)) return SKIP;
  if (parent.mode === 'prose' && HTML_INLINE.has(element.name)) return ctx('prose', 'xhtml', true);
  if (parent.mode === 'prose' || element.name === 'body') return ctx('prose', 'xhtml');
  return SKIP;
}

function classify(element: XmlElement, parent: XmlContext): XmlContext {
  switch (parent.vocab) {
    case 'nitf':
      return classifyNitf(element, parent);
    case 'inline':
      return classifyInline(element);
    case 'xhtml':
      return classifyXhtml(element, parent);
    case 'text':
      // inline markup inside a headline or description keeps its text
      return ctx('prose', 'text', true);
    default:
      return classifyEnvelope(element, parent);
  }
}

/** The root elements of NewsML-G2 documents: a message, or one item of any kind. */
export const NEWSML_ROOTS = new Set(['newsMessage', 'newsItem', 'packageItem', 'conceptItem', 'knowledgeItem', 'planningItem', 'catalogItem']);

const rules: XmlProseRules = {
  format: 'newsml',
  kind: 'a NewsML-G2 document',
  root: (element) => (NEWSML_ROOTS.has(element.name) ? ctx('meta', 'newsml') : undefined),
  classify,
};

/**
 * IPTC NewsML-G2: a `<newsMessage>` or a single item (`<newsItem>`, `<packageItem>`, `<conceptItem>`,
 * `<knowledgeItem>`, `<planningItem>`, `<catalogItem>`). Prose is the human-readable text of every item:
 * headlines, bylines, descriptions, titles (of items and of a package's item references), definitions,
 * the names of concepts and schemes, and a news item's content: an NITF body (`<inlineXML>` holding
 * `<nitf>`, read as NITF is), an XHTML body (`<inlineXML>` holding `<html>`) or `<inlineData
 * contenttype="text/plain">`. Subjects, keywords, sluglines, datelines, credit lines, people named as
 * creators, links between concepts, editorial notes, identifiers, dates and rights are not read.
 * Offsets point into the XML file. Throws `InputError` for XML that is not well formed or whose root
 * is not one of those.
 */
export function parseNewsml(text: string, path?: string): Document {
  return parseXmlProse(text, path, rules);
}
