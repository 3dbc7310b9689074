import { createDocument, type Document, type Segment, type Unit } from '../document/document.js';
import { suppressionsFrom } from './directives.js';
import { declaredEntities, decodeXmlReference, XML_REFERENCE } from './entities.js';
import { InputError } from './errors.js';
import { untranslatable } from './lang-attribute.js';
import { withProse } from './ranges.js';
import { ProseView } from './view.js';
import { TargetCode } from './xliff-code.js';
import { scanXml } from './xml-scan.js';

/** XLIFF 1.2 inline elements whose content is the original file's native code, not text. */
const CODE = new Set(['ph', 'bpt', 'ept', 'it']);
/**
 * HTML carried as text in a target (Okapi's JSON and HTML subfilters write `&lt;p&gt;`, a CDATA section
 * `<p>`): its tags are markup of the content, not prose, so they read as blank, attributes and all (the
 * quotation marks of `style="..."` are no quotation); the text between them is read as usual. An
 * attribute never runs over a `&lt;`: a tag left open would otherwise be looked for up to the end of the
 * target from every `&lt;` (quadratic in a long target of `&lt;` never closed).
 */
const ESCAPED_TAG = /&lt;\/?[A-Za-z][\w:.-]*(?:\s(?:[^&<>]|&(?!gt;|lt;))*?)?\/?&gt;/g;
const RAW_TAG = /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*?)?\/?>/g;

/**
 * XLIFF 1.2 `datatype`s of documents (web pages, articles) rather than an application's strings: the
 * rules that look for a story's page furniture run on these only (Document.kind).
 */
const DOCUMENT_TYPES = /^(?:html|htmlbody|xhtml|xml|sgml|plaintext|rtf|richtext|x-html|x-xhtml|x-xml|x-dita|x-docx|x-odt|x-idml|x-markdown|x-md)/i;

interface Open {
  name: string;
  /** Offset just after the start tag. */
  contentStart: number;
  /** `mid` of a `<mrk mtype="seg">` (XLIFF 1.2 segmentation), else undefined. */
  seg?: string;
  /** A `<g>` or `<pc>` in a target whose type says its content is code (xliff-code.ts). */
  code?: true;
  /** Inside a file, group or unit marked `translate="no"` (the nearest that says decides). */
  untranslated?: true;
}

/** The elements whose `translate` says whether the units in them are to be translated. */
const TRANSLATABLE = new Set(['file', 'group', 'unit', 'trans-unit']);

interface PendingSegment {
  id?: string;
  source?: Segment;
  target?: Segment;
}

/**
 * XLIFF 1.2 (`<trans-unit>` with `<source>` and `<target>`, SDLXLIFF too) and 2.x (`<unit>` with
 * `<segment>`s). Each target is one segment of prose: its tags (`<g>`, `<x/>`, `<pc>`, `<mrk>`,
 * `<sm/>` …) read as blank in the prose view and its entity references as their characters (see
 * view.ts), so `<g id="1">Keir</g> Starrer` reads as the plain sentence; the native code inside 1.2's
 * `<ph>`, `<bpt>`, `<ept>`, `<it>` is not prose, nor is text its codes mark as code (`<g ctype="x-code">`,
 * `<bpt ctype="x-codeph">` … `<ept>`, `&lt;code&gt;`, a 2.x `<pc subType="my:code">`: xliff-code.ts), as
 * the HTML reader leaves out `<code>`, nor text marked not to be translated (1.2's `<mrk
 * mtype="protected">`, 2.x's `<mrk translate="no">`), nor the target of a unit that a `translate="no"`
 * on it or its group or file marks so (such a unit gives no unit either). Attribute values are never
 * read. The units keep every code.
 *
 * `units` pair each translation's source and target content for the bilingual rules: a 2.x unit with
 * several segments gives one unit per segment (`unit/segment`, or `unit/n`); a 1.2 unit segmented with
 * `<seg-source>` and `<mrk mtype="seg" mid="…">` gives one unit per segment (`unit/mid`), pairing the
 * seg-source's segment with the target's segment of the same mid, so a target segment is never held
 * against the whole unsegmented `<source>`. Alternatives (`<alt-trans>`) and matches are not read.
 * Throws `InputError` for XML that is not well formed (see xml-scan.ts).
 */
export function parseXliff(text: string, path?: string): Document {
  const segments: Segment[] = [];
  const units: Unit[] = [];
  const view = new ProseView(text);
  const stack: Open[] = [];
  let inTarget = 0;
  let inCode = 0;
  // code a target's inline elements mark (`<g ctype="x-code">`, `&lt;code&gt;`), and where the target began
  const code = new TargetCode();
  let targetStart = 0;
  // the text left out as code, in order (Document.code)
  const codeText: { start: number; end: number }[] = [];
  let inSegSource = 0;
  let unitId: string | undefined;
  let pending: PendingSegment[] = [];
  let current: PendingSegment | undefined;
  let run: Segment | undefined;
  let documents = false;
  const languages: { source?: string; target?: string } = {};
  // 1.2 segmentation of the current trans-unit: mid -> source and target segment content
  let segSources = new Map<string, Segment>();
  let segTargets = new Map<string, Segment>();
  // entities the internal subset declares: never expanded, and not read as HTML's of the same name (`&prod;`)
  let declared: Set<string> | undefined;
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  const parent = () => (stack.length > 1 ? local((stack[stack.length - 2] as Open).name) : '');

  const comments = scanXml(text, path, {
    open(tag, contentStart, line) {
      const name = local(tag.name);
      const seg = name === 'mrk' && tag.attributes.mtype === 'seg' ? (tag.attributes.mid ?? '') : undefined;
      const said = TRANSLATABLE.has(name) && tag.attributes.translate !== undefined;
      const untranslated = said ? untranslatable(tag.attributes) : stack[stack.length - 1]?.untranslated === true;
      stack.push({ name: tag.name, contentStart, ...(seg !== undefined ? { seg } : {}), ...(untranslated ? { untranslated } : {}) });
      if (stack.length === 1 && name !== 'xliff') throw new InputError(path, line, `not an XLIFF file: the root element is <${tag.name}>`);
      if (name === 'file' && DOCUMENT_TYPES.test(tag.attributes.datatype ?? '')) documents = true;
      const a = tag.attributes;
      if (name === 'xliff' || name === 'file') {
        const src = a.srcLang ?? a['source-language'];
        const trg = a.trgLang ?? a['target-language'];
        if (src) languages.source = src;
        if (trg) languages.target = trg;
      }
      if (name === 'trans-unit' || name === 'unit') {
        unitId = tag.attributes.id ?? '';
        pending = [];
        segSources = new Map();
        segTargets = new Map();
      }
      if (name === 'trans-unit' || (name === 'segment' && parent() === 'unit')) current = tag.attributes.id !== undefined && name === 'segment' ? { id: tag.attributes.id } : {};
      if (name === 'seg-source' && parent() === 'trans-unit') inSegSource++;
      if (name === 'target' && isTranslation()) {
        inTarget++;
        run = undefined;
        code.reset();
        targetStart = contentStart;
        // the target of a unit not to be translated is the original's: not read at all
        if (untranslated) inCode++;
      } else if (inTarget > 0) {
        const said = code.tag(name, tag.attributes);
        if (said === 'element') (stack[stack.length - 1] as Open).code = true;
        if (said === 'before') for (const span of view.retractFrom(targetStart)) codeText.push(span);
      }
      if (inTarget > 0 && CODE.has(name)) inCode++;
    },
    close(tag, position) {
      const open = stack[stack.length - 1] as Open;
      const contentEnd = tag.isSelfClosing ? open.contentStart : text.lastIndexOf('</', position - 1);
      const name = local(tag.name);
      const content = { start: open.contentStart, end: contentEnd };
      if (current && (name === 'source' || name === 'target') && isTranslation()) current[name] = content;
      if (open.seg !== undefined && inSegSource > 0) segSources.set(open.seg, content);
      if (open.seg !== undefined && inTarget > 0) segTargets.set(open.seg, content);
      if (name === 'seg-source' && inSegSource > 0) inSegSource--;
      if (name === 'target' && isTranslation()) {
        inTarget--;
        run = undefined;
        code.reset();
        if (open.untranslated) inCode--;
      }
      if (open.code) code.closeElement();
      if (inTarget > 0 && CODE.has(name)) inCode--;
      if (name === 'trans-unit' || name === 'segment') {
        if (current) pending.push(current);
        current = undefined;
      }
      // (a unit not to be translated gives the bilingual rules nothing: its target is rightly its source)
      if (open.untranslated && (name === 'trans-unit' || name === 'unit')) pending = [];
      else if (name === 'trans-unit' && segSources.size > 0 && segTargets.size > 0) for (const u of segmentUnits(unitId ?? '', segSources, segTargets)) units.push(u);
      else if (name === 'trans-unit' || name === 'unit') {
        pending.forEach((seg, n) => {
          if (!seg.target) return;
          const id = pending.length === 1 || name === 'trans-unit' ? (unitId ?? '') : `${unitId ?? ''}/${seg.id ?? n + 1}`;
          units.push(seg.source ? { id, source: seg.source, target: seg.target } : { id, target: seg.target });
        });
      }
      if (name === 'trans-unit' || name === 'unit') pending = [];
      stack.pop();
    },
    text(start, end) {
      if (inTarget === 0 || inCode > 0) return;
      betweenTags(start, end, ESCAPED_TAG, (a, z) => view.withEscapes(a, z, XML_REFERENCE, (ref) => decodeXmlReference(ref, declared)));
      extend(start, end);
    },
    cdata(start, end) {
      if (inTarget === 0 || inCode > 0) return;
      betweenTags(start, end, RAW_TAG, (a, z) => view.literal(a, z));
      extend(start, end);
    },
    doctype(body) {
      declared = declaredEntities(body);
    },
  });

  /**
   * Reads text[start, end) with `read`, but for the HTML tags `tag` finds in it, which stay blank, and
   * the code that the target's codes or those tags mark (`&lt;code&gt;ls -la&lt;/code&gt;`), which is left out.
   */
  function betweenTags(start: number, end: number, tag: RegExp, read: (a: number, z: number) => void): void {
    let at = start;
    const take = (a: number, z: number) => {
      if (!code.inCode) read(a, z);
      else if (z > a) codeText.push({ start: a, end: z });
    };
    for (const m of text.slice(start, end).matchAll(tag)) {
      take(at, start + (m.index ?? 0));
      code.htmlTag(m[0]);
      at = start + (m.index ?? 0) + m[0].length;
    }
    take(at, end);
  }

  /** One target is one segment: tags and code inside it only blank. */
  function extend(start: number, end: number): void {
    if (run) run.end = end;
    else segments.push((run = { start, end }));
  }

  /** The element on top of the stack is a unit's own source or target, not one in `<alt-trans>`. */
  function isTranslation(): boolean {
    const p = parent();
    return p === 'trans-unit' || p === 'segment';
  }

  const suppressions = suppressionsFrom(text, comments);
  const prose = view.build();
  return createDocument(text, {
    bom: false,
    ...(path !== undefined ? { path } : {}),
    segments: withProse(prose, segments),
    ...(suppressions.length > 0 ? { suppressions } : {}),
    units,
    format: 'xliff',
    escapes: view.escapes,
    // (in text order: code taken back when an isolated close came after it was found later than code inside a pair)
    ...(codeText.length > 0 ? { code: codeText.sort((p, q) => p.start - q.start) } : {}),
    prose,
    kind: documents ? 'story' : 'strings',
    ...(languages.source || languages.target ? { languages } : {}),
  });
}

/** The units of a segmented 1.2 trans-unit: each target segment with the source segment of its mid. */
function segmentUnits(unitId: string, sources: Map<string, Segment>, targets: Map<string, Segment>): Unit[] {
  const out: Unit[] = [];
  for (const [mid, target] of targets) {
    const source = sources.get(mid);
    const id = `${unitId}/${mid}`;
    out.push(source ? { id, source, target } : { id, target });
  }
  return out;
}
