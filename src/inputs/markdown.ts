import { Parser } from 'htmlparser2';
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { createDocument, type Document, type Segment, type Term } from '../document/document.js';
import type { Span } from '../document/span.js';
import { suppressionsFrom, type SourceComment } from './directives.js';
import { addPieces, scanHtml, type HtmlPiece } from './html.js';
import { autolinkLiteralsOutside, prepareMarkdown } from './markdown-limits.js';
import { markdownParts, PART_CHARS, WHOLE_CHARS } from './markdown-parts.js';
import { foreignDepthAfter } from './lang-attribute.js';
import { Holes } from './ranges.js';
import { ProseView } from './view.js';
import { HTML_INLINE_CODE } from './inline.js';

type MarkdownEvent = ReturnType<typeof postprocess>[number];

/** Blocks whose inline `data` tokens are prose; each is one segment. */
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

/**
 * Constructs that name things (code, addresses, link destinations and labels): their stretches are the
 * document's `terms`, whose words spelling/non-word takes for the document's own (Document.terms).
 */
const TERMS = new Set([
  'codeText',
  'codeFenced',
  'codeIndented',
  'autolink',
  'literalAutolink',
  'resourceDestinationString',
  'definitionDestinationString',
  'definitionLabelString',
  'referenceString',
]);

/**
 * Markdown (CommonMark with GFM, YAML or TOML front matter), read from micromark's token events, which
 * carry exact offsets. Each paragraph, heading and table cell is one segment; its prose is the literal
 * `data` (link text and image alt text included), character references and backslash escapes read as
 * the characters they stand for, and everything else in it (emphasis markers, code spans, inline HTML
 * tags, link destinations, block quote markers) reads as blank in the document's prose view (see
 * view.ts). So `*Keir* Starrer` and `"a *quoted* phrase"` read as the plain sentence. Raw HTML blocks go
 * through the HTML scanner: their text nodes are prose, their tags are not, and their comments carry
 * `translint-disable` directives; elements nested past MAX_HTML_DEPTH are refused as in an HTML file.
 * markdown-limits.ts keeps the parser's time linear: nesting past its depth is refused with an
 * `InputError`, a paragraph with too many emphasis delimiters is read without parsing its emphasis, and
 * a very long one without looking for bare URLs in it; a long file is read in parts (markdown-parts.ts),
 * so the parser's memory stays bounded.
 */
export function parseMarkdown(text: string, path?: string, partChars = PART_CHARS, wholeChars = WHOLE_CHARS): Document {
  // the parser reads a copy with over-full paragraphs' emphasis hidden (same offsets), and looks for no bare
  // URLs in long paragraphs; everything else reads `text`
  const { source, longParagraphs } = prepareMarkdown(text, path);
  const segments: Segment[] = [];
  const comments: SourceComment[] = [];
  const terms: Term[] = [];
  const view = new ProseView(text);
  const parts = markdownParts(source, partChars, wholeChars, path);
  // (the long paragraphs, in order, that each part in turn overlaps: one may span parts, as prepareMarkdown
  // counts a block quote's run of lines as one paragraph and a part may start inside a quote)
  let l = 0;
  const options = parts.map((from, p) => {
    const to = parts[p + 1] ?? source.length;
    // offsets of the part's events are from its start, or from after a U+FEFF that opens it, which micromark
    // drops as a byte-order mark (preprocess.js) and counts no offset for; front matter only opens a file
    const base = from + (source.charCodeAt(from) === 0xfeff ? 1 : 0);
    const long: Span[] = [];
    while (l < longParagraphs.length && (longParagraphs[l] as Span).end <= from) l++;
    for (let k = l; k < longParagraphs.length && (longParagraphs[k] as Span).start < to; k++) long.push({ start: (longParagraphs[k] as Span).start - base, end: (longParagraphs[k] as Span).end - base });
    return { from, to, base, extensions: [autolinkLiteralsOutside(gfm(), long), ...(p === 0 ? [frontmatter(['yaml', 'toml'])] : [])] };
  });
  // a reference ("[text][ref]", "[^1]") may use a definition of any part: with more than one part, each is
  // read once for its definitions first, and then again knowing all of them (the events of one part at a time).
  // A definition's label is followed at once by its colon ("[ref]: /url", "[^1]: text"), so a part with no "]:"
  // holds none and is read once (a long list cut between its items: half the time)
  const defined = { links: new Set<string>(), footnotes: new Set<string>() };
  if (parts.length > 1) {
    const holding = partsWithColons(source, parts);
    options.forEach((o, p) => holding[p] && definitionsOf(source.slice(o.from, o.to), o.extensions, defined));
  }
  for (const { from, to, base, extensions } of options) {
    const parser = parse({ extensions });
    if (parts.length > 1) knowing(parser, defined);
    const events = postprocess(parser.document().write(preprocess()(source.slice(from, to), undefined, true)));
    readEvents(text, path, events, base, { segments, comments, terms }, view);
  }
  segments.sort((a, b) => a.start - b.start);
  const suppressions = suppressionsFrom(text, comments);
  const proseText = view.build();
  return createDocument(text, {
    bom: false,
    ...(path !== undefined ? { path } : {}),
    segments: segments.filter((s) => /\S/.test(proseText.slice(s.start, s.end))),
    ...(suppressions.length > 0 ? { suppressions } : {}),
    format: 'markdown',
    escapes: view.escapes,
    prose: proseText,
    terms,
  });
}

/**
 * Which of the parts starting at `starts` (in order) hold a "]:", which every link or footnote definition has.
 * Linear in the text: the next "]:" is looked for once past each one found (looking from each part's start to
 * the end of the file took 3.3 s for the 900 parts of 60 MB).
 */
export function partsWithColons(source: string, starts: readonly number[]): boolean[] {
  let colon = source.indexOf(']:');
  return starts.map((from, p) => {
    const to = starts[p + 1] ?? source.length;
    if (colon >= 0 && colon < from) colon = source.indexOf(']:', from);
    return colon >= 0 && colon < to;
  });
}

type MarkParser = ReturnType<typeof parse> & { gfmFootnotes?: string[] };
type Extensions = ReturnType<typeof gfm>[];

/** Adds the identifiers of the link and footnote definitions of `part` (as micromark keeps them) to `defined`. */
function definitionsOf(part: string, extensions: Extensions, defined: { links: Set<string>; footnotes: Set<string> }): void {
  const parser: MarkParser = parse({ extensions });
  postprocess(parser.document().write(preprocess()(part, undefined, true)));
  for (const id of parser.defined) defined.links.add(id);
  for (const id of parser.gfmFootnotes ?? []) defined.footnotes.add(id);
}

/** The parser knows the definitions of the other parts too (micromark's ParseContext `defined`, and GFM's `gfmFootnotes`). */
function knowing(parser: MarkParser, defined: { links: Set<string>; footnotes: Set<string> }): void {
  parser.defined.push(...defined.links);
  (parser.gfmFootnotes ??= []).push(...defined.footnotes);
}

/** An inline HTML tag that opens or closes code (`<code>`, `</kbd>`); a code element written empty (`<code/>`) is neither. */
const INLINE_CODE_TAG = new RegExp(`^<(\\/?)(?:${[...HTML_INLINE_CODE].join('|')})(?=[\\s>])[^>]*(?<!\\/)>$`, 'i');

/** Reads the events of the part of `text` starting at `base` into the segments, comments, terms and prose view. */
function readEvents(
  text: string,
  path: string | undefined,
  events: readonly MarkdownEvent[],
  base: number,
  { segments, comments, terms }: { segments: Segment[]; comments: SourceComment[]; terms: Term[] },
  view: ProseView,
): void {
  let prose = 0;
  let notProse = 0;
  // inside inline HTML in another language (`<span lang="de">`, lang-attribute.ts) of the current block
  let foreignInline = 0;
  // inside inline HTML code (`<code>`, `<kbd>`, `<samp>`) of the current block: code, as a code span is
  let codeInline = 0;
  let run: Segment | undefined;
  for (let i = 0; i < events.length; i++) {
    const [kind, token] = events[i] as MarkdownEvent;
    if (kind === 'exit') {
      if (PROSE_BLOCKS.has(token.type)) {
        prose--;
        run = undefined;
        foreignInline = 0;
        codeInline = 0;
      }
      if (NOT_PROSE.has(token.type)) notProse--;
      continue;
    }
    const start = base + token.start.offset;
    const end = base + token.end.offset;
    const inProse = prose > 0 && notProse === 0 && foreignInline === 0 && codeInline === 0;
    if (codeInline > 0 && token.type === 'data') terms.push({ start, end, code: true });
    // (a link to a place in the page, "#recieve-data", is made from the page's own heading: no term)
    if (TERMS.has(token.type) && text.charAt(start) !== '#') terms.push(token.type.startsWith('code') ? { start, end, code: true } : { start, end });
    if (inProse && token.type === 'data') view.literal(start, end);
    else if (inProse && token.type === 'characterEscape') view.decoded(start, end, text.slice(start + 1, end));
    else if (inProse && token.type === 'characterReference') view.decoded(start, end, decodeReference(text.slice(start, end)));
    else if (token.type === 'htmlFlow' && notProse === 0) {
      // an HTML block is read as HTML
      run = undefined;
      const html = rawHtml(text, events, i, base);
      const found = scanHtml(html.source, start, { path, text });
      const holes = new Holes(html.holes);
      for (const s of found.segments) holes.cut(s, segments);
      addPieces(view, subtractPieces(found.pieces, holes));
      for (const c of found.comments) comments.push(c);
      for (const t of found.terms) terms.push(t);
    } else if (token.type === 'htmlText' && notProse === 0) {
      // an inline tag only blanks (the sentence goes on); an inline comment may carry a directive; text in
      // another language is no prose, and the English on each side is read as two blocks
      for (const c of scanHtml(text.slice(start, end), start, { path, text }).comments) comments.push(c);
      const depth = foreignDepthAfter(text.slice(start, end), foreignInline);
      if ((depth > 0) !== (foreignInline > 0)) run = undefined;
      foreignInline = depth;
      const code = INLINE_CODE_TAG.exec(text.slice(start, end));
      if (code) codeInline = code[1] ? Math.max(0, codeInline - 1) : codeInline + 1;
    }
    if (inProse && (token.type === 'data' || token.type === 'characterEscape' || token.type === 'characterReference')) {
      if (run) run.end = end;
      else segments.push((run = { start, end }));
    }
    if (PROSE_BLOCKS.has(token.type)) prose++;
    if (NOT_PROSE.has(token.type)) notProse++;
  }
}

/** What an HTML character reference (`&amp;`, `&#8217;`, `&nbsp;`) stands for, decoded by htmlparser2. */
function decodeReference(ref: string): string {
  let out = '';
  const parser = new Parser({ ontext: (data) => (out += data) }, { decodeEntities: true });
  parser.end(ref);
  return out;
}

/** The pieces with the holes cut out; a decoded reference that a hole touches is dropped. */
function subtractPieces(pieces: readonly HtmlPiece[], holes: Holes): HtmlPiece[] {
  const out: HtmlPiece[] = [];
  for (const p of pieces) {
    if (p.value === undefined) holes.cut(p, out);
    else if (!holes.touches(p)) out.push(p);
  }
  return out;
}

/**
 * The source of the HTML token whose enter event is `events[at]`, with the container markup inside it
 * (blockquote markers, list indents) blanked to spaces so the HTML parser does not read it as text;
 * `holes` are those blanked stretches, cut out of the segments afterwards.
 */
function rawHtml(text: string, events: readonly MarkdownEvent[], at: number, base: number): { source: string; holes: Segment[] } {
  const [, outer] = events[at] as MarkdownEvent;
  const outerStart = base + outer.start.offset;
  const outerEnd = base + outer.end.offset;
  const chars = text.slice(outerStart, outerEnd).split('');
  const holes: Segment[] = [];
  let covered = outerStart;
  for (let j = at + 1; j < events.length; j++) {
    const [kind, token] = events[j] as MarkdownEvent;
    if (token === outer) break;
    if (kind !== 'enter' || !/^(?:htmlFlowData|htmlTextData|lineEnding)$/.test(token.type)) continue;
    const start = base + token.start.offset;
    if (start > covered) holes.push({ start: covered, end: start });
    // A line ending inside a container can span the next line's prefix ("\n> "): keep only the break.
    const end = token.type === 'lineEnding' ? start + (text.startsWith('\r\n', start) ? 2 : 1) : base + token.end.offset;
    covered = Math.max(covered, end);
  }
  if (outerEnd > covered) holes.push({ start: covered, end: outerEnd });
  for (const h of holes) for (let k = h.start; k < h.end; k++) chars[k - outerStart] = ' ';
  return { source: chars.join(''), holes };
}
