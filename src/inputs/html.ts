import { Parser } from 'htmlparser2';
import { createDocument, type Document, type Segment } from '../document/document.js';
import { suppressionsFrom, type SourceComment } from './directives.js';
import { mergeTouching } from './ranges.js';

/** Elements whose content is code or data, never prose. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp']);

/** The prose and the comments of an HTML fragment, with offsets into the file. */
export interface HtmlScan {
  segments: Segment[];
  comments: SourceComment[];
}

/**
 * Finds the text nodes (outside skipped elements) and comments of `source`, a fragment that starts at
 * offset `base` of the file; the offsets returned are the file's. htmlparser2 reports each character
 * reference as its own text event whose source span is the reference, so only the events whose
 * source equals their text become segments: `Keir&nbsp;Starrer` gives "Keir" and "Starrer", and no
 * token is ever formed from an entity name. The price is that a glossary term written across an
 * entity is not matched.
 */
export function scanHtml(source: string, base = 0): HtmlScan {
  const pieces: Segment[] = [];
  const comments: SourceComment[] = [];
  let skipped = 0;
  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        if (SKIPPED.has(name)) skipped++;
      },
      onclosetag(name) {
        if (SKIPPED.has(name) && skipped > 0) skipped--;
      },
      ontext(data) {
        const s = parser.startIndex;
        const e = parser.endIndex + 1;
        if (skipped === 0 && source.slice(s, e) === data) pieces.push({ start: base + s, end: base + e });
      },
      oncomment(data) {
        comments.push({ start: base + parser.startIndex, end: base + parser.endIndex + 1, body: data });
      },
    },
    { decodeEntities: true },
  );
  parser.end(source);
  const segments = mergeTouching(pieces).filter((p) => /\S/.test(source.slice(p.start - base, p.end - base)));
  return { segments, comments };
}

/** HTML: text nodes are prose; tags, attributes, comments and code elements are not. Never throws. */
export function parseHtml(text: string, path?: string): Document {
  const { segments, comments } = scanHtml(text);
  const suppressions = suppressionsFrom(text, comments);
  return createDocument(text, {
    ...(path !== undefined ? { path } : {}),
    segments,
    ...(suppressions.length > 0 ? { suppressions } : {}),
    format: 'html',
  });
}
