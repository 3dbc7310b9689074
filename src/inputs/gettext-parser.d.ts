// gettext-parser ships no type declarations; this covers the part translint uses.
declare module 'gettext-parser' {
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    /** `#,` flags ("fuzzy, c-format"), translator and extracted comments, references. */
    comments?: { flag?: string; translator?: string; extracted?: string; reference?: string; previous?: string };
  }
  export interface PoTable {
    charset: string;
    headers?: Record<string, string>;
    translations: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(input: string | Buffer, options?: { defaultCharset?: string; validation?: boolean }): PoTable;
  };
}

