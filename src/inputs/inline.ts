/**
 * Inline elements: their tags stand inside a sentence, so the prose around them stays one segment
 * (`Keir <em>Starrer</em> said`). Every other element ends a block of prose.
 */

/** HTML's phrasing elements that hold text (HTML Living Standard, "phrasing content"), and old ones still written. */
export const HTML_INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'data', 'dfn', 'em', 'i', 'ins', 'del', 'mark', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'font', 'big', 'tt', 'strike', 'nobr', 'acronym', 'label',
]);

/** HTML's phrasing elements of code, which the prose leaves out (html.ts): they stand inside a sentence too. */
export const HTML_INLINE_CODE = new Set(['code', 'kbd', 'samp']);

/** NITF 3.x inline elements of `<p>`, `<hl1>` and the like (the DTD's %enriched-text; entity). */
export const NITF_INLINE = new Set([
  'a', 'br', 'chron', 'classifier', 'copyrite', 'event', 'function', 'lang', 'location', 'money', 'num', 'object.title',
  'org', 'person', 'postaddr', 'virtloc', 'em', 'q', 'pronounce', 'frac', 'sub', 'sup', 'city', 'country',
  'region', 'state', 'sublocation', 'name.given', 'name.family', 'numer', 'denom', 'frac-sep',
]);

/**
 * Inline elements of the XML vocabularies documentation and UI strings are written in, for an XML file of
 * no vocabulary translint knows (xml.ts): DITA's and DocBook's phrase elements, TEI's, and the `<g>`,
 * `<x>`, `<ph>` of XLIFF-style placeholders (Android's `<xliff:g>`), besides HTML's.
 */
export const XML_INLINE = new Set([
  ...HTML_INLINE,
  // DITA
  'ph', 'keyword', 'term', 'xref', 'uicontrol', 'wintitle', 'menucascade', 'filepath', 'cmdname', 'apiname', 'option',
  'parmname', 'varname', 'tm', 'line-through', 'overline', 'abbreviated-form', 'systemoutput', 'userinput',
  // DocBook
  'emphasis', 'link', 'ulink', 'citetitle', 'firstterm', 'foreignphrase', 'phrase', 'abbrev', 'literal', 'command',
  'filename', 'replaceable', 'application', 'productname', 'trademark', 'superscript', 'subscript', 'glossterm',
  'email', 'quote', 'footnoteref', 'guilabel', 'guibutton', 'guimenu', 'guimenuitem', 'keycap', 'envar', 'classname',
  // TEI
  'hi', 'emph', 'foreign', 'persName', 'placeName', 'orgName', 'name', 'date', 'ref', 'num', 'measure', 'title',
  // placeholders
  'g', 'x', 'bx', 'ex', 'ph', 'mrk',
]);

/**
 * Phrase elements of code in the vocabularies of documentation: a command, a file name, what a user types
 * or a program prints, an identifier (`ls -la`, `TABLE table1`). They stand inside a sentence, and the prose
 * leaves their content out, in an XML file (xml.ts) as in an XLIFF code of their type (xliff-code.ts:
 * Okapi writes `ctype="x-codeph"` for DITA's `<codeph>`). Not `command`: Okapi's TeX filter writes
 * `x-COMMAND` for a macro such as `\emph{…}`, whose argument is prose.
 */
export const XML_INLINE_CODE = new Set([
  ...HTML_INLINE_CODE,
  // DITA's programming, software and user-interface domains
  // (not msgph: the text of a program's message, which is translated)
  'codeph', 'cmdname', 'userinput', 'systemoutput', 'filepath', 'varname', 'parmname', 'apiname', 'synph', 'msgnum',
  // DocBook
  'literal', 'computeroutput', 'filename', 'envar', 'classname', 'function', 'parameter',
]);

/** Elements of such a file whose content is code or data, never prose: program listings, scripts, styles, and the phrases of code. */
export const XML_CODE = new Set([
  ...XML_INLINE_CODE,
  'script', 'style', 'pre', 'codeblock', 'programlisting', 'screen', 'synopsis', 'literallayout', 'msgblock', 'syntaxdiagram',
  'coderef', 'indexterm', 'draft-comment', 'remark', 'comment', 'metadata', 'prolog', 'info', 'head',
]);
