/**
 * Bytes to text: the one place where an input's encoding is decided. A pure function of the bytes, the
 * file's name and the input format given instead of the name's, if any (the name and the format only
 * choose which declaration to look for; the name is named in the error). So stdin, or a `.txt` file,
 * read as HTML (`--input-format html`) honours its `<meta charset>` as an `.html` file does.
 *
 * In order: a byte-order mark (UTF-8, UTF-16 LE/BE) wins; else an XML file's encoding is detected as
 * the XML spec's appendix F does (`<?` in UTF-16 without a BOM) and its `encoding="…"` declaration is
 * honoured; else a PO file's `charset=` in its header is; else an HTML file's `<meta charset>` (or
 * `http-equiv` Content-Type) is, found by the HTML standard's prescan of the first 1,024 bytes
 * (html-encoding-sniffer, jsdom's implementation of it); else the text must be UTF-8. UTF-8 and UTF-16
 * are decoded by TextDecoder (strict); other encodings (windows-1252, ISO-8859-x, KOI8-R, Shift_JIS,
 * GBK, …) by iconv-lite, the most used pure-JavaScript converter: Node 20's own TextDecoder reads
 * windows-1252 as Latin-1 (0x93 comes out as U+0093, not “). An encoding iconv-lite does not know, or
 * bytes that are not valid in the encoding chosen, give an error naming the file: never a silent skip.
 * ISO-8859-1 and US-ASCII are read as windows-1252, their superset, as every browser does.
 */
import { createRequire } from 'node:module';
import type htmlEncodingSnifferType from 'html-encoding-sniffer';
import type iconvType from 'iconv-lite';
import { LineIndex } from '../document/line-index.js';


/** A text read, or why it could not be. */
export type Decoded =
  | {
      ok: true;
      /** The text; a UTF-8 BOM is kept as U+FEFF at its start (callers strip and restore it), others are not. */
      text: string;
      /** The WHATWG name of the encoding used ("utf-8", "utf-16le", "windows-1252", …). */
      encoding: string;
      /** The bytes started with a byte-order mark. */
      bom: boolean;
    }
  | {
      ok: false;
      /** True for a file that holds NUL bytes in no encoding that explains them (an image, an archive). */
      binary: boolean;
      /** One line: the file's name (and line, when known: "name:3: …"), then what is wrong. */
      error: string;
      /** The 1-based line the first bad byte is on, when known. */
      line?: number;
      /** What is wrong, without the name and line. */
      detail?: string;
    };

const SNIFF_BYTES = 8000;

export function decodeBytes(bytes: Uint8Array, name: string, format?: string): Decoded {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return decodeAs(bytes, name, 'utf-8', true, 'a UTF-8 byte-order mark');
  if (b[0] === 0xff && b[1] === 0xfe) {
    if (b[2] === 0 && b[3] === 0) return fail(name, 'UTF-32 is not supported (convert the file to UTF-8)');
    return decodeAs(bytes.subarray(2), name, 'utf-16le', true, 'a UTF-16 byte-order mark');
  }
  if (b[0] === 0xfe && b[1] === 0xff) return decodeAs(bytes.subarray(2), name, 'utf-16be', true, 'a UTF-16 byte-order mark');
  // "<?" in UTF-16 without a byte-order mark (XML 1.0 appendix F)
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return decodeAs(bytes, name, 'utf-16le', false, 'its XML declaration');
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return decodeAs(bytes, name, 'utf-16be', false, 'its XML declaration');
  const declared = declaredEncoding(bytes, name, format);
  // "UTF-16" declared in a file whose declaration was just read as ASCII cannot be right: read as UTF-8
  if (declared && !isUtf8(declared.label) && !/^utf-?16/i.test(declared.label)) {
    const label = LATIN1.test(declared.label) ? 'windows-1252' : declared.label.toLowerCase();
    // iconv-lite is loaded on the first such file, not at every start (~5 ms, and it is not bundled)
    const iconv = createRequire(import.meta.url)('iconv-lite') as typeof iconvType;
    if (!iconv.encodingExists(label)) return fail(name, `encoding "${declared.label}" (declared in ${declared.where}) is not supported`);
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label, { stripBOM: false });
    const bad = text.indexOf('\ufffd');
    if (bad >= 0) return fail(name, `a byte that is not valid ${declared.label} near character ${bad} (the encoding comes from ${declared.where})`, new LineIndex(text).position(bad).line);
    return { ok: true, text, encoding: label, bom: false };
  }
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0);
  if (nul >= 0) {
    const utf16 = bomlessUtf16(bytes);
    const read = utf16 && decodeAs(bytes, name, utf16, false, 'its bytes, every other one 0');
    // UTF-16 by its bytes that does not decode (a lone surrogate, a last byte cut off) is invalid UTF-16, not binary
    if (read && (!read.ok || !CONTROL.test(read.text))) return read;
    return { ok: false, binary: true, error: `${name}: binary file, not text (a NUL byte at byte ${nul})`, detail: `binary file, not text (a NUL byte at byte ${nul})` };
  }
  return decodeAs(bytes, name, 'utf-8', false, declared ? declared.where : '');
}

/**
 * UTF-16 without a byte-order mark, told by where its NUL bytes are in the first bytes: text in a
 * Latin script has a 0 in every other byte, on one side only (the high byte of each code unit). Two
 * thirds of the code units must have it, so a stray NUL in UTF-8 text (`a\0b`) is not taken for it (nor
 * is text in another script, whose letters' code units have no 0: a file named as text is then refused
 * as binary, never read wrong), and no code unit may be 0 (U+0000: no text holds it). A 0 on the other
 * side is a unit such as U+0100 or a surrogate U+D800, which decodeAs reads, or says is not valid (a
 * lone surrogate was called a binary file). An odd length does not matter here: such a file is UTF-16
 * cut short, which decodeAs then says.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0 && head[i + 1] === 0) return undefined;
    if (head[i] === 0) even++;
    if (head[i + 1] === 0) odd++;
  }
  const units = Math.floor(head.length / 2);
  if (odd * 3 >= units * 2 && even * 3 < units) return 'utf-16le';
  if (even * 3 >= units * 2 && odd * 3 < units) return 'utf-16be';
  return undefined;
}

/** A control character no text holds (NUL and the C0 controls but tab, line ends and form feed). */
const CONTROL = /[\0-\x08\x0b\x0e-\x1f]/;

/** Labels read as windows-1252, their superset, as browsers read them (WHATWG Encoding). */
const LATIN1 = /^(?:iso[-_]?8859-1|iso_8859-1(?::1987)?|latin-?1|l1|us-ascii|ascii|cp819|ibm819|iso-ir-100|cp1252|windows-1252|x-cp1252)$/i;

function isUtf8(label: string): boolean {
  return /^(?:utf-?8|unicode-1-1-utf-8|charset)$/i.test(label);
}

function fail(name: string, detail: string, line?: number): Decoded {
  return line === undefined ? { ok: false, binary: false, error: `${name}: ${detail}`, detail } : { ok: false, binary: false, error: `${name}:${line}: ${detail}`, line, detail };
}

function decodeAs(bytes: Uint8Array, name: string, encoding: string, bom: boolean, why: string): Decoded {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { ok: true, text, encoding, bom };
  } catch {
    const at = firstInvalid(bytes, encoding);
    const label = encoding.toUpperCase();
    // the line of the bad byte, from the bytes before it (valid, so they decode as they stand)
    const before = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, at));
    const what = encoding.startsWith('utf-16') ? utf16Fault(bytes, at, encoding) : '';
    return fail(name, `invalid ${label} at byte ${at}${what}${why ? ` (the encoding comes from ${why})` : ''}`, new LineIndex(before).position(before.length).line);
  }
}

/** What is wrong at byte `at` of UTF-16 that does not decode: a surrogate without its pair, or a last byte alone. */
function utf16Fault(bytes: Uint8Array, at: number, encoding: string): string {
  if (at + 1 >= bytes.length) return ': a last byte with no other to make a code unit';
  const unit = encoding === 'utf-16le' ? (bytes[at] as number) | ((bytes[at + 1] as number) << 8) : ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
  return unit >= 0xd800 && unit <= 0xdfff ? `: a ${unit < 0xdc00 ? 'high' : 'low'} surrogate (U+${unit.toString(16).toUpperCase()}) without its pair` : '';
}

/** The encoding an XML declaration, a PO header or an HTML `<meta>` names, read from the file's first bytes. */
function declaredEncoding(bytes: Uint8Array, name: string, format: string | undefined): { label: string; where: string } | undefined {
  const head = asciiHead(bytes, 4096);
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head);
  if (xml) return { label: xml[1] as string, where: 'the XML declaration' };
  if (/\.pot?$/i.test(name) || /^(?:#[^\n]*\n|\s)*msgid\s+""/.test(head)) {
    const po = /"Content-Type:[^"]*?charset=([A-Za-z][\w.:-]*)/i.exec(head);
    if (po) return { label: po[1] as string, where: 'the PO header' };
  }
  if (format === 'html' || /\.html?$/i.test(name)) {
    // without a <meta> naming one, an HTML file is read as UTF-8 like every other file (not the standard's windows-1252)
    const meta = htmlEncodingSniffer()(bytes, { defaultEncoding: 'UTF-8' });
    if (!isUtf8(meta)) return { label: meta, where: 'its <meta> charset' };
  }
  return undefined;
}

/** The first `max` bytes as Latin-1 (every byte one character): enough to read ASCII declarations. */
function asciiHead(bytes: Uint8Array, max: number): string {
  let s = '';
  const n = Math.min(bytes.length, max);
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i] as number);
  return s;
}

/** Byte offset of the first byte that does not decode, found by bisection over prefixes. */
function firstInvalid(bytes: Uint8Array, encoding: string): number {
  const dec = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const decodes = (n: number) => {
    // a multi-byte sequence cut at the boundary is at most 3 bytes
    for (let back = 0; back <= 3 && n - back >= 0; back++) {
      try {
        dec.decode(bytes.subarray(0, n - back));
        return true;
      } catch {
        /* keep looking */
      }
    }
    return false;
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid - 1;
  }
  for (let back = 0; back <= 3 && lo - back >= 0; back++) {
    try {
      dec.decode(bytes.subarray(0, lo - back));
      return lo - back;
    } catch {
      /* keep looking */
    }
  }
  return 0;
}

let sniffer: typeof htmlEncodingSnifferType | undefined;

/** The sniffer (a CommonJS package, with whatwg-encoding behind it), loaded with the first HTML file rather than at every start. */
function htmlEncodingSniffer(): typeof htmlEncodingSnifferType {
  return (sniffer ??= createRequire(import.meta.url)('html-encoding-sniffer') as typeof htmlEncodingSnifferType);
}
