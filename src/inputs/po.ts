import { po, type PoTable } from 'gettext-parser';
import { createDocument, type Document, type Segment, type Unit } from '../document/document.js';
import { LineIndex } from '../document/line-index.js';
import { InputError } from './errors.js';
import { GrowthCollector } from '../engine/gc.js';
import { check, decode, entryPastCap, MAX_ENTRIES, scan, type CheckedEntry, type Field } from './po-scan.js';
import { markAsSpace, withProse } from './ranges.js';
import { ProseView } from './view.js';
import { isEnglishTag } from '../lang/language-tag.js';

/** A line of an obsolete entry (`#~ msgid "old"`), to its end (gettext-parser splits lines at LF only). */
const OBSOLETE_LINE = /(?<![^\n])[ \t]*#~[^\n]*/g;

/**
 * An escape, or a placeholder the program fills in (printf `%s`, `%1$d`, Python `%(name)s`, optparse
 * `%prog`, brace `{name}`): a placeholder is code, not prose. It reads with its letters and digits
 * as underscores (`%(uuid)s` reads `%(____)_`): no word rule sees a word in it, and quotation marks
 * and punctuation around it keep their places. The bilingual rules compare placeholders in the file's text.
 */
const ESCAPE_OR_PLACEHOLDER = /\\(?:[0-7]{1,3}|x[0-9a-fA-F]+|.)|%(?:\(\w+\)|\d+\$)?[-+0#]*(?:[1-9]\d*|\*)?(?:\.\d+)?[a-zA-Z]\w*|\$?\{[\w.]*\}/g;

/**
 * Gettext PO/POT: the msgstr strings are the prose, one segment per msgstr across its quoted lines,
 * escapes read as what they stand for in the prose view (`\"recieve\"` reads ` "recieve" `, see
 * view.ts); units pair each msgstr (or msgstr[n]) with its msgid (msgid_plural for n > 0), and a
 * `#, fuzzy` entry's units are marked fuzzy (not compared with their source). The header's `Language:`
 * (else a file name such as `en_GB.po`) is the target language, so an English-variant catalogue, whose
 * msgstr often equals its msgid, is known as one: such a copy is a unit but not prose to check.
 * Placeholders (`%s`, `%(name)s`, `{name}`) read as underscores in the prose view. LF, CRLF and CR-only line ends are read, and a
 * keyword whose string starts on the next line. The header entry and obsolete (`#~`) entries are not
 * read. Throws `InputError` for a broken file. A plural entry's units carry its forms and the header's
 * `Plural-Forms: nplurals=N` is kept as `nplurals`: an entry with more or fewer msgstr[n] than that is read
 * all the same (each form a unit with exact offsets), and reported by bilingual/plural-forms, as msgfmt -c,
 * Okapi CheckMate and Xbench report it per entry, rather than refusing the whole file.
 *
 * gettext-parser, the maintained PO parser, validates the file but gives no offsets, so a line
 * scan (the string syntax is one quoted C string per line) finds where each string stands and reports
 * broken lines with their line number, and the parser's table is the ground truth it must agree with.
 * Unit ids are the msgid, after its msgctxt and U+0004 as gettext joins them, with `[n]` for plurals.
 */
export function parsePo(file: string, path?: string): Document {
  const text = markAsSpace(file);
  const past = entryPastCap(text);
  if (past !== undefined) {
    throw new InputError(path, new LineIndex(text).position(past).line, `more than ${MAX_ENTRIES.toLocaleString('en')} entries in one catalogue (the limit, as memory grows with them; split the file)`);
  }
  const segments: Segment[] = [];
  /** Per segment: whether its msgstr copies its msgid, not prose to check in an English-variant catalogue. */
  const copies: boolean[] = [];
  const units: Unit[] = [];
  const view = new ProseView(text);
  const seen = new Map<string, number>();
  let headers: PoTable['headers'];
  /** The header's `Plural-Forms: nplurals=N`, 0 when it gives none (a POT's `nplurals=INTEGER`). */
  let nplurals = 0;
  let block: CheckedEntry[] = [];
  let from = 0;
  let fromLine = 1;
  // each block's tokens and tables are garbage once read: collected as the heap grows (see gc.ts), so
  // that it stays near what is live instead of growing to several times it before V8 collects
  const collector = text.length > LARGE ? new GrowthCollector() : undefined;
  const read = (to: number) => {
    const table = parseBlock(text.slice(from, to), fromLine, path);
    if (!headers && table.headers) {
      headers = table.headers;
      nplurals = npluralsOf(headers);
    }
    for (const entry of block) {
      readEntry(text, entry, table, path, view, units, segments, copies);
    }
    const last = block[block.length - 1];
    if (last) [from, fromLine] = [last.end, last.nextLine];
    block = [];
    collector?.afterPart();
  };
  // gettext-parser holds several objects per token of what it reads: given the whole file at once, a
  // 13 MB catalogue of 400,000 entries took 1.2 GB, so it reads blocks of entries, each cut where a
  // string line ends (comments after it go with the entry they precede, as gettext-parser reads them)
  for (const entry of scan(text, path)) {
    block.push(check(text, entry, seen, path));
    if (block.length === BLOCK) read(entry.end);
  }
  read(text.length);
  // the prose view and the document are built from here on with no block between: collected before and
  // after, or the last blocks' garbage and the view's pieces stay to V8's own limit (530,000 entries, 19 MB:
  // parse peak 473 -> 365 MB RSS)
  collector?.afterPart();
  const target = headers?.Language?.trim() || languageFromName(path);
  // a catalogue into a variant of English (en_GB) copies most msgids unchanged: such a copy is the
  // program's own English, whose errors are the msgid's (reported once, in the source), not the
  // translation's; its unit is still compared, only its prose is not checked again
  const variant = isEnglishTag(target ?? '');
  const prose = view.build();
  collector?.afterPart();
  const doc = createDocument(file, {
    bom: false,
    ...(path !== undefined ? { path } : {}),
    segments: withProse(prose, variant ? segments.filter((_, k) => !copies[k]) : segments),
    units,
    format: 'po',
    escapes: view.escapes,
    prose,
    kind: 'strings',
    ...(target ? { languages: { target } } : {}),
  });
  // every entry is held to it by bilingual/plural-forms, before the header or after it, as msgfmt -c holds them
  if (nplurals > 0) doc.nplurals = nplurals;
  return doc;
}

/** Entries given to gettext-parser at a time. */
const BLOCK = 1_000;
/** Files longer than this (in characters) collect garbage between blocks. */
const LARGE = 2 * 2 ** 20;

/** gettext-parser's table of a block of the file that starts at line `fromLine`. */
function parseBlock(block: string, fromLine: number, path: string | undefined): PoTable {
  try {
    // Without validation: a POT's plural entries would fail its count of forms ("nplurals=INTEGER").
    // gettext-parser splits lines at LF only: a CR-only file (old Mac tools) goes to it with LF, the same length.
    // Obsolete (#~) lines go to it blank: they are not read, and the line scan does not see them, so it
    // could not bound what they hold (see MAX_FORMS in po-scan.ts)
    return po.parse(block.replace(/\r(?!\n)/g, '\n').replace(OBSOLETE_LINE, ''), { validation: false });
  } catch (err) {
    const { message, lineNumber } = err as Error & { lineNumber?: number };
    const line = typeof lineNumber === 'number' ? fromLine + lineNumber - 1 : undefined;
    throw new InputError(path, line, message.replace(/^Error parsing PO data: /, '').replace(/ at line \d+/, ''));
  }
}

/** An entry's units and segments, once gettext-parser's table is found to read it the same way. */
function readEntry(text: string, entry: CheckedEntry, table: PoTable, path: string | undefined, view: ProseView, units: Unit[], segments: Segment[], copies: boolean[]): void {
  const { msgid, msgctxt, strs, key, plural } = entry;
  const id = decode(text, msgid);
  const parsed = table.translations[msgctxt ? decode(text, msgctxt) : '']?.[id];
  const values = strs.map((f) => decode(text, f));
  if (!parsed || parsed.msgstr.length !== strs.length || values.some((v, n) => v !== parsed.msgstr[n])) {
    throw new InputError(path, msgid.line, `entry "${id}" is not read the same way by gettext-parser`);
  }
  if (key === '') return;
  const fuzzy = /(?:^|,)\s*fuzzy\s*(?:,|$)/.test(parsed.comments?.flag ?? '');
  const pluralId = plural && decode(text, plural);
  const forms = plural ? strs.map((f) => f.index) : [];
  strs.forEach((f, n) => {
    // one segment per msgstr, across its quoted lines: the quotes and line breaks between them read as blank
    for (const p of f.parts) view.withEscapes(p.start, p.end, ESCAPE_OR_PLACEHOLDER, unescape);
    const str = span(f);
    const other = f.index > 0 && plural;
    if (str.end > str.start) {
      segments.push(str);
      copies.push(values[n] === (other ? pluralId : id));
    }
    const unit: Unit = { id: plural ? `${key}[${f.index}]` : key, source: span(other ? plural : msgid), target: str };
    if (fuzzy) unit.fuzzy = true;
    if (plural) unit.plural = { index: f.index, forms, pluralId: span(plural) };
    units.push(unit);
  });
}

/**
 * The header's `Plural-Forms: nplurals=N`, 0 when it gives no number (a POT's `nplurals=INTEGER`). Read
 * here, as gettext-parser does, rather than through its lib/shared.js, which its package does not export.
 */
function npluralsOf(headers: Record<string, string>): number {
  return Number(/nplurals\s*=\s*(\d+)/.exec(headers['Plural-Forms'] ?? '')?.[1] ?? 0);
}

/** What a C escape in a PO string stands for (octal and hex as code points; \n, \t … as their characters). */
function unescape(esc: string): string {
  if (!esc.startsWith('\\')) return esc.replace(/[^%(){}$]/g, '_');
  const c = esc.charAt(1);
  if (/[0-7]/.test(c)) return String.fromCharCode(parseInt(esc.slice(1), 8));
  if (c === 'x') return String.fromCharCode(parseInt(esc.slice(2), 16));
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\u0007', b: '\b', f: '\f', v: '\v' };
  return map[c] ?? c;
}

/** The language of a catalogue named by gettext's convention (`en_GB.po`, `pt-BR.po`), when its header has none. */
function languageFromName(path: string | undefined): string | undefined {
  return /(?:^|[\\/])([a-z]{2,3}(?:[_-][A-Za-z]{2,4})?)\.pot?$/.exec(path ?? '')?.[1];
}

/** From the first to the last non-empty string of a field (the `msgstr ""` that opens a wrapped string is left out). */
function span(field: Field): Segment {
  const parts = field.parts.filter((p) => p.end > p.start);
  const first = parts[0] ?? (field.parts[0] as Segment);
  const last = parts[parts.length - 1] ?? first;
  return { start: first.start, end: last.end };
}
