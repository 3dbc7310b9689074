import { decodeHTMLStrict } from 'entities/decode';

/** The five entities XML predefines; any other named entity would need a DTD, which saxes rejects. */
const XML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entity and character references in XML text; saxes has already checked they are well formed. */
export const XML_REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

/**
 * How the prose view reads a reference to an entity whose value it cannot know (one the internal subset
 * of a DOCTYPE declares, or an external DTD's that is no standard character entity): U+FFFC OBJECT
 * REPLACEMENT CHARACTER, a sign that is neither a space nor part of a word, so the words on either side
 * are not read as one ("good&foo;good") nor as neighbours ("good &foo; good", a repeated word).
 */
export const UNKNOWN_ENTITY = '\ufffc';

/**
 * What an XML reference (`&amp;`, `&#160;`, `&#x2019;`) stands for; undefined for a character reference
 * out of range. A name XML does not predefine is one a DTD declares (saxes lets it through only after a
 * DOCTYPE): a standard character entity of HTML and the ISO sets (`&mdash;`, `&hellip;` of DocBook, read
 * by the library the HTML reader decodes with) reads as its character, unless the internal subset
 * declares the name (`declared`); any other as UNKNOWN_ENTITY.
 */
export function decodeXmlReference(ref: string, declared?: ReadonlySet<string>): string | undefined {
  const body = ref.slice(1, -1);
  if (body.startsWith('#')) {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  }
  const named = XML_NAMED[body];
  if (named !== undefined) return named;
  if (declared?.has(body)) return UNKNOWN_ENTITY;
  const standard = decodeHTMLStrict(ref);
  return standard !== ref ? standard : UNKNOWN_ENTITY;
}

/**
 * Comments, processing instructions and quoted literals of an internal subset, which may hold text that
 * looks like a declaration (`<!-- <!ENTITY old "x"> -->`, `<!ENTITY a "<!ENTITY b 'c'>">`), and the
 * declarations of general entities (not parameter entities, `<!ENTITY % x …>`), whose name is group 1.
 * Each alternative runs to its end or the text's, so one pass is linear even when something is left open.
 */
const SUBSET = /<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$)|"[^"]*(?:"|$)|'[^']*(?:'|$)|<!ENTITY\s+([A-Za-z_][\w.-]*)/g;

/** The general entities an internal subset declares (`<!ENTITY prod "Acme">`), none of them expanded. */
export function declaredEntities(doctype: string): Set<string> {
  const names = new Set<string>();
  for (const m of doctype.matchAll(SUBSET)) if (m[1] !== undefined) names.add(m[1]);
  return names;
}
