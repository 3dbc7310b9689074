import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { CHUNK_CHARS, chunkSegments } from '../../src/engine/chunks.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { parseXml } from '../../src/inputs/xml.ts';
import { parseHtml } from '../../src/inputs/html.ts';

describe('chunkSegments', () => {
  it('keeps a normal document whole', () => {
    const doc = createDocument('Keir Starrer spoke.\n\nAgain.');
    expect(chunkSegments(doc)).toEqual([doc.segments]);
  });

  it('cuts a large text at paragraph breaks into parts that cover it exactly, none over the limit', () => {
    const para = 'Keir Starrer spoke to reporters in Kigali on Tuesday about migration. '.repeat(30) + '\n\n';
    const text = para.repeat(Math.ceil((CHUNK_CHARS * 3.5) / para.length));
    const parts = chunkSegments(createDocument(text));
    expect(parts.length).toBeGreaterThanOrEqual(4);
    const flat = parts.flat();
    expect(flat[0]!.start).toBe(0);
    expect(flat[flat.length - 1]!.end).toBe(text.length);
    for (let i = 1; i < flat.length; i++) expect(flat[i]!.start).toBe(flat[i - 1]!.end);
    for (const p of parts) {
      expect(p.reduce((n, s) => n + s.end - s.start, 0)).toBeLessThanOrEqual(CHUNK_CHARS);
      // every cut falls right after a paragraph break
      expect(text.slice(0, p[0]!.start).endsWith('\n\n') || p[0]!.start === 0).toBe(true);
    }
  });

  it('puts a segment that fits in a part whole into the next part, never cut at a space', () => {
    // many short segments (units of XLIFF, paragraphs of Markdown): none may straddle two parts
    const unit = 'The Foreign Ministry in Washington said so.';
    const segments = [];
    let text = '';
    while (text.length < CHUNK_CHARS * 2.5) {
      segments.push({ start: text.length, end: text.length + unit.length });
      text += unit + '\n';
    }
    const parts = chunkSegments(createDocument(text, { segments }));
    expect(parts.length).toBe(3);
    const flat = parts.flat();
    expect(flat).toEqual(segments);
  });

  it('finds the same errors in a large text as in its parts', () => {
    const checker = createChecker({ defaultGlossary: false, glossaries: [parseGlossary('[{"term":"Keir Starmer","variants":["Keir Starrer"]}]', 'json', 'g.json')] });
    const para = 'Then Keir Starrer spoke to reporters. '.repeat(50) + '\n\n';
    const text = para.repeat(Math.ceil((CHUNK_CHARS * 2.2) / para.length));
    const { findings } = checker.check(text);
    expect(findings.length).toBe(text.split('Keir Starrer').length - 1);
    for (const f of findings) expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe('Keir Starrer');
  });
});

describe('a cut with no break to fall on', () => {
  // one paragraph of escapes and words with no space or line break: the cut falls where the part is full
  const run = '&#x201C;&amp;Cnn&quot;';
  const text = `<doc><p>${run.repeat(Math.ceil((CHUNK_CHARS * 2.5) / run.length))}</p></doc>\n`;
  const doc = parseXml(text, 'a.xml');

  it('never falls inside an escape: each part starts and ends between escapes', () => {
    const parts = chunkSegments(doc);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    const escapes = doc.escapes ?? [];
    expect(escapes.length).toBeGreaterThan(1000);
    const inside = (at: number) => escapes.some((e) => e.start < at && at < e.end);
    for (const p of parts) {
      expect(inside(p[0]!.start)).toBe(false);
      expect(inside(p[p.length - 1]!.end)).toBe(false);
    }
    const flat = parts.flat();
    for (let i = 1; i < flat.length; i++) expect(flat[i]!.start).toBe(flat[i - 1]!.end);
  });

  it('so no finding covers part of an escape', () => {
    const checker = createChecker({ defaultGlossary: false, rules: ['artefact/quotes'] });
    const partial = checker.check(doc).findings.filter((f) => !/^&[#\w]+;$/.test(f.text) && f.text.startsWith('&'));
    expect(partial.map((f) => [f.text, f.range.start.offset])).toEqual([]);
  });

  // a page of paragraphs `He said "type <code>ls</code> now" ...` over 256 KB: whichever paragraph the cut
  // reaches, the segments inline code parts go into the same part, and no quotation is cut in two
  it.each([0, 1, 2, 5, 6])('does not cut between segments that only inline code parts (%i words more a paragraph)', (more) => {
    const paras = Array.from({ length: 5600 }, (_, i) => `<p>On day ${i} the clerk said "type <code>ls -l</code> now" and we went${' on'.repeat(more)}.</p>`);
    const text = `<html><body>\n${paras.join('\n')}\n</body></html>\n`;
    const doc = parseHtml(text, 'big.html');
    const parts = chunkSegments(doc);
    expect(parts.length).toBeGreaterThan(1);
    for (let k = 1; k < parts.length; k++) expect(text.slice(parts[k - 1]!.at(-1)!.end, parts[k]![0]!.start)).toMatch(/<\/p>/);
    expect(parts.flat()).toEqual(doc.segments);
    expect(createChecker({ rules: ['artefact/quotes'], defaultGlossary: false }).check(doc).findings).toEqual([]);
  });
});

describe('one long paragraph that inline code parts into thousands of segments', () => {
  // `<p>run <code>ls</code> now run <code>ls</code> now …</p>` of 960 KB: every segment is joined to the
  // next, so no cut can fall between two sentences; the parts are cut where they are full, as a long
  // segment is, not one segment each (carrying the whole run back at each overflow was quadratic)
  it('cuts it into parts at least half full, covering it exactly', () => {
    const text = `<html><body><p>${'run <code>ls</code> now '.repeat(40_000)}</p></body></html>\n`;
    const doc = parseHtml(text, 'long.html');
    expect(doc.segments.length).toBeGreaterThan(40_000);
    const parts = chunkSegments(doc);
    const sizes = parts.map((p) => p.reduce((n, s) => n + s.end - s.start, 0));
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(parts.length).toBeLessThanOrEqual(Math.ceil(total / (CHUNK_CHARS / 2)));
    for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThanOrEqual(CHUNK_CHARS / 2);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(CHUNK_CHARS);
    expect(parts.flat()).toEqual(doc.segments);
  });
});
