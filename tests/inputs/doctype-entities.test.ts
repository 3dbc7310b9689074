import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { declaredEntities, UNKNOWN_ENTITY } from '../../src/inputs/entities.ts';
import { inputFormats } from '../../src/inputs/index.ts';
import { translint } from '../helpers/cli.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A DOCTYPE's internal subset may declare entities; no reader here expands one (no DTD is read, no
// file or URL opened): a reference to a declared entity reads as a sign that is no word, whatever
// the name, and each range still slices the file.

const LAUGHS = `<!ENTITY a0 "ha">\n${Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`).join('\n')}\n`;

/** A document of `format` with `subset` as its internal subset and `para` as its one paragraph of prose. */
function wrap(format: 'xliff' | 'xml' | 'nitf', subset: string, para: string): string {
  const root = format === 'xml' ? 'doc' : format;
  const head = `<?xml version="1.0"?>\n<!DOCTYPE ${root} [\n${subset}]>\n`;
  if (format === 'xliff') return `${head}<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="o"><body>\n<trans-unit id="1"><source>Quelle</source><target>${para}</target></trans-unit></body></file></xliff>\n`;
  if (format === 'nitf') return `${head}<nitf><body><body.content><p>${para}</p></body.content></body></nitf>\n`;
  return `${head}<doc><p>${para}</p></doc>\n`;
}

const checker = createChecker({ defaultGlossary: false, rules: ['artefact/repeated-word'] });

describe('entities an internal subset declares', () => {
  it.each([
    // [what, subset, the reference, what it reads as]
    ['an internal entity named like an HTML one', '<!ENTITY prod "Acme Widget">\n', '&prod;', UNKNOWN_ENTITY],
    ['entities that expand to entities (billion laughs)', LAUGHS, '&a9;', UNKNOWN_ENTITY],
    ['an external entity', '<!ENTITY secret SYSTEM "file:///etc/passwd">\n', '&secret;', UNKNOWN_ENTITY],
    ['an external parameter entity used in the subset', '<!ENTITY % ext SYSTEM "file:///etc/passwd">\n%ext;\n', '&mdash;', '—'],
    ['a declaration inside a comment, which declares nothing', '<!-- <!ENTITY mdash "x"> -->\n', '&mdash;', '—'],
    ['a declaration inside an entity value, which declares nothing', `<!ENTITY note "<!ENTITY hellip 'x'>">\n`, '&hellip;', '…'],
    ['a parameter entity of the same name, which is not a general one', '<!ENTITY % hellip "x">\n', '&hellip;', '…'],
  ])('%s: read, never expanded, ranges exact', (_what, subset, ref, reads) => {
    for (const format of ['xliff', 'xml', 'nitf'] as const) {
      const text = wrap(format, subset, `The ${ref} is is ready.`);
      const doc = inputFormats[format].parse(text, `a.${format}`);
      const prose = doc.prose ?? doc.text;
      const at = text.lastIndexOf(ref);
      expect(prose.slice(at, at + ref.length), format).toBe(reads.padEnd(ref.length, ' '));
      expect(prose).not.toMatch(/root:|ha{2}/);
      expect(doc.segments.map((s) => text.slice(s.start, s.end)), format).toEqual([`The ${ref} is is ready.`]);
      const [finding, ...more] = checker.check(doc).findings;
      expect(more).toEqual([]);
      expect(text.slice(finding?.range.start.offset, finding?.range.end.offset)).toBe('is is');
      expect(finding?.text).toBe('is is');
    }
  });

  it('reads a declaration-like text in a CDATA section as written', () => {
    const text = wrap('xliff', '', 'The <![CDATA[<!ENTITY x "y"> &x;]]> is is ready.');
    const doc = inputFormats.xliff.parse(text, 'a.xlf');
    const cdata = text.indexOf('<!ENTITY x');
    expect((doc.prose ?? doc.text).slice(cdata, cdata + 19)).toBe('<!ENTITY x "y"> &x;');
    expect(checker.check(doc).findings.map((f) => f.text)).toEqual(['is is']);
  });

  it.each([
    ['<!ENTITY a "x"><!ENTITY b SYSTEM "y"><!ENTITY % c "z">', ['a', 'b']],
    ['<!-- <!ENTITY a "x"> --><!ENTITY b "<!ENTITY c \'x\'>"><?pi <!ENTITY d "x"?>', ['b']],
    ['<!ENTITY a "unclosed <!ENTITY b "x">', ['a']],
    ['<!-- left open <!ENTITY a "x">', []],
  ])('finds the general entities %j declares', (subset, names) => {
    expect([...declaredEntities(subset)]).toEqual(names);
  });

  it('checks such files through the CLI without reading what an external entity names', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-dtd-'));
    writeFileSync(join(dir, 'secret.txt'), 'Keir Starrer is is a secret.\n');
    const subset = `<!ENTITY secret SYSTEM "file://${join(dir, 'secret.txt')}">\n${LAUGHS}`;
    writeFileSync(join(dir, 'a.xlf'), wrap('xliff', subset, 'The &secret; and &a9; are are here.'));
    writeFileSync(join(dir, 'a.xml'), wrap('xml', subset, 'The &secret; and &a9; are are here.'));
    const r = translint(['check', '--no-default-glossary', '--rules', 'artefact/repeated-word', '--format', 'json', 'a.xlf', 'a.xml'], { cwd: dir });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { files: { path: string; findings: { text: string }[] }[] };
    expect(out.files.map((f) => [f.path, f.findings.map((x) => x.text)])).toEqual([
      ['a.xlf', ['are are']],
      ['a.xml', ['are are']],
    ]);
  });
});
