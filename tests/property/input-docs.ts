/**
 * Builds documents of each input format from generated prose and metadata strings, recording for
 * every code unit of the result whether it is prose written literally (not markup, not metadata, not
 * an escape sequence), so a property can check the segments against exactly that.
 */
export class DocBuilder {
  text = '';
  /** `prose[i]`: code unit i is literal prose. */
  readonly prose: boolean[] = [];
  /** Prose code points written as an escape or reference: where, and what they stand for. */
  readonly escaped: { start: number; end: number; value: string }[] = [];

  constructor(private readonly escape: (codePoint: string) => string) {}

  /** Markup or metadata, written as given. */
  markup(s: string): this {
    this.text += s;
    for (let i = 0; i < s.length; i++) this.prose.push(false);
    return this;
  }

  /** Metadata text, escaped as prose is but never prose. */
  meta(raw: string): this {
    return this.markup([...raw].map(this.escape).join(''));
  }

  /** Prose text: each code point escaped by the format's rule; only those written as themselves count as prose. */
  add(raw: string): this {
    for (const cp of raw) {
      const out = this.escape(cp);
      if (out !== cp) this.escaped.push({ start: this.text.length, end: this.text.length + out.length, value: cp });
      this.text += out;
      for (let i = 0; i < out.length; i++) this.prose.push(out === cp);
    }
    return this;
  }
}

/** The characters XML 1.0 allows (#x9, #xA, #xD, #x20-#xD7FF, #xE000-#xFFFD, #x10000 up); others become a space. */
export function xmlChars(raw: string): string {
  return [...raw].map((cp) => (/^[\t\n\r\u0020-\ud7ff\ue000-\ufffd]$|^[\ud800-\udbff][\udc00-\udfff]$/.test(cp) ? cp : ' ')).join('');
}

/** XML text and attribute escaping; a few more characters become references so references are common. */
export function xmlEscape(cp: string): string {
  const named: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;', é: '&#233;', '€': '&#x20AC;' };
  return named[cp] ?? cp;
}

/** JSON string escaping, one code point at a time (lone surrogates become \\u escapes). */
export function jsonEscape(cp: string): string {
  return JSON.stringify(cp).slice(1, -1);
}

/** PO (C string) escaping; the line terminators a PO line cannot hold become escapes too. */
export function poEscape(cp: string): string {
  const map: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return map[cp] ?? cp;
}

/** Markdown: every ASCII punctuation character backslash-escaped, so no prose forms a construct. */
export function markdownEscape(cp: string): string {
  return /^[!-/:-@[-`{-~]$/.test(cp) ? `\\${cp}` : cp;
}

/** HTML text escaping. */
export function htmlEscape(cp: string): string {
  const named: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', '\u00a0': '&nbsp;' };
  return named[cp] ?? cp;
}
