import type { Document } from '../document/document.js';
import { classifyNitf, NITF_ROOT } from './nitf.js';
import { parseXmlProse, type XmlContext, type XmlElement, type XmlProseRules } from './xml-prose.js';

/** `<contentMeta>` children that are prose: headlines, the byline, descriptions (summaries and picture captions). */
const META_PROSE = new Set(['headline', 'by', 'description']);

/** XHTML elements whose content is code or data, never prose (as in html.ts). */
const XHTML_SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp']);

const ctx = (mode: XmlContext['mode'], vocab: string): XmlContext => ({ mode, vocab });
const SKIP = ctx('skip', 'newsml');

/**
 * The NewsML-G2 envelope: a message holds items, an item holds its content metadata and content set;
 * everything else (header, catalogs, rights, item metadata, part metadata, packages) is skipped.
 */
function classifyEnvelope(element: XmlElement, parent: XmlContext): XmlContext {
  const name = element.name;
  if (parent.vocab === 'contentMeta') return META_PROSE.has(name) ? ctx('prose', 'text') : SKIP;
  if (parent.vocab === 'contentSet') {
    if (name === 'inlineXML') return ctx('meta', 'inline');
    const type = element.attributes.contenttype ?? '';
    return name === 'inlineData' && /^text\/plain\b/i.test(type) ? ctx('prose', 'text') : SKIP;
  }
  if (name === 'itemSet' || name === 'newsItem') return ctx('meta', 'newsml');
  if (name === 'contentMeta' || name === 'contentSet') return ctx('meta', name);
  return SKIP;
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
      return ctx('prose', 'text');
    default:
      return classifyEnvelope(element, parent);
  }
}

const rules: XmlProseRules = {
  format: 'newsml',
  kind: 'a NewsML-G2 document',
  root: (element) => (element.name === 'newsItem' || element.name === 'newsMessage' ? ctx('meta', 'newsml') : undefined),
  classify,
};

/**
 * IPTC NewsML-G2 news items (`<newsItem>`, or a `<newsMessage>` whose `<itemSet>` holds several).
 * Prose is each item's `<contentMeta>` headlines, `<by>` and `<description>`s, and its content: an
 * NITF body (`<inlineXML>` holding `<nitf>`, read as NITF is), an XHTML body (`<inlineXML>` holding
 * `<html>`) or `<inlineData contenttype="text/plain">`. Subjects, keywords, sluglines, datelines,
 * credit lines, identifiers, dates and rights are not read. Offsets point into the XML file. Throws
 * `InputError` for XML that is not well formed or whose root is neither `<newsItem>` nor `<newsMessage>`.
 */
export function parseNewsml(text: string, path?: string): Document {
  return parseXmlProse(text, path, rules);
}
