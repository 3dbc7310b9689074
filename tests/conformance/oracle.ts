/**
 * Where a finding may not start or end: markup, codes, attributes and source-language text, found
 * independently of the input formats (a small scanner per format, written for this check only), so a
 * mistake in an input format shows here instead of being repeated. A finding may span inline markup
 * ("<b>Keir</b> Starrer"), but its first and last characters must be prose, and it may not cut an
 * entity or escape in two.
 */
import { Parser } from 'htmlparser2';
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';

export interface Oracle {
  /** Offsets that are not prose: markup, codes, source text (1), the tail of an escape (ESCAPE_TAIL). */
  forbidden: Uint8Array;
  /** Ranges "start:end" a finding about a whole translation unit may cover (a target's content). */
  wholeUnits: Set<string>;
}

/** The mark of the characters of an escape after its first (`"` of `\\"`): see `inMarkup`. */
export const ESCAPE_TAIL = 2;

/**
 * A finding over text[s, e) starts or ends in markup: it starts on a marked character, or ends on one
 * that is not the last of an escape (a finding may cover an escape whole).
 */
export function inMarkup(oracle: Oracle, s: number, e: number): boolean {
  const { forbidden } = oracle;
  return forbidden[s] !== 0 || forbidden[e - 1] === 1 || (forbidden[e - 1] === ESCAPE_TAIL && forbidden[e] === ESCAPE_TAIL);
}

/** Marks text[from, to) in `bad`. */
function mark(bad: Uint8Array, from: number, to: number): void {
  bad.fill(1, Math.max(0, from), Math.max(0, Math.min(bad.length, to)));
}

/** Entities (`&amp;`, `&#160;`): a finding may cover one whole, never start or end inside it. */
function markEntityInsides(text: string, bad: Uint8Array, from = 0, to = text.length, isEntity: (e: string) => boolean = () => true): void {
  for (const m of text.slice(from, to).matchAll(/&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi)) {
    if (!isEntity(m[0])) continue;
    const s = from + (m.index ?? 0);
    mark(bad, s + 1, s + m[0].length - 1);
  }
}

const htmlEntities = new Map<string, boolean>();
/** Whether HTML decodes `&name;` (an unknown name such as `&ammmp;` is text). */
function isHtmlEntity(entity: string): boolean {
  let known = htmlEntities.get(entity);
  if (known === undefined) {
    let decoded = '';
    new Parser({ ontext: (t) => (decoded += t) }, { decodeEntities: true }).end(entity);
    known = decoded !== entity;
    htmlEntities.set(entity, known);
  }
  return known;
}

/**
 * A whole-unit finding covers the target's content, from its first non-space character (the engine
 * starts every finding there) or not, to its end with or without trailing space.
 */
function addWhole(units: Set<string>, text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  for (const a of [from, s]) for (const b of [to, e]) units.add(`${a}:${b}`);
}

interface XmlTag {
  name: string;
  start: number;
  end: number;
  kind: 'open' | 'close' | 'empty';
}

/** A minimal XML tokenizer: tags (attribute quotes respected), comments, CDATA, PIs, DOCTYPE. */
function xmlTags(text: string, bad: Uint8Array): XmlTag[] {
  const tags: XmlTag[] = [];
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    let end: number;
    if (text.startsWith('<!--', i)) end = indexAfter(text, '-->', i + 4);
    else if (text.startsWith('<![CDATA[', i)) {
      mark(bad, i, i + 9);
      const close = text.indexOf(']]>', i + 9);
      end = close < 0 ? text.length : close + 3;
      mark(bad, close < 0 ? text.length : close, end);
      i = text.indexOf('<', end);
      continue;
    } else if (text.startsWith('<?', i)) end = indexAfter(text, '?>', i + 2);
    else if (text.startsWith('<!', i)) {
      let depth = 0;
      let j = i + 2;
      for (; j < text.length; j++) {
        const c = text[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      end = j + 1;
    } else {
      let j = i + 1;
      let quote = '';
      for (; j < text.length; j++) {
        const c = text[j] as string;
        if (quote) {
          if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      end = j + 1;
      const raw = text.slice(i, end);
      const name = (/^<\/?([^\s/>]+)/.exec(raw)?.[1] ?? '').replace(/^.*:/, '');
      tags.push({ name, start: i, end, kind: raw.startsWith('</') ? 'close' : raw.endsWith('/>') ? 'empty' : 'open' });
    }
    mark(bad, i, end);
    i = text.indexOf('<', end);
  }
  return tags;
}

function indexAfter(text: string, needle: string, from: number): number {
  const at = text.indexOf(needle, from);
  return at < 0 ? text.length : at + needle.length;
}

/** XLIFF codes whose content is the original file's native data. */
const XLIFF_CODES = new Set(['ph', 'bpt', 'ept', 'it', 'originalData']);
/** Elements whose targets are not the file's translation (alternatives, matches). */
const XLIFF_OTHER = new Set(['alt-trans', 'match', 'matches']);

/** XLIFF: only the content of a unit's own `<target>` is prose, without codes' native data. */
function xliffOracle(text: string): Oracle {
  const bad = new Uint8Array(text.length);
  const tags = xmlTags(text, bad);
  const allowed = new Uint8Array(text.length);
  const wholeUnits = new Set<string>();
  const stack: { name: string; contentStart: number; segment: boolean }[] = [];
  let inTarget = 0;
  let inCode = 0;
  let inOther = 0;
  let prevEnd = 0;
  for (const t of tags) {
    if (inTarget > 0 && inCode === 0 && inOther === 0) mark(allowed, prevEnd, t.start);
    prevEnd = t.end;
    if (t.kind === 'open') {
      stack.push({ name: t.name, contentStart: t.end, segment: t.name === 'mrk' && /\smtype\s*=\s*["']seg["']/.test(text.slice(t.start, t.end)) });
      if (t.name === 'target') inTarget++;
      if (XLIFF_CODES.has(t.name)) inCode++;
      if (XLIFF_OTHER.has(t.name)) inOther++;
    } else if (t.kind === 'close') {
      const open = stack.pop();
      if (t.name === 'target') {
        inTarget--;
        if (open && inOther === 0) addWhole(wholeUnits, text, open.contentStart, t.start);
      }
      // a segmented XLIFF 1.2 target: each <mrk mtype="seg"> is a unit of its own
      if (open?.segment && inTarget > 0 && inOther === 0) addWhole(wholeUnits, text, open.contentStart, t.start);
      if (XLIFF_CODES.has(t.name)) inCode--;
      if (XLIFF_OTHER.has(t.name)) inOther--;
    }
  }
  for (let i = 0; i < text.length; i++) if (!allowed[i]) bad[i] = 1;
  markEntityInsides(text, bad);
  return { forbidden: bad, wholeUnits };
}

/** NITF, NewsML-G2: tags, attributes, comments, PIs and entity insides. */
function newsOracle(text: string): Oracle {
  const bad = new Uint8Array(text.length);
  xmlTags(text, bad);
  markEntityInsides(text, bad);
  return { forbidden: bad, wholeUnits: new Set() };
}

/** Elements whose content is code, data or raw text in HTML, never prose. */
const HTML_RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);

/** HTML: tags, comments, raw-text and RCDATA elements' content, entity insides; `base` for a fragment. */
function htmlMarks(text: string, bad: Uint8Array, base = 0): void {
  let rawFrom = -1;
  let rawName = '';
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        mark(bad, base + parser.startIndex, base + parser.endIndex + 1);
        if (name === 'plaintext') mark(bad, base + parser.endIndex + 1, base + text.length);
        if (HTML_RAW.has(name) && rawFrom < 0) {
          rawFrom = parser.endIndex + 1;
          rawName = name;
        }
      },
      onclosetag(name) {
        if (name === rawName && rawFrom >= 0) {
          mark(bad, base + rawFrom, base + parser.startIndex);
          rawFrom = -1;
        }
        mark(bad, base + parser.startIndex, base + parser.endIndex + 1);
      },
      oncomment() {
        mark(bad, base + parser.startIndex, base + parser.endIndex + 1);
      },
      onprocessinginstruction() {
        mark(bad, base + parser.startIndex, base + parser.endIndex + 1);
      },
    },
    { decodeEntities: true },
  );
  parser.end(text);
  if (rawFrom >= 0) mark(bad, base + rawFrom, base + text.length);
  markEntityInsides(text, bad.subarray(base, base + text.length), 0, text.length, isHtmlEntity);
}

function htmlOracle(text: string): Oracle {
  const bad = new Uint8Array(text.length);
  htmlMarks(text, bad);
  return { forbidden: bad, wholeUnits: new Set() };
}

type MarkdownEvent = ReturnType<typeof postprocess>[number];

/** Markdown constructs that are code, addresses or markup. */
const MD_NOT_PROSE = new Set(['codeText', 'codeFenced', 'codeIndented', 'htmlText', 'resourceDestination', 'resourceTitle', 'autolink', 'definition', 'literalAutolink']);

function markdownOracle(text: string): Oracle {
  const bad = new Uint8Array(text.length);
  const events: MarkdownEvent[] = postprocess(parse({ extensions: [gfm(), frontmatter(['yaml', 'toml'])] }).document().write(preprocess()(text, undefined, true)));
  for (const [kind, token] of events) {
    if (kind !== 'enter') continue;
    const { offset: s } = token.start;
    const { offset: e } = token.end;
    if (MD_NOT_PROSE.has(token.type)) mark(bad, s, e);
    else if (token.type === 'htmlFlow') htmlMarks(text.slice(s, e), bad, s);
    else if (token.type === 'characterReference' || token.type === 'characterEscape') mark(bad, s + 1, e - 1);
  }
  return { forbidden: bad, wholeUnits: new Set() };
}

/** PO: only the quoted content of msgstr strings is prose; escapes may not be cut. */
function poOracle(text: string): Oracle {
  const bad = new Uint8Array(text.length).fill(1);
  const wholeUnits = new Set<string>();
  let inMsgstr = false;
  let first = -1;
  let last = -1;
  const flush = () => {
    if (first >= 0) addWhole(wholeUnits, text, first, last);
    first = last = -1;
  };
  let at = 0;
  for (const line of text.split(/(?<=\r\n|\n|\r(?!\n))/)) {
    const body = line.replace(/\r?\n$|\r$/, '');
    const m = /^\s*(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)?\s*"(.*)"\s*$/.exec(body);
    if (m) {
      if (m[1]) {
        flush();
        inMsgstr = m[1].startsWith('msgstr');
      }
      if (inMsgstr) {
        const s = at + body.indexOf('"', m[1] ? body.indexOf(m[1]) + m[1].length : 0) + 1;
        const e = s + (m[2] as string).length;
        bad.fill(0, s, e);
        // an escape's characters after its backslash: a finding may cover the escape whole (ending on its
        // last character), never start after its backslash nor end before its last character (ESCAPE_TAIL)
        for (const esc of (m[2] as string).matchAll(/\\(?:[0-7]{1,3}|x[0-9a-fA-F]+|.)/g)) bad.fill(ESCAPE_TAIL, s + (esc.index ?? 0) + 1, s + (esc.index ?? 0) + esc[0].length);
        if (e > s) {
          if (first < 0) first = s;
          last = e;
        }
      }
    } else if (!/^\s*(#.*)?$/.test(body)) inMsgstr = false;
    else if (/^\s*$/.test(body)) {
      flush();
      inMsgstr = false;
    }
    at += line.length;
  }
  flush();
  return { forbidden: bad, wholeUnits };
}

/** The oracle for a document of this format; undefined for formats where every character is text. */
export function oracleFor(format: string | undefined, text: string): Oracle | undefined {
  switch (format) {
    case 'xliff':
      return xliffOracle(text);
    case 'nitf':
    case 'newsml':
      return newsOracle(text);
    case 'html':
      return htmlOracle(text);
    case 'markdown':
      return markdownOracle(text);
    case 'po':
      return poOracle(text);
    default:
      return undefined;
  }
}
