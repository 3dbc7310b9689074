/** The five entities XML predefines; any other named entity would need a DTD, which saxes rejects. */
const XML_NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Entity and character references in XML text; saxes has already checked they are well formed. */
export const XML_REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/g;

/** What an XML reference (`&amp;`, `&#160;`, `&#x2019;`) stands for; undefined for one it cannot know. */
export function decodeXmlReference(ref: string): string | undefined {
  const body = ref.slice(1, -1);
  if (body.startsWith('#')) {
    const cp = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
  }
  return XML_NAMED[body];
}
