import type { Document, Segment, Unit } from '../../document/document.js';
import { decodeXmlReference, UNKNOWN_ENTITY } from '../../inputs/entities.js';

/** A placeholder or inline tag in a unit's text; `key` is what must match between source and target. */
export interface Code {
  start: number;
  end: number;
  text: string;
  key: string;
  kind: 'tag' | 'brace' | 'printf';
  /** A printf conversion without an argument number (`%s`, not `%1$s`): its order matters. */
  positional?: boolean;
}

/** One side (source or target) of a unit, as it stands in the file. */
export interface Side {
  start: number;
  end: number;
  /** The file's text from start to end, markup and escapes included. */
  raw: string;
  /** Placeholders and inline tags, in order, with file offsets. */
  codes: Code[];
  /** Stretches that are not words of the translation: codes, entity references, backslash escapes. */
  masked: Segment[];
}

export interface UnitView {
  unit: Unit;
  source?: Side;
  target: Side;
}

/**
 * Characters a tag's attributes may take. The attribute loop below keeps a backtracking entry per
 * character (one alternative of two matched), and a 12 MB "tag" (`<b y=z y=z … >`) overflowed the
 * stack; a tag this long is not an inline code, and is read as text.
 */
export const MAX_TAG_ATTRIBUTES = 4096;
// Tags, raw (`<b>`, XLIFF's `<g id="1">`) or escaped as XLIFF writes HTML inside text (`&lt;b&gt;`).
const TAG = String.raw`(?:<|&lt;)(?<close>\/?)(?<name>[A-Za-z][\w:.-]*)(?<attrs>(?:\s(?:[^<>&]|&(?!gt;|lt;)){0,${MAX_TAG_ATTRIBUTES - 1}}?)?)(?<self>\/?)(?:>|&gt;)`;
// {{name}} (i18next, Handlebars), ${name}, {name}, {0}, {0,number,#.#}; ICU plural bodies are not codes.
const BRACE = String.raw`\{\{\s*[\w.$-]+\s*\}\}|\$\{[\w.]+\}|\{\s*[\w.$-]+\s*(?:,[\w#.,\s]*)?\}`;
// printf: %s, %d, %1$d, %(name)s, %.2f, %-5s. No space flag, so "5 % der" is not "% d"; "%%" is a literal percent.
// (Each of these reads a run of characters one way only, so a long run never closed costs its length, not its
// square: a width does not begin with 0, which is a flag; a brace's options take spaces in one class; a native
// code's attributes stop at "<".)
const PRINTF = String.raw`%%|%(?:\((?<pname>\w+)\)|(?<pnum>\d+)\$)?[-+0#]*(?:[1-9]\d*|\*)?(?:\.\d+)?(?:hh|h|ll|l|L|q|j|z|t)?[diouxXeEfFgGaAcspn@]`;
// XLIFF 1.2 native-code elements with their content (`<ph id="2">&lt;br/&gt;</ph>`) are one code each.
const NATIVE = String.raw`<(?<xname>ph|bpt|ept|it)(?:\s[^<>]*)?>[^<]*<\/\k<xname>>`;
const CODE = new RegExp(`(?<native>${NATIVE})|(?<tag>${TAG})|(?<brace>${BRACE})|(?<printf>${PRINTF})`, 'gu');
const ENTITY = /&(?:#\d+|#x[0-9a-fA-F]+|\w+);/g;
const ESCAPE = /\\(?:[0-7]{1,3}|x[0-9a-fA-F]+|.)/g;

/**
 * The units of a bilingual document with their codes found; empty for documents without units. Units
 * the file marks fuzzy (unfinished, see Unit.fuzzy) are left out unless `fuzzy` asks for them.
 */
export function unitViews(doc: Document, options: { fuzzy?: boolean } = {}): UnitView[] {
  return (doc.units ?? []).filter((u) => options.fuzzy || !u.fuzzy).map((unit) => {
    const view: UnitView = { unit, target: side(doc, unit.target) };
    if (unit.source) view.source = side(doc, unit.source);
    return view;
  });
}

function side(doc: Document, seg: Segment): Side {
  const raw = doc.text.slice(seg.start, seg.end);
  const codes: Code[] = [];
  const masked: Segment[] = [];
  for (const m of raw.matchAll(CODE)) {
    const g = m.groups ?? {};
    const start = seg.start + (m.index ?? 0);
    const end = start + m[0].length;
    masked.push({ start, end });
    if (m[0] === '%%') continue;
    // XLIFF's own markup: annotations (<mrk>, <sm/>, <em/>) are not codes; a code is known by its name and id, not by free-text attributes
    const xliff = doc.format === 'xliff' && m[0].startsWith('<');
    if (xliff && g.tag && XLIFF_ANNOTATION.test(g.name ?? '')) continue;
    if (g.native) codes.push({ start, end, text: m[0], key: m[0].replace(/\s+/g, ' '), kind: 'tag' });
    else if (g.tag) codes.push({ start, end, text: m[0], key: xliff ? xliffKey(g) : tagKey(g), kind: 'tag' });
    else if (g.brace) codes.push({ start, end, text: m[0], key: m[0].replace(/\s+/g, ''), kind: 'brace' });
    else codes.push({ start, end, text: m[0], key: m[0], kind: 'printf', ...(g.pname || g.pnum ? {} : { positional: true }) });
  }
  const escapes = doc.format === 'po' ? ESCAPE : doc.format === 'tsv' ? undefined : ENTITY;
  if (escapes) for (const m of raw.matchAll(escapes)) masked.push({ start: seg.start + (m.index ?? 0), end: seg.start + (m.index ?? 0) + m[0].length });
  masked.sort((a, b) => a.start - b.start);
  return { start: seg.start, end: seg.end, raw, codes, masked };
}

/** XLIFF 1.2 and 2 annotation elements: marked spans, not codes of the original format. */
const XLIFF_ANNOTATION = /^(?:\w+:)?(?:mrk|sm|em)$/;

/** An XLIFF inline code's identity: its name, its id and its form (`<x id="1"/>`, `</pc>`); other attributes are free text. */
function xliffKey(g: Record<string, string | undefined>): string {
  const id = /(?:^|\s)id\s*=\s*["']([^"']*)["']/.exec(g.attrs ?? '')?.[1];
  return `<${g.close ?? ''}${(g.name ?? '').toLowerCase()}${id !== undefined ? ` id="${id}"` : ''}${g.self ?? ''}>`;
}

/** `<g id="1">` and `&lt;g id=&quot;1&quot;&gt;` are the same tag: name, attributes (decoded, spacing ignored), form. */
function tagKey(g: Record<string, string | undefined>): string {
  const attrs = (g.attrs ?? '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s*=\s*/g, '=')
    .replace(/\s+/g, ' ')
    .trim();
  return `<${g.close ?? ''}${(g.name ?? '').toLowerCase()}${attrs ? ` ${attrs}` : ''}${g.self ?? ''}>`;
}

/** The side's text with masked stretches replaced by spaces (same length, so offsets still hold). */
export function plainText(s: Side): string {
  let out = '';
  let at = s.start;
  for (const m of s.masked) {
    if (m.start < at) continue;
    out += s.raw.slice(at - s.start, m.start - s.start) + ' '.repeat(m.end - m.start);
    at = m.end;
  }
  return out + s.raw.slice(at - s.start);
}

/** A side's text as its words read (see decodedText), and where each character of it stands in the file. */
export interface DecodedText {
  text: string;
  /** The file offset where text[i] begins. */
  startOf(i: number): number;
  /** The file offset where text[i] ends. */
  endOf(i: number): number;
}

const ONE_REFERENCE = /^&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*);$/;

/**
 * The side's text with codes and escapes blanked as plainText blanks them, but a character or entity
 * reference read as the character it stands for (`4&#160;000` reads "4 000", `1&#44;5` reads "1,5",
 * where blanks would make two numbers of each): not the same length as the side, so each character's
 * place in the file is kept. Linear in the side's length.
 */
export function decodedText(s: Side): DecodedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const plain = (from: number, to: number) => {
    text += s.raw.slice(from - s.start, to - s.start);
    for (let k = from; k < to; k++) (starts.push(k), ends.push(k + 1));
  };
  let at = s.start;
  for (const m of s.masked) {
    if (m.start < at) continue;
    plain(at, m.start);
    const ref = s.raw.slice(m.start - s.start, m.end - s.start);
    const value = ONE_REFERENCE.test(ref) ? decodeXmlReference(ref) : undefined;
    if (value !== undefined && value !== UNKNOWN_ENTITY && value.length === 1 && !/[\r\n]/.test(value)) {
      text += value;
      starts.push(m.start);
      ends.push(m.end);
    } else {
      text += ' '.repeat(m.end - m.start);
      for (let k = m.start; k < m.end; k++) (starts.push(k), ends.push(k + 1));
    }
    at = m.end;
  }
  plain(at, s.end);
  return { text, startOf: (i) => starts[i] ?? s.end, endOf: (i) => ends[i] ?? s.end };
}
