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
    for (const m of this.prose.matchAll(/\S+/g)) if (this.identifier(m[0])) add(m[0]);
    return words;
  }
}
