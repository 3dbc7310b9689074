import { po, type PoTable } from 'gettext-parser';
import { createDocument, type Document, type Segment, type Unit } from '../document/document.js';
import { InputError } from './errors.js';
import { withProse } from './ranges.js';
import { ProseView } from './view.js';

/**
 * The keyword that opens a line of a PO file, if any, with the blanks after it. A keyword alone on
 * its line (`msgstr[0]` with its string on the next) is valid for msgfmt and gettext-parser.
 */
const KEYWORD = /^[ \t]*(?:(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)(?:[ \t]+|$))?/;
const BLANKS_TO_END = /[ \t]*$/y;

interface StringLine {
  key: string | undefined;
  index: string | undefined;
  /** Where the quoted string's content starts and ends in the line, if the line has one. */
  content: [number, number] | undefined;
}

/**
 * A line that holds a keyword, a quoted C string or both, blanks around them; undefined for any
 * other line. The string is walked to its closing quote, each escape skipped whole: a regular
 * expression over its characters overflows the stack on a string of a few million characters.
 */
function stringLine(line: string): StringLine | undefined {
  const m = KEYWORD.exec(line) as RegExpExecArray;
  let end = m[0].length;
  let content: [number, number] | undefined;
  if (line.charCodeAt(end) === 0x22) {
    let i = end + 1;
    for (; i < line.length && line.charCodeAt(i) !== 0x22; i++) if (line.charCodeAt(i) === 0x5c) i++;
    if (i >= line.length) return undefined;
    content = [end + 1, i];
    end = i + 1;
  }
  BLANKS_TO_END.lastIndex = end;
  if (!BLANKS_TO_END.test(line) || (!m[1] && !content)) return undefined;
  return { key: m[1], index: m[2], content };
}
/**
 * An escape, or a placeholder the program fills in (printf `%s`, `%1$d`, Python `%(name)s`, optparse
 * `%prog`, brace `{name}`): a placeholder is code, not prose. It reads with its letters and digits
 * as underscores (`%(uuid)s` reads `%(____)_`): no word rule sees a word in it, and quotation marks
 * and punctuation around it keep their places. The bilingual rules compare placeholders in the file's text.
 */
const ESCAPE_OR_PLACEHOLDER = /\\(?:[0-7]{1,3}|x[0-9a-fA-F]+|.)|%(?:\(\w+\)|\d+\$)?[-+0#]*(?:[1-9]\d*|\*)?(?:\.\d+)?[a-zA-Z]\w*|\$?\{[\w.]*\}/g;

/**
 * More msgstr strings in one entry than any language has plural forms (gettext's catalogues have at
 * most 6) are refused: gettext-parser copies an entry's list of strings for each one it adds, so
 * 100,000 forms in one entry took minutes.
 */
export const MAX_FORMS = 16;
/** A line of an obsolete entry (`#~ msgid "old"`), to its end (gettext-parser splits lines at LF only). */
const OBSOLETE_LINE = /(?<![^\n])[ \t]*#~[^\n]*/g;

interface Field {
  key: string;
  index: number;
  line: number;
  /** Content ranges of its quoted strings, one per line. */
  parts: Segment[];
}

interface Entry {
  fields: Field[];
}

interface CheckedEntry {
  msgid: Field;
  msgctxt?: Field;
  plural?: Field;
  strs: Field[];
  /** msgctxt, U+0004 and msgid, as gettext keys messages. */
  key: string;
}

/**
 * Gettext PO/POT: the msgstr strings are the prose, one segment per msgstr across its quoted lines,
 * escapes read as what they stand for in the prose view (`\"recieve\"` reads ` "recieve" `, see
 * view.ts); units pair each msgstr (or msgstr[n]) with its msgid (msgid_plural for n > 0), and a
 * `#, fuzzy` entry's units are marked fuzzy (not compared with their source). The header's `Language:`
 * (else a file name such as `en_GB.po`) is the target language, so an English-variant catalogue, whose
 * msgstr often equals its msgid, is known as one: such a copy is a unit but not prose to check.
 * Placeholders (`%s`, `%(name)s`, `{name}`) read as underscores in the prose view. LF, CRLF and CR-only line ends are read, and a
 * keyword whose string starts on the next line. The header entry and obsolete (`#~`) entries are not
 * read. Throws `InputError` for a broken file.
 *
 * gettext-parser, the maintained PO parser, validates the file but gives no offsets, so a line
 * scan (the string syntax is one quoted C string per line) finds where each string stands and reports
 * broken lines with their line number, and the parser's table is the ground truth it must agree with.
 * Unit ids are the msgid, after its msgctxt and U+0004 as gettext joins them, with `[n]` for plurals.
 */
export function parsePo(text: string, path?: string): Document {
  const entries = check(text, scan(text, path), path);
  let table: PoTable;
  try {
    // Without validation: a POT's plural entries would fail its count of forms ("nplurals=INTEGER").
    // gettext-parser splits lines at LF only: a CR-only file (old Mac tools) goes to it with LF, the same length.
    // Obsolete (#~) lines go to it blank: they are not read, and the line scan does not see them, so it
    // could not bound what they hold (see MAX_FORMS)
    table = po.parse(text.replace(/\r(?!\n)/g, '\n').replace(OBSOLETE_LINE, ''), { validation: false });
  } catch (err) {
    throw new InputError(path, undefined, (err as Error).message.replace(/^Error parsing PO data: /, ''));
  }
  const segments: Segment[] = [];
  const units: Unit[] = [];
  const view = new ProseView(text);
  const target = table.headers?.Language?.trim() || languageFromName(path);
  // a catalogue into a variant of English (en_GB) copies most msgids unchanged: such a copy is the
  // program's own English, whose errors are the msgid's (reported once, in the source), not the
  // translation's; its unit is still compared, only its prose is not checked again
  const variant = /^en(?:[_-]|$)/i.test(target ?? '');
  for (const entry of entries) {
    const { msgid, msgctxt, strs, key } = entry;
    const id = decode(text, msgid);
    const parsed = table.translations[msgctxt ? decode(text, msgctxt) : '']?.[id];
    if (!parsed || parsed.msgstr.length !== strs.length || strs.some((f, n) => decode(text, f) !== parsed.msgstr[n])) {
      throw new InputError(path, msgid.line, `entry "${id}" is not read the same way by gettext-parser`);
    }
    if (key === '') continue;
    const plural = entry.plural;
    const fuzzy = /(?:^|,)\s*fuzzy\s*(?:,|$)/.test(parsed.comments?.flag ?? '');
    for (const f of strs) {
      // one segment per msgstr, across its quoted lines: the quotes and line breaks between them read as blank
      for (const p of f.parts) view.withEscapes(p.start, p.end, ESCAPE_OR_PLACEHOLDER, unescape);
      const str = span(f);
      const source = f.index > 0 && plural ? plural : msgid;
      if (str.end > str.start && !(variant && decode(text, f) === decode(text, source))) segments.push(str);
      const unit: Unit = { id: plural ? `${key}[${f.index}]` : key, source: span(source), target: str };
      if (fuzzy) unit.fuzzy = true;
      units.push(unit);
    }
  }
  const prose = view.build();
  return createDocument(text, {
    ...(path !== undefined ? { path } : {}),
    segments: withProse(prose, segments),
    units,
    format: 'po',
    escapes: view.escapes,
    prose,
    kind: 'strings',
    ...(target ? { languages: { target } } : {}),
  });
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

/** Each entry has one msgid and a msgstr, and no two entries share a msgctxt and msgid. */
function check(text: string, entries: Entry[], path: string | undefined): CheckedEntry[] {
  const seen = new Map<string, number>();
  return entries.map(({ fields }) => {
    const get = (key: string) => fields.find((f) => f.key === key);
    const first = fields[0] as Field;
    const msgid = get('msgid');
    const strs = fields.filter((f) => f.key === 'msgstr');
    if (!msgid) throw new InputError(path, first.line, `${first.key} without a msgid`);
    if (strs.length === 0) throw new InputError(path, msgid.line, 'msgid without a msgstr');
    const over = strs[MAX_FORMS];
    if (over) throw new InputError(path, over.line, `more than ${MAX_FORMS} msgstr strings in one entry (no language has that many plural forms)`);
    const empty = fields.find((f) => f.parts.length === 0);
    if (empty) throw new InputError(path, empty.line, `${empty.key} without a string`);
    const msgctxt = get('msgctxt');
    const key = `${msgctxt ? `${decode(text, msgctxt)}\u0004` : ''}${decode(text, msgid)}`;
    const dup = seen.get(key);
    if (dup !== undefined) throw new InputError(path, msgid.line, `duplicate msgid "${decode(text, msgid)}" (first at line ${dup})`);
    seen.set(key, msgid.line);
    const plural = get('msgid_plural');
    return { msgid, strs, key, ...(msgctxt ? { msgctxt } : {}), ...(plural ? { plural } : {}) };
  });
}

/** Groups the string lines into entries; comments (with obsolete entries) and blank lines are skipped. */
function scan(text: string, path: string | undefined): Entry[] {
  const entries: Entry[] = [];
  let entry: Entry | undefined;
  let field: Field | undefined;
  let offset = 0;
  let lineNo = 0;
  for (const raw of text.split(/(?<=\r\n|\n|\r(?!\n))/)) {
    lineNo++;
    const lineText = raw.replace(/\r?\n$|\r$/, '');
    const start = offset;
    offset += raw.length;
    if (/^\s*(#.*)?$/.test(lineText)) continue;
    const m = stringLine(lineText);
    // gettext's `domain "name"` starts a second catalogue in the file, which the PO library does not read
    if (!m && /^[ \t]*domain[ \t]+"/.test(lineText)) throw new InputError(path, lineNo, 'a "domain" line: a file of several catalogues is not supported (split it into one .po file per domain)');
    if (!m) throw new InputError(path, lineNo, `not a PO line: ${lineText.trim().slice(0, 60)}`);
    const part = m.content && { start: start + m.content[0], end: start + m.content[1] };
    if (!m.key) {
      if (!part) continue;
      if (!field) throw new InputError(path, lineNo, 'a string that follows no keyword');
      field.parts.push(part);
      continue;
    }
    const key = m.key.startsWith('msgstr') ? 'msgstr' : m.key;
    // msgctxt, or a msgid not preceded by its msgctxt, starts the next entry.
    if (!entry || key === 'msgctxt' || (key === 'msgid' && field?.key !== 'msgctxt')) entries.push((entry = { fields: [] }));
    field = { key, index: m.index !== undefined ? Number(m.index) : 0, line: lineNo, parts: part ? [part] : [] };
    entry.fields.push(field);
  }
  return entries;
}

/** A field's value as gettext-parser decodes it (\n, \t, \r; any other escaped character stands for itself). */
function decode(text: string, field: Field): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
  return field.parts.map((p) => text.slice(p.start, p.end).replace(/\\(.)/g, (_, c: string) => map[c] ?? c)).join('');
}

/** From the first to the last non-empty string of a field (the `msgstr ""` that opens a wrapped string is left out). */
function span(field: Field): Segment {
  const parts = field.parts.filter((p) => p.end > p.start);
  const first = parts[0] ?? (field.parts[0] as Segment);
  const last = parts[parts.length - 1] ?? first;
  return { start: first.start, end: last.end };
}
