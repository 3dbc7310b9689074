import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { createDocument, type Document, type Segment } from '../document/document.js';
import { suppressionsFrom, type SourceComment } from './directives.js';
import { scanHtml } from './html.js';
import { subtract, withProse } from './ranges.js';

type MarkdownEvent = ReturnType<typeof postprocess>[number];

/** Blocks whose inline `data` tokens are prose. */
const PROSE_BLOCKS = new Set(['paragraph', 'atxHeadingText', 'setextHeadingText', 'tableContent']);

/** Constructs whose `data` tokens are code, addresses, titles or labels, never prose. */
const NOT_PROSE = new Set([
  'codeText',
  'codeFenced',
  'codeIndented',
  'htmlText',
  'htmlFlow',
  'autolink',
  'literalAutolink',
  'resource',
  'reference',
  'definition',
  'gfmFootnoteCall',
  'gfmFootnoteDefinitionLabel',
  'yaml',
  'toml',
]);

// Two data tokens of one block are one segment when only spaces and at most one line break stand
// between them (a soft wrap, a hard break), so "Keir\nStarrer" is still matched; a blockquote
// marker or a list indent of another kind between them ends the segment.
const SOFT_GAP = /^[ \t]*(?:\r\n|\r|\n)?[ \t]*$/;

/**
 * Markdown (CommonMark with GFM, YAML or TOML front matter), read from micromark's token events, which
 * carry exact offsets. Prose is the literal `data` of paragraphs, headings, table cells, link text and
 * image alt text. Code, URLs, link destinations and titles, front matter, character references and
 * backslash escapes are left out, so a segment always slices to text that is written as it reads.
 * Raw HTML (blocks and inline) goes through the HTML scanner: its text nodes are prose, its tags are
 * not, and its comments carry `translint-disable` directives. Never throws.
 */
export function parseMarkdown(text: string, path?: string): Document {
  const events = postprocess(parse({ extensions: [gfm(), frontmatter(['yaml', 'toml'])] }).document().write(preprocess()(text, undefined, true)));
  const segments: Segment[] = [];
  const comments: SourceComment[] = [];
  const stack: string[] = [];
  let block = -1;
  let lastBlock = -2;
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i] as MarkdownEvent;
    if (kind === 'exit') {
      stack.pop();
      continue;
    }
    const start = token.start.offset;
    const end = token.end.offset;
    if (PROSE_BLOCKS.has(token.type)) block = i;
    if (token.type === 'data' && stack.some((t) => PROSE_BLOCKS.has(t)) && !stack.some((t) => NOT_PROSE.has(t))) {
      const last = segments[segments.length - 1];
      if (last && lastBlock === block && SOFT_GAP.test(text.slice(last.end, start))) last.end = end;
      else segments.push({ start, end });
      lastBlock = block;
    } else if ((token.type === 'htmlFlow' || token.type === 'htmlText') && !stack.some((t) => NOT_PROSE.has(t))) {
      const html = rawHtml(text, events, i);
      const found = scanHtml(html.source, start);
      for (const s of subtract(found.segments, html.holes)) segments.push(s);
      for (const c of found.comments) comments.push(c);
    }
    stack.push(token.type);
  }
  segments.sort((a, b) => a.start - b.start);
  const suppressions = suppressionsFrom(text, comments);
  return createDocument(text, {
    ...(path !== undefined ? { path } : {}),
    segments: withProse(text, segments),
    ...(suppressions.length > 0 ? { suppressions } : {}),
    format: 'markdown',
  });
}

/**
 * The source of the HTML token whose enter event is `events[at]`, with the container markup inside it
 * (blockquote markers, list indents) blanked to spaces so the HTML parser does not read it as text;
 * `holes` are those blanked stretches, cut out of the segments afterwards.
 */
function rawHtml(text: string, events: readonly MarkdownEvent[], at: number): { source: string; holes: Segment[] } {
  const [, outer] = events[at] as MarkdownEvent;
  const chars = text.slice(outer.start.offset, outer.end.offset).split('');
  const holes: Segment[] = [];
  let covered = outer.start.offset;
  for (let j = at + 1; j < events.length; j++) {
    const [kind, token] = events[j] as MarkdownEvent;
    if (token === outer) break;
    if (kind !== 'enter' || !/^(?:htmlFlowData|htmlTextData|lineEnding)$/.test(token.type)) continue;
    if (token.start.offset > covered) holes.push({ start: covered, end: token.start.offset });
    // A line ending inside a container can span the next line's prefix ("\n> "): keep only the break.
    const end = token.type === 'lineEnding' ? token.start.offset + (text.startsWith('\r\n', token.start.offset) ? 2 : 1) : token.end.offset;
    covered = Math.max(covered, end);
  }
  if (outer.end.offset > covered) holes.push({ start: covered, end: outer.end.offset });
  for (const h of holes) for (let k = h.start; k < h.end; k++) chars[k - outer.start.offset] = ' ';
  return { source: chars.join(''), holes };
}
