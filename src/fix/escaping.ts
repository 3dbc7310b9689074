/**
 * Characters a replacement may not carry into a file of this format without escaping (a quote in JSON
 * or PO, markup in HTML, XML and Markdown, a tab in TSV). Such replacements stay suggestions: they are
 * never written, the diff and the HTML report's corrected text leave them out, and review (in the
 * terminal and on the review page) refuses to apply them, rather than breaking the file. The one
 * decision; no imports, so the review page's bundle takes it as it is.
 */
export function unsafeInFormat(format: string | undefined, replacement: string): boolean {
  switch (format) {
    case 'json':
    case 'po':
      return /["\\\n]/.test(replacement);
    case 'html':
    case 'xliff':
    case 'nitf':
    case 'newsml':
    case 'xml':
      return /[<&>]/.test(replacement);
    case 'tsv':
      return /[\t\n]/.test(replacement);
    case 'markdown':
      // what CommonMark reads as markup inside a paragraph: emphasis, code, links, HTML and autolinks,
      // backslash escapes, an entity or character reference, a line break
      return MARKDOWN_MARKUP.test(replacement);
    default:
      return false;
  }
}

/** (an underscore between two letters or digits opens and closes no emphasis in CommonMark: "snake_case" is text) */
const MARKDOWN_MARKUP = /[\\`*[\]<\n]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/iu;

/** The findings with only the suggestions a file of this format can take unescaped (what a diff applies). */
export function withWritableSuggestions<F extends { suggestions: readonly { text: string }[] }>(findings: readonly F[], format: string | undefined): F[] {
  return findings.map((f) => ({ ...f, suggestions: f.suggestions.filter((s) => !unsafeInFormat(format, s.text)) }));
}

/** Why a replacement cannot be applied in a file of this format, for the person reviewing; undefined when it can. */
export function escapingNote(format: string | undefined, replacement: string): string | undefined {
  return unsafeInFormat(format, replacement) ? `this replacement has characters that ${format} files need escaped` : undefined;
}
