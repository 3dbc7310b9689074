/**
 * Inline elements: their tags stand inside a sentence, so the prose around them stays one segment
 * (`Keir <em>Starrer</em> said`). Every other element ends a block of prose.
 */

/** HTML's phrasing elements that hold text (HTML Living Standard, "phrasing content"), and old ones still written. */
export const HTML_INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'data', 'dfn', 'em', 'i', 'ins', 'del', 'mark', 'q', 's', 'small',
  'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'font', 'big', 'tt', 'strike', 'nobr', 'acronym', 'label',
]);

/** NITF 3.x inline elements of `<p>`, `<hl1>` and the like (the DTD's %enriched-text; entity). */
export const NITF_INLINE = new Set([
  'a', 'br', 'chron', 'classifier', 'copyrite', 'event', 'function', 'lang', 'location', 'money', 'num', 'object.title',
  'org', 'person', 'postaddr', 'virtloc', 'em', 'q', 'pronounce', 'frac', 'sub', 'sup', 'city', 'country',
  'region', 'state', 'sublocation', 'name.given', 'name.family', 'numer', 'denom', 'frac-sep',
]);
