import type { Segment } from '../document/document.js';
import { InputError } from './errors.js';

// The line scan of a PO file (po.ts): where each string stands, entry by entry, which gettext-parser
// does not tell; po.ts checks what it finds against gettext-parser's reading of the same entries.

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
 * More msgstr strings in one entry than any language has plural forms (gettext's catalogues have at
 * most 6) are refused: gettext-parser copies an entry's list of strings for each one it adds, so
 * 100,000 forms in one entry took minutes.
 */
export const MAX_FORMS = 16;

/**
 * More entries in one catalogue than this are refused before any is read. Each entry becomes objects the
 * checker keeps to the end (its unit, its segment, the prose view's pieces; about 700 bytes an entry through
 * `check`, whatever its length), so memory follows the count of entries more than the file's size: 63 MB of
 * 2,000,000 entries took 2.1 GB. Real catalogues hold tens of thousands of entries; a larger one is split.
 */
export const MAX_ENTRIES = 500_000;

/** Where the entry past MAX_ENTRIES starts (its msgid line's offset), counted with a regular expression before any parsing. */
export function entryPastCap(text: string): number | undefined {
  // (a msgid at the start of a line starts an entry, or follows its msgctxt: counted either way once)
  const MSGID = /^[ \t]*msgid(?!\w)/gm;
  let count = 0;
  for (let m = MSGID.exec(text); m; m = MSGID.exec(text)) if (++count > MAX_ENTRIES) return m.index;
  return undefined;
}
export interface Field {
  key: string;
  index: number;
  line: number;
  /** Content ranges of its quoted strings, one per line. */
  parts: Segment[];
}

export interface Entry {
  fields: Field[];
  /** Where the line after its last string starts (a block of entries for gettext-parser ends there), and that line's number. */
  end: number;
  nextLine: number;
}

export interface CheckedEntry extends Entry {
  msgid: Field;
  msgctxt?: Field;
  plural?: Field;
  strs: Field[];
  /** msgctxt, U+0004 and msgid, as gettext keys messages. */
  key: string;
}

/**
 * The entries of a PO file in order, each given once the next starts (so a file is read entry by
 * entry, never held as a list of lines); comments (with obsolete entries) and blank lines are skipped.
 */
export function* scan(text: string, path: string | undefined): Generator<Entry> {
  let entry: Entry | undefined;
  let field: Field | undefined;
  let lineNo = 0;
  const ends = /\r\n?|\n/g;
  for (let start = 0; start < text.length; ) {
    lineNo++;
    ends.lastIndex = start;
    const eol = ends.exec(text);
    const next = eol ? eol.index + eol[0].length : text.length;
    const lineText = text.slice(start, eol ? eol.index : text.length);
    const lineStart = start;
    start = next;
    if (/^\s*(#.*)?$/.test(lineText)) continue;
    const m = stringLine(lineText);
    // gettext's `domain "name"` starts a second catalogue in the file, which the PO library does not read
    if (!m && /^[ \t]*domain[ \t]+"/.test(lineText)) throw new InputError(path, lineNo, 'a "domain" line: a file of several catalogues is not supported (split it into one .po file per domain)');
    if (!m) throw new InputError(path, lineNo, `not a PO line: ${lineText.trim().slice(0, 60)}`);
    const part = m.content && { start: lineStart + m.content[0], end: lineStart + m.content[1] };
    if (!m.key) {
      if (!field || !entry) throw new InputError(path, lineNo, 'a string that follows no keyword');
      if (part) field.parts.push(part);
    } else {
      const key = m.key.startsWith('msgstr') ? 'msgstr' : m.key;
      // msgctxt, or a msgid not preceded by its msgctxt, starts the next entry.
      if (!entry || key === 'msgctxt' || (key === 'msgid' && field?.key !== 'msgctxt')) {
        if (entry) yield entry;
        entry = { fields: [], end: 0, nextLine: 0 };
      }
      field = { key, index: m.index !== undefined ? Number(m.index) : 0, line: lineNo, parts: part ? [part] : [] };
      entry.fields.push(field);
    }
    entry.end = next;
    entry.nextLine = lineNo + 1;
  }
  if (entry) yield entry;
}

/** Each entry has one msgid and a msgstr, and no two entries share a msgctxt and msgid (`seen`: key to line). */
export function check(text: string, entry: Entry, seen: Map<string, number>, path: string | undefined): CheckedEntry {
  const { fields } = entry;
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
  return { ...entry, msgid, strs, key, ...(msgctxt ? { msgctxt } : {}), ...(plural ? { plural } : {}) };
}

/** A field's value as gettext-parser decodes it (\n, \t, \r; any other escaped character stands for itself). */
export function decode(text: string, field: Field): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
  return field.parts.map((p) => text.slice(p.start, p.end).replace(/\\(.)/g, (_, c: string) => map[c] ?? c)).join('');
}

