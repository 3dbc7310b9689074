/**
 * The element says its text is in a language other than English (`xml:lang="de"`, or `lang` as HTML,
 * XHTML and NITF write it): a NewsML-G2 concept's names and definitions in other languages, a quotation
 * kept in the original (`<q lang="fr">`). The rules check English, so the readers (xml-prose.ts,
 * html.ts) read it as no prose, with everything inside it. English is `en` with any subtag, also as Java
 * writes locales (`en_US`), or `eng`; an empty value, `und` (undetermined), `mul` (several) and `zxx` (no
 * language) say nothing and change nothing. The readers do not ask the root element nor a body
 * (`<html>`, `<body>`, NITF's `<body>`): a translated file often keeps its original's language there
 * (`<newsItem xml:lang="de">`, `<html lang="de">` around English text).
 */
export function foreign(attributes: Readonly<Record<string, string>>): boolean {
  const lang = (attributes['xml:lang'] ?? attributes.lang)?.trim();
  return lang !== undefined && lang !== '' && !/^(?:en(?:[-_]|$)|eng$|und$|mul$|zxx$)/i.test(lang);
}

/** Elements whose language a translated file often keeps from its original: not asked (see foreign). */
export const LANG_KEPT = new Set(['html', 'body']);
