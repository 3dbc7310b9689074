import type { Document } from '../../document/document.js';

/**
 * The letter runs of an identifier, each a word of its own: "lstatSync" → "lstat", "Sync";
 * "JSONParse" → "JSON", "Parse"; "micromark-util-chunked" → "micromark", "util", "chunked".
 */
const RUN_PATTERN = /\p{Ll}[\p{Ll}\p{M}]*|\p{Lu}[\p{Ll}\p{M}]+|\p{Lu}+(?![\p{Ll}\p{M}])/gu;

/** An address in an HTML tag of a Markdown or HTML file (`<a href="https://github.com/rugk">`, `<img src=…>`). */
const ADDRESS_ATTRIBUTE = /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/giu;
const HTML_FORMATS = new Set(['markdown', 'html']);

/**
 * The words a document writes as names of things: in its code, addresses, link destinations and
 * reference labels (Document.terms), in the addresses of its HTML tags, and in the prose's identifiers (`chunk` holds an address, a path,
 * `foo_bar`, `foo.bar`, `@scope/name`). A word the prose writes too, with no markup ("writes to stdout",
 * "the rehype ecosystem"), is the document's term, not a misspelling: a slip is not also written as code.
 * Built on the first question, so a text with no word to report never scans for them: one pass over the
 * terms and the prose then (a set of lower-case words), and each question is a set lookup.
 */
export class DocTerms {
  private words: Set<string> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly prose: string,
    private readonly identifier: (chunk: string) => boolean,
    /** A global pattern of one character: every chunk `identifier` accepts holds one of its characters. */
    private readonly marks: RegExp,
  ) {}

  /** The document writes `lower` (a lower-case word), or its singular ("vfiles", "urls"), as a name of a thing somewhere. */
  has(lower: string): boolean {
    const words = (this.words ??= this.collect());
    return words.has(lower) || (lower.endsWith('s') && words.has(lower.slice(0, -1)));
  }


  private collect(): Set<string> {
    const words = new Set<string>();
    const add = (s: string) => {
      for (const m of s.matchAll(RUN_PATTERN)) words.add(m[0].toLowerCase());
    };
    const { text } = this.doc;
    for (const t of this.doc.terms ?? []) add(text.slice(t.start, t.end));
    if (HTML_FORMATS.has(this.doc.format ?? '') && /href|src/i.test(text)) for (const m of text.matchAll(ADDRESS_ATTRIBUTE)) add(m[1] ?? m[2] ?? '');
    const prose = this.prose;
    for (let at = 0; at < prose.length; ) {
      // speed: only the chunks holding a character every identifier has (`marks`: "@", "/", "_", ".",
      // "(", ...) are cut out and asked; the rest of the prose (most of its ~170,000 chunks a MB) is passed
      // over by one search, not a match object each (28 MB of garbage at 1 MB). Exact: a chunk holding
      // none of them fails `identifier`
      const hit = firstOf(this.marks, prose, at);
      if (hit < 0) break;
      let start = hit;
      while (start > 0 && !isSpace(prose, start - 1)) start--;
      let end = hit + 1;
      while (end < prose.length && !isSpace(prose, end)) end++;
      const chunk = prose.slice(start, end);
      if (this.identifier(chunk)) add(chunk);
      at = end;
    }
    return words;
  }
}

/** The offset of the first character of `marks` (a global pattern of one character) in s from `at`, or -1. */
function firstOf(marks: RegExp, s: string, at: number): number {
  marks.lastIndex = at;
  return marks.test(s) ? marks.lastIndex - 1 : -1;
}

const WHITE = /\s/;

/** The character at i is whitespace, as \s reads it (the \S+ chunks of the prose are cut at it). */
function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE.test(s.charAt(i));
}
