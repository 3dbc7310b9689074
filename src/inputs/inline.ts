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

/** Elements of such a file whose content is code or data, never prose: program listings, scripts, styles. */
export const XML_CODE = new Set([
  'script', 'style', 'pre', 'code', 'codeph', 'codeblock', 'programlisting', 'screen', 'synopsis', 'literallayout',
  'msgblock', 'indexterm', 'draft-comment', 'remark', 'comment', 'metadata', 'prolog', 'info', 'head',
]);
