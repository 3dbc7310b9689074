import { createRequire } from 'node:module';
import type { SaxesTagPlain } from 'saxes';
import { toEntry } from './entry.js';
import { GlossaryError } from './errors.js';
import { SOURCE_LANGS, type GlossaryEntry, type SourceLanguage } from './types.js';

// Loaded when a TBX glossary is read, as load.ts does for YAML and CSV: most runs read none.
const require = createRequire(import.meta.url);
const saxes = () => require('saxes') as typeof import('saxes');

/** Status values (TBX-Basic `administrativeStatus`, older `normativeAuthorization`), "-admn-sts" removed, lower case. */
const PREFERRED = new Set(['preferredterm', 'preferred', 'standardizedterm', 'regulatedterm', 'legalterm']);
const WRONG = new Set(['deprecatedterm', 'deprecated', 'supersededterm', 'superseded', 'notrecommended', 'forbiddenterm', 'forbidden', 'obsoleteterm']);
/** Concept-level (or English) fields that become the entry's note, in this order. */
const NOTE_FIELDS = ['subjectField', 'definition', 'note'] as const;
type NoteField = (typeof NOTE_FIELDS)[number];

interface TbxTerm {
  text: string;
  status: string;
  line: number;
}

interface Concept {
  id?: string;
  line: number;
  /** Terms by language tag as written (lower case): "en-us", "de". */
  terms: { lang: string; term: TbxTerm }[];
  notes: Partial<Record<NoteField, string>>;
}

interface Capture {
  kind: 'term' | 'status' | NoteField;
  depth: number;
  text: string;
}

/**
 * TBX (ISO 30042 TermBase eXchange): TBX-Basic and other dialects, v2 (`<martif>`, `termEntry`,
 * `langSet`, `tig`/`ntig`) and v3 (`<tbx>`, `conceptEntry`, `langSec`, `termSec`, with `termNote`
 * elements or DCT-style `<basic:administrativeStatus>`). Each concept with an English term becomes one
 * entry: the first preferred English term (else the first admitted or unmarked one) is the term, the
 * deprecated, superseded, not-recommended and forbidden English terms are its wrong variants, the other
 * preferred and admitted English terms become entries of their own with the same source terms (kept as
 * correct synonyms), and German, French and Spanish terms of any status become `source`. Subject field,
 * definition and note make the note. Concepts without an English term are skipped with a warning, and
 * so is an element where a concept should be that is not one (a misspelt <termEntry> beside good ones,
 * one warning per name with its first line and count); a file whose body holds elements but gives no
 * entry at all (a misspelt <termEntry>, <langSet>, <tig> or <term>) is refused, naming why.
 * Throws GlossaryError with the line for XML that is not well formed or not TBX.
 */
export function parseTbxEntries(text: string, file: string): { entries: GlossaryEntry[]; warnings: string[] } {
  const parser = new (saxes().SaxesParser)<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const concepts: Concept[] = [];
  const stack: string[] = [];
  let concept: Concept | undefined;
  let lang = '';
  let term: TbxTerm | undefined;
  let capture: Capture | undefined;
  /** The first element that is not the file's frame (root, header, text, body, back), and how deep the header or back is. */
  let content: { name: string; line: number } | undefined;
  /** Elements where a concept should be (in <body>, <text> or the root) that are not one, by name: first line and count. */
  const strays = new Map<string, { line: number; count: number }>();
  let stray: { name: string; line: number; depth: number; holds: boolean } | undefined;
  let frame = 0;
  const local = (name: string) => name.slice(name.indexOf(':') + 1);

  parser.on('error', (err) => {
    throw new GlossaryError(file, parser.line, `invalid XML: ${err.message.replace(/^\d+:\d+: /, '')}`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    const type = tag.attributes.type ?? '';
    stack.push(name);
    if (stack.length === 1 && name !== 'martif' && name !== 'tbx') {
      throw new GlossaryError(file, parser.line, `not a TBX file: the root element is <${tag.name}> (expected <martif> or <tbx>)`);
    }
    if (frame === 0 && HEADERS.has(name)) frame = stack.length;
    else if (frame === 0 && !FRAME.has(name)) {
      content ??= { name: tag.name, line: parser.line };
      const parent = stack[stack.length - 2];
      if (!concept && parent !== undefined && FRAME.has(parent) && !ENTRIES.has(name)) stray = { name: tag.name, line: parser.line, depth: stack.length, holds: false };
    }
    if (name === 'termEntry' || name === 'conceptEntry') {
      if (stray) stray.holds = true;
      concept = { line: parser.line, terms: [], notes: {}, ...(tag.attributes.id ? { id: tag.attributes.id } : {}) };
      lang = '';
    } else if (name === 'langSet' || name === 'langSec') lang = (tag.attributes['xml:lang'] ?? tag.attributes.lang ?? '').toLowerCase();
    else if (name === 'tig' || name === 'ntig' || name === 'termSec') term = { text: '', status: '', line: parser.line };
    if (capture || !concept) return;
    const kind = captureKind(name, type);
    if (kind === 'term' && term) term.line = parser.line;
    if (kind) capture = { kind, depth: stack.length, text: '' };
  });
  const onText = (t: string) => {
    if (capture) capture.text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = local(tag.name);
    if (capture && capture.depth === stack.length) {
      const value = capture.text.replace(/\s+/g, ' ').trim();
      if (capture.kind === 'term' && term) term.text = value;
      else if (capture.kind === 'status' && term) term.status = value;
      else if (concept && capture.kind !== 'term' && capture.kind !== 'status' && value !== '' && (lang === '' || isEnglish(lang))) {
        concept.notes[capture.kind] ??= value;
      }
      capture = undefined;
    }
    if ((name === 'tig' || name === 'ntig' || name === 'termSec') && term && concept) {
      if (term.text !== '') concept.terms.push({ lang, term });
      term = undefined;
    } else if (name === 'langSet' || name === 'langSec') lang = '';
    else if ((name === 'termEntry' || name === 'conceptEntry') && concept) {
      concepts.push(concept);
      concept = undefined;
    }
    if (frame === stack.length) frame = 0;
    if (stray && stray.depth === stack.length) {
      const seen = stray.holds ? undefined : strays.get(stray.name); // one that holds concepts lost nothing: they were read
      if (seen) seen.count++;
      else if (!stray.holds) strays.set(stray.name, { line: stray.line, count: 1 });
      stray = undefined;
    }
    stack.pop();
  });
  parser.write(text).close();

  const entries: GlossaryEntry[] = [];
  const warnings: string[] = [];
  for (const c of concepts) {
    const made = toEntries(c, file);
    if (made.length === 0) warnings.push(`${file}:${c.line}: concept${c.id ? ` "${c.id}"` : ''} has no preferred or admitted English term; skipped`);
    for (const e of made) entries.push(e);
  }
  if (entries.length === 0 && content) throw nothingRead(concepts, content, file);
  for (const [name, { line, count }] of strays) {
    const what = count === 1 ? `<${name}> is not a <termEntry> or <conceptEntry> element; its terms are` : `${count} <${name}> elements (the first here) are not <termEntry> or <conceptEntry> elements; their terms are`;
    warnings.push(`${file}:${line}: ${what} not read`);
  }
  return { entries, warnings };
}

/** The elements that frame the terms, and those whose content is never terms (header, back matter). */
const FRAME = new Set(['martif', 'tbx', 'text', 'body']);
const HEADERS = new Set(['martifHeader', 'tbxHeader', 'back']);
const ENTRIES = new Set(['termEntry', 'conceptEntry']);

/**
 * Why a TBX file whose body holds elements gave no entry, at the line of the first concept or, with none,
 * of the first element: a misspelt <termEntry>, <langSet>, <tig> or <term> is not read, and a glossary
 * read as empty would check nothing without a word. (A body with no element is an empty glossary.)
 */
function nothingRead(concepts: Concept[], content: { name: string; line: number }, file: string): GlossaryError {
  const first = concepts[0];
  if (!first) {
    return new GlossaryError(file, content.line, `no term read: no <termEntry> or <conceptEntry> element (the first element after the header is <${content.name}>)`);
  }
  const none = concepts.length === 1 ? 'its one concept has no' : `none of its ${concepts.length} concepts has a`;
  const terms = concepts.flatMap((c) => c.terms);
  const langs = [...new Set(terms.map((t) => (t.lang ? `in xml:lang "${t.lang}"` : 'outside a <langSet> or <langSec> naming its xml:lang')))];
  const why =
    terms.length === 0
      ? 'no <term> was read in a <tig>, <ntig> or <termSec> of a <langSet> or <langSec>'
      : terms.some((t) => isEnglish(t.lang))
        ? 'the English terms read are all deprecated, superseded, not recommended or forbidden'
        : `terms were read only ${langs.slice(0, 4).join(', ')}${langs.length > 4 ? ', …' : ''}; English is xml:lang "en" or "en-…"`;
  return new GlossaryError(file, first.line, `no term read: ${none} preferred or admitted English term (${why})`);
}

/** Which text an element holds: a term, a term's status, or one of the note fields. */
function captureKind(name: string, type: string): Capture['kind'] | undefined {
  if (name === 'term') return 'term';
  if (name === 'administrativeStatus' || name === 'normativeAuthorization') return 'status';
  if (name === 'termNote' && (type === 'administrativeStatus' || type === 'normativeAuthorization')) return 'status';
  if (name === 'descrip' && (type === 'subjectField' || type === 'definition')) return type;
  if (name === 'subjectField' || name === 'definition' || name === 'note') return name;
  return undefined;
}

function isEnglish(lang: string): boolean {
  return lang === 'en' || lang.startsWith('en-') || lang.startsWith('en_');
}

function statusOf(t: TbxTerm): 'preferred' | 'wrong' | 'admitted' {
  const s = t.status.toLowerCase().replace(/-admn-sts$/, '').replace(/[\s_-]/g, '');
  if (PREFERRED.has(s)) return 'preferred';
  if (WRONG.has(s)) return 'wrong';
  return 'admitted';
}

/** One entry for the main English term, one per English synonym; none without a usable English term. */
function toEntries(c: Concept, file: string): GlossaryEntry[] {
  const english = c.terms.filter((t) => isEnglish(t.lang)).map((t) => t.term);
  const good = [...english.filter((t) => statusOf(t) === 'preferred'), ...english.filter((t) => statusOf(t) === 'admitted')];
  const main = good[0];
  if (!main) return [];
  const source: Partial<Record<SourceLanguage, string[]>> = {};
  for (const { lang, term } of c.terms) {
    const code = SOURCE_LANGS.find((l) => lang === l || lang.startsWith(`${l}-`) || lang.startsWith(`${l}_`));
    if (!code) continue;
    const list = (source[code] ??= []);
    if (!list.includes(term.text)) list.push(term.text);
  }
  const note = NOTE_FIELDS.map((f) => c.notes[f]).filter((n): n is string => n !== undefined);
  const shared = {
    ...(Object.keys(source).length > 0 ? { source } : {}),
    ...(note.length > 0 ? { note: [...new Set(note)].join('; ') } : {}),
  };
  const variants = english.filter((t) => statusOf(t) === 'wrong' && t.text.toLowerCase() !== main.text.toLowerCase()).map((t) => t.text);
  const seen = new Set([main.text.toLowerCase()]);
  const entries = [toEntry({ term: main.text, variants, ...shared }, { file, line: c.line })];
  for (const syn of good.slice(1)) {
    if (seen.has(syn.text.toLowerCase())) continue;
    seen.add(syn.text.toLowerCase());
    entries.push(toEntry({ term: syn.text, ...shared }, { file, line: syn.line }));
  }
  return entries;
}
