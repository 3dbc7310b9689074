/**
 * Chunks (between spaces) that hold an address, handle, hashtag, path or file name, or a call or
 * manual page named as code: letters right before "()" or "(" a section number ")" ("fread()",
 * "kinit(1)", "printf(3p)"); not a plural in brackets ("citizen(s)").
 */
export const ADDRESS = /[@#/\\_=~|<>]|:\/\/|\.\p{L}|\p{L}\((?:\d\p{Ll}*)?\)/u;
/** The characters of which every match of ADDRESS holds one (each alternative's own, "(", ":", "."): kept with it. */
export const ADDRESS_MARKS = /[@#/\\_=~|<>(:.]/g;
const PLAIN_EDGE = /[\s,;!?()“”"]/;
/** A space-delimited chunk in quotation marks as a whole: “vopos”, “mealie-meal”, 'appestat,'. */
const QUOTED = /^["“‘'«(].*\p{L}[,.!?;:]*["”’'»)][,.!?;:]*$/u;

/** PLAIN_EDGE holds the character at i (or i is outside the text); ASCII is looked up in a table. */
export function plainEdge(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return true;
  if (c < 128) return PLAIN_ASCII[c] === 1;
  return PLAIN_EDGE.test(text.charAt(i));
}
const PLAIN_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (PLAIN_EDGE.test(String.fromCharCode(c)) ? 1 : 0));

/**
 * The space-delimited chunks of a text, each scanned once. Words are asked for in text order, so
 * remembering the last chunk keeps the scans linear over the whole text: a 100 KB URL or a run like
 * "abcd.efgh.ijkl…" is read once, not once for each word in it.
 */
export class Chunks {
  private start = 0;
  private end = -1;
  private isAddress: boolean | undefined;
  private isQuoted: boolean | undefined;

  constructor(private readonly text: string) {}

  /** The chunk holding text[start, end) (a word, so no space inside). */
  at(start: number, end: number): this {
    if (start < this.start || end > this.end) {
      const { text } = this;
      let a = start;
      let b = end;
      while (a > 0 && !/\s/.test(text.charAt(a - 1))) a--;
      while (b < text.length && !/\s/.test(text.charAt(b))) b++;
      this.start = a;
      this.end = b;
      this.isAddress = this.isQuoted = undefined;
    }
    return this;
  }

  /** An address, handle, hashtag, path or file name. */
  get address(): boolean {
    return (this.isAddress ??= ADDRESS.test(this.text.slice(this.start, this.end)));
  }

  /** In quotation marks as a whole. */
  get quoted(): boolean {
    return (this.isQuoted ??= QUOTED.test(this.text.slice(this.start, this.end)));
  }
}
