import { Parser } from 'htmlparser2';
import { createDocument, type Document, type Segment, type Term } from '../document/document.js';
import { LineIndex } from '../document/line-index.js';
import { suppressionsFrom, type SourceComment } from './directives.js';
import { InputError } from './errors.js';
import { HTML_INLINE, HTML_INLINE_CODE } from './inline.js';
import { LANG_KEPT, notRead } from './lang-attribute.js';
import { ProseView } from './view.js';

/**
 * Elements whose content is never prose: code and data (`script`, `style`, `code`, `pre` …), and the
 * raw-text and RCDATA elements of the HTML standard whose content is a title, a form's text or markup
 * for old browsers (`title`, `textarea`, `noframes`, `iframe`, `noembed`, `xmp`). After `<plaintext>`
 * nothing is prose: the standard reads the rest of the file as its text.
 */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', ...HTML_INLINE_CODE, 'pre', 'title', 'textarea', 'noframes', 'iframe', 'noembed', 'xmp']);

/**
 * How deep HTML elements may be open inside one another; a file nested deeper is refused with an
 * `InputError` naming the line. htmlparser2 keeps its open elements newest first (`unshift`, `shift`)
 * and looks each end tag up in them (`indexOf`), so every tag costs time in proportion to the depth:
 * 200,000 unclosed `<div>` (1 MB) took 37 s of CPU time, and 100,000 open ones followed by as many end
 * tags that match none of them 21 s. Capped, a tag costs at most the cap, and time is linear in the file.
 * Browsers' parsers stop nesting at a few hundred levels (Chromium's at 512,
 * kMaximumHTMLParserDOMTreeDepth: deeper elements become siblings), so a page nested deeper is not
 * shown as written anywhere; at 512 every page Chromium nests as written is read. Elements left
 * unclosed stay open and count.
 */
export const MAX_HTML_DEPTH = 512;

/** htmlparser2's parser, asked which elements are void (no end tag, never open: `<br>`, `<img>`). */
class HtmlParser extends Parser {
  isVoid(name: string): boolean {
    return this.isVoidElement(name);
  }
}

/** Where an HTML fragment is: the file's path (for errors) and its whole text (for the line of an offset). */
export interface HtmlFile {
  path: string | undefined;
  text: string;
}

/** A stretch of prose: literal text, or an entity reference with the text it stands for. */
export interface HtmlPiece {
  start: number;
  end: number;
  value?: string;
}

/** The prose and the comments of an HTML fragment, with offsets into the file. */
export interface HtmlScan {
  /** Blocks of prose: runs of text that only inline tags and entities interrupt. */
  segments: Segment[];
  /** What the prose view shows in them. */
  pieces: HtmlPiece[];
  comments: SourceComment[];
  /** The text of code elements (CODE_TERMS): names of things the prose may mention (spelling/non-word, doc-terms.ts). */
  terms: Term[];
}

/** Elements whose text is code a manual shows (`<code>fs.open()</code>`, `<pre>`): script and style are not, a news page has them too. */
const CODE_TERMS = new Set([...HTML_INLINE_CODE, 'pre']);

/**
 * Finds the prose (outside skipped elements) and comments of `source`, a fragment that starts at
 * offset `base` of the file; the offsets returned are the file's. htmlparser2 reports each character
 * reference as a text event of its own whose source span is the reference, so a reference becomes a
 * piece with its decoded text (`Keir&nbsp;Starrer` reads as "Keir Starrer" in the prose view) and no
 * token is ever formed from an entity's name. Text on both sides of an inline tag (`<b>`, `<a>`,
 * `<em>`) stays one segment, so a glossary term or a quotation split by markup is still whole.
 * Throws `InputError` for elements nested deeper than MAX_HTML_DEPTH, with the path and line `file`
 * gives (its text is the whole file, of which `source` starts at `base`).
 */
export function scanHtml(source: string, base = 0, file: HtmlFile = { path: undefined, text: source }): HtmlScan {
  const pieces: HtmlPiece[] = [];
  const segments: Segment[] = [];
  const comments: SourceComment[] = [];
  const terms: Term[] = [];
  let skipped = 0;
  // code elements open now (CODE_TERMS)
  let code = 0;
  // open elements from the outermost one in another language or not to be translated (lang-attribute.ts,
  // notRead) down, 0 outside one:
  // htmlparser2 closes every element it opens (a void or an implied one too), so the count comes back to 0
  let foreignDepth = 0;
  let plaintext = false;
  // elements open now: htmlparser2 reports each open and close, implied ones included, but a void element
  // (reported as opened and closed at once) is never on its stack of open elements
  let depth = 0;
  let run: Segment | undefined;
  const tag = (name: string) => {
    if (!HTML_INLINE.has(name)) run = undefined;
  };
  const parser: HtmlParser = new HtmlParser(
    {
      onopentagname(name) {
        if (!parser.isVoid(name) && ++depth > MAX_HTML_DEPTH) {
          const line = new LineIndex(file.text).position(base + parser.startIndex).line;
          throw new InputError(file.path, line, `HTML elements nested deeper than ${MAX_HTML_DEPTH} (the limit)`);
        }
        if (SKIPPED.has(name)) skipped++;
        if (CODE_TERMS.has(name)) code++;
        if (name === 'plaintext') plaintext = true;
        if (foreignDepth > 0) foreignDepth++;
        tag(name);
      },
      onopentag(name, attributes) {
        // (a block of its own: the English on each side is not read as one sentence across it)
        if (foreignDepth === 0 && !LANG_KEPT.has(name) && notRead(attributes)) (foreignDepth = 1), (run = undefined);
      },
      onclosetag(name) {
        if (!parser.isVoid(name)) depth--;
        if (SKIPPED.has(name) && skipped > 0) skipped--;
        if (CODE_TERMS.has(name) && code > 0) code--;
        if (foreignDepth > 0 && --foreignDepth === 0) run = undefined;
        tag(name);
      },
      ontext(data) {
        const s = parser.startIndex;
        const e = parser.endIndex + 1;
        if (code > 0 && skipped > 0) terms.push({ start: base + s, end: base + e, code: true });
        if (skipped > 0 || foreignDepth > 0 || plaintext) return;
        const raw = source.slice(s, e);
        pieces.push(raw === data ? { start: base + s, end: base + e } : { start: base + s, end: base + e, value: data });
        if (run) run.end = base + e;
        else segments.push((run = { start: base + s, end: base + e }));
      },
      oncomment(data) {
        run = undefined;
        comments.push({ start: base + parser.startIndex, end: base + parser.endIndex + 1, body: data });
      },
    },
    { decodeEntities: true },
  );
  parser.end(source);
  return { segments, pieces, comments, terms };
}

/** Adds an HTML scan's pieces to a prose view. */
export function addPieces(view: ProseView, pieces: readonly HtmlPiece[]): void {
  for (const p of pieces) {
    if (p.value === undefined) view.literal(p.start, p.end);
    else view.decoded(p.start, p.end, p.value);
  }
}

/**
 * HTML: text nodes are prose; tags, attributes, comments, code, raw-text elements and elements in another
 * language or marked `translate="no"` are not. Broken markup is read as a browser would; only nesting past MAX_HTML_DEPTH throws.
 */
export function parseHtml(text: string, path?: string): Document {
  const { segments, pieces, comments, terms } = scanHtml(text, 0, { path, text });
  const view = new ProseView(text);
  addPieces(view, pieces);
  const prose = view.build();
  const suppressions = suppressionsFrom(text, comments);
  return createDocument(text, {
    bom: false,
    ...(path !== undefined ? { path } : {}),
    segments: segments.filter((s) => /\S/.test(prose.slice(s.start, s.end))),
    ...(suppressions.length > 0 ? { suppressions } : {}),
    format: 'html',
    escapes: view.escapes,
    prose,
    ...(terms.length > 0 ? { terms } : {}),
  });
}
