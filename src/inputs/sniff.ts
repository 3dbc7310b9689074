import { SaxesParser } from 'saxes';

/** Thrown from the first start tag to stop saxes there: the rest of the file is not needed. */
class RootFound {
  constructor(readonly name: string) {}
}

/**
 * The local name (prefix removed) of an XML document's root element, read by saxes up to the root's
 * start tag only; undefined when the text is not XML up to there (no root, or malformed prolog).
 */
export function xmlRootName(text: string): string | undefined {
  return xmlRootNameIn([text]);
}

/**
 * `xmlRootName` of a text given in pieces (a file read a block at a time), taking pieces only until the
 * root's start tag: one pass, however long the comments, doctype or processing instructions before it.
 */
export function xmlRootNameIn(pieces: Iterable<string>): string | undefined {
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentagstart', (tag) => {
    throw new RootFound(tag.name.slice(tag.name.indexOf(':') + 1));
  });
  parser.on('error', (err) => {
    throw err;
  });
  try {
    for (const piece of pieces) parser.write(piece);
    parser.close();
  } catch (e) {
    if (e instanceof RootFound) return e.name;
  }
  return undefined;
}
