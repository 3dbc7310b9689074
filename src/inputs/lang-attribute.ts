/**
 * The element says its text is in a language other than English (`xml:lang="de"`, or `lang` as HTML,
 * XHTML and NITF write it): a NewsML-G2 concept's names and definitions in other languages, a quotation
 * kept in the original (`<q lang="fr">`). The rules check English, so the readers (xml-prose.ts,
 * html.ts) read it as no prose, with everything inside it. An empty value says the language is unknown
 * and changes nothing. The readers do not ask the root element: a translated file often keeps its
 * original's language there (`<newsItem xml:lang="de">`, `<html lang="de">` around English text).
 */
export function foreign(attributes: Readonly<Record<string, string>>): boolean {
  const lang = (attributes['xml:lang'] ?? attributes.lang)?.trim();
  return lang !== undefined && lang !== '' && !/^en(?:-|$)/i.test(lang);
}
