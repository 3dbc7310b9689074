import type { Document } from '../document/document.js';
import { NITF_INLINE } from './inline.js';
import { parseXmlProse, type XmlContext, type XmlElement, type XmlProseRules } from './xml-prose.js';

/** Elements outside the story text whose content is prose: headlines, byline, abstract, body, captions, tagline. */
const PROSE = new Set(['hl1', 'hl2', 'byline', 'abstract', 'body.content', 'media-caption', 'caption', 'tagline']);

/** Containers that hold prose elements but no prose of their own. */
const CONTAINERS = new Set(['nitf', 'body', 'body.head', 'hedline', 'body.end']);

/**
 * Elements never read, even inside the body: the head (title, docdata with keywords, ids and dates,
 * pubdata), rights, datelines, distributor, series, editorial notes, bibliography, media references
 * and metadata, credits of media, preformatted text, tables (data, not sentences) and alternative codes.
 */
const SKIP = new Set([
  'head', 'rights', 'dateline', 'distributor', 'series', 'note', 'bibliography', 'media-reference', 'media-metadata',
  'media-object', 'media-producer', 'pre', 'table', 'nitf-table', 'alt-code', 'datasource', 'doc-id',
]);

const META: XmlContext = { mode: 'meta', vocab: 'nitf' };
const PROSE_CONTEXT: XmlContext = { mode: 'prose', vocab: 'nitf' };
const INLINE_CONTEXT: XmlContext = { mode: 'prose', vocab: 'nitf', inline: true };
const SKIP_CONTEXT: XmlContext = { mode: 'skip', vocab: 'nitf' };

/**
 * Classifies an NITF element. Inside prose, inline elements (`<em>`, `<a>`, `<person>`, `<chron>` …)
 * keep their text as prose; outside it, unknown elements are skipped, so metadata added by a
 * vendor is never checked. Exported for NewsML-G2, which embeds NITF bodies.
 */
export function classifyNitf(element: XmlElement, parent: XmlContext): XmlContext {
  if (parent.mode === 'prose' && NITF_INLINE.has(element.name)) return INLINE_CONTEXT;
  if (SKIP.has(element.name)) return SKIP_CONTEXT;
  if (parent.mode === 'prose' || PROSE.has(element.name)) return PROSE_CONTEXT;
  return CONTAINERS.has(element.name) ? META : SKIP_CONTEXT;
}

/** The NITF root context; exported for NewsML-G2's `<inlineXML>`. */
export const NITF_ROOT: XmlContext = META;

const rules: XmlProseRules = {
  format: 'nitf',
  kind: 'an NITF document',
  root: (element) => (element.name === 'nitf' ? NITF_ROOT : undefined),
  classify: classifyNitf,
};

/**
 * IPTC NITF 3.x (`<nitf><head>…</head><body><body.head>…<body.content>…</body.content></body></nitf>`).
 * Prose is the headlines (`<hl1>`, `<hl2>`), the byline, the abstract, every paragraph, list and
 * block quote of `<body.content>`, media captions and the tagline; the head and the other metadata are
 * not read. Offsets point into the XML file. Throws `InputError` for XML that is not well formed or
 * whose root is not `<nitf>`.
 */
export function parseNitf(text: string, path?: string): Document {
  return parseXmlProse(text, path, rules);
}
