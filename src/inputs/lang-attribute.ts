import { Parser } from 'htmlparser2';

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

/**
 * The element says its content is not to be translated (`translate="no"` in HTML, DITA and XLIFF 2, ITS's
 * `its:translate="no"` in other XML; the value in any case): a product name, code, a quotation kept in
 * the original. It is the original's and stays as it is, so the readers read it as no prose, with
 * everything inside it, as they read code: never checked, never fixed. A `translate="yes"` inside it is
 * not asked. Not asked of the root element nor a body either (LANG_KEPT): `<html translate="no">` is how
 * a page asks browsers not to offer machine translation of it, and a translated page keeps it.
 */
export function untranslatable(attributes: Readonly<Record<string, string>>): boolean {
  return (attributes.translate ?? attributes['its:translate'])?.trim().toLowerCase() === 'no';
}

/** Whether an element's content is no prose: in another language (foreign) or not to be translated (untranslatable). */
export function notRead(attributes: Readonly<Record<string, string>>): boolean {
  return foreign(attributes) || untranslatable(attributes);
}

/** Elements whose language a translated file often keeps from its original: not asked (see foreign, untranslatable). */
export const LANG_KEPT = new Set(['html', 'body']);

/** HTML's void elements: no content, no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * How deep inside elements in another language or not to be translated (notRead) an inline HTML tag of
 * Markdown leaves the text after it, `depth` being the count before it. CommonMark gives raw inline HTML one construct at a time
 * (an opening tag, a closing tag, a comment ...), so a closing tag is one that starts with `</`
 * (htmlparser2 reports none for an end tag whose element it has not seen open); an opening tag's
 * attributes are read by htmlparser2. An element opened inside a foreign one counts too, so its end tag
 * does not end the foreign text; a void element changes nothing.
 */
export function foreignDepthAfter(tag: string, depth: number): number {
  if (tag.startsWith('</')) return depth > 0 ? depth - 1 : 0;
  let d = depth;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!VOID.has(name) && (d > 0 || (!LANG_KEPT.has(name) && notRead(attributes)))) d++;
    },
  });
  parser.end(tag);
  return d;
}
