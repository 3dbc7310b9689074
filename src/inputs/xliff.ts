import { createDocument, type Document, type Segment, type Unit } from '../document/document.js';
import { suppressionsFrom } from './directives.js';
import { InputError } from './errors.js';
import { literalPieces, withProse } from './ranges.js';
import { scanXml } from './xml-scan.js';

/** XLIFF 1.2 inline elements whose content is the original file's native code, not text. */
const CODE = new Set(['ph', 'bpt', 'ept', 'it']);

/** Entity and character references; saxes has already checked they are well formed. */
const REFERENCE = /&[^;]*;/g;

interface Open {
  name: string;
  /** Offset just after the start tag. */
  contentStart: number;
}

interface PendingSegment {
  id?: string;
  source?: Segment;
  target?: Segment;
}

/**
 * XLIFF 1.2 (`<trans-unit>` with `<source>` and `<target>`) and 2.0 (`<unit>` with `<segment>`s).
 * The targets are the prose: their text, inline markup (`<g>`, `<x/>`, `<pc>`, `<mrk>`) left out
 * but the text inside it kept, native code inside `<ph>`, `<bpt>`, `<ept>`, `<it>` left out, entity
 * references split off. `units` give each translation's source and target content ranges; a 2.0 unit
 * with several segments gives one unit per segment, with ids `unit/segment` (or `unit/n`).
 * Alternatives (`<alt-trans>`) are not read. Throws `InputError` for XML that is not well formed
 * (see xml-scan.ts).
 */
export function parseXliff(text: string, path?: string): Document {
  const segments: Segment[] = [];
  const units: Unit[] = [];
  const stack: Open[] = [];
  let inTarget = 0;
  let inCode = 0;
  let unitId: string | undefined;
  let pending: PendingSegment[] = [];
  let current: PendingSegment | undefined;
  const local = (name: string) => name.slice(name.indexOf(':') + 1);
  const parent = () => (stack.length > 1 ? local((stack[stack.length - 2] as Open).name) : '');

  const comments = scanXml(text, path, {
    open(tag, contentStart, line) {
      stack.push({ name: tag.name, contentStart });
      const name = local(tag.name);
      if (stack.length === 1 && name !== 'xliff') throw new InputError(path, line, `not an XLIFF file: the root element is <${tag.name}>`);
      if (name === 'trans-unit' || name === 'unit') {
        unitId = tag.attributes.id ?? '';
        pending = [];
      }
      if (name === 'trans-unit' || (name === 'segment' && parent() === 'unit')) current = tag.attributes.id !== undefined && name === 'segment' ? { id: tag.attributes.id } : {};
      if (name === 'target' && isTranslation()) inTarget++;
      if (inTarget > 0 && CODE.has(name)) inCode++;
    },
    close(tag, position) {
      const open = stack[stack.length - 1] as Open;
      const contentEnd = tag.isSelfClosing ? open.contentStart : text.lastIndexOf('</', position - 1);
      const name = local(tag.name);
      const content = { start: open.contentStart, end: contentEnd };
      if (current && (name === 'source' || name === 'target') && isTranslation()) current[name] = content;
      if (name === 'target' && isTranslation()) inTarget--;
      if (inTarget > 0 && CODE.has(name)) inCode--;
      if (name === 'trans-unit' || name === 'segment') {
        if (current) pending.push(current);
        current = undefined;
      }
      if (name === 'trans-unit' || name === 'unit') {
        pending.forEach((seg, n) => {
          if (!seg.target) return;
          const id = pending.length === 1 || name === 'trans-unit' ? (unitId ?? '') : `${unitId ?? ''}/${seg.id ?? n + 1}`;
          units.push(seg.source ? { id, source: seg.source, target: seg.target } : { id, target: seg.target });
        });
        pending = [];
      }
      stack.pop();
    },
    text(start, end) {
      if (inTarget > 0 && inCode === 0) for (const s of literalPieces(text, start, end, REFERENCE)) segments.push(s);
    },
    cdata(start, end) {
      if (inTarget > 0 && inCode === 0) segments.push({ start, end });
    },
  });

  /** The element on top of the stack is a unit's own source or target, not one in `<alt-trans>`. */
  function isTranslation(): boolean {
    const p = parent();
    return p === 'trans-unit' || p === 'segment';
  }

  const suppressions = suppressionsFrom(text, comments);
  return createDocument(text, {
    ...(path !== undefined ? { path } : {}),
    segments: withProse(text, segments),
    ...(suppressions.length > 0 ? { suppressions } : {}),
    units,
    format: 'xliff',
  });
}
