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
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentagstart', (tag) => {
    throw new RootFound(tag.name.slice(tag.name.indexOf(':') + 1));
  });
  parser.on('error', (err) => {
    throw err;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof RootFound) return e.name;
  }
  return undefined;
}
