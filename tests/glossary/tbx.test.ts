import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossaryError } from '../../src/glossary/errors.ts';
import { loadGlossaryFile, parseGlossary } from '../../src/glossary/load.ts';
import { ROOT } from '../helpers/cli.ts';
import { thrown } from '../helpers/thrown.ts';

const thrownGlossary = (fn: () => unknown) => thrown(fn, GlossaryError);

const SAMPLE = join(ROOT, 'corpora/glossaries/sample.tbx');


const V3 = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>
  <text>
    <body>
      <conceptEntry id="a">
        <descrip type="subjectField">politics</descrip>
        <langSec xml:lang="es">
          <termSec><term>Ministerio de Asuntos Exteriores</term></termSec>
        </langSec>
        <langSec xml:lang="en-GB">
          <termSec>
            <term>Foreign Ministry</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
          </termSec>
          <termSec>
            <term>foreign <hi type="entailedTerm">affairs</hi> ministry</term>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>`;

const DCT = `<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<text><body>
<conceptEntry id="b">
  <basic:subjectField>energy</basic:subjectField>
  <langSec xml:lang="fr"><termSec><term>énergie éolienne</term></termSec></langSec>
  <langSec xml:lang="en">
    <termSec><term>windpower</term><basic:administrativeStatus>notRecommended-admn-sts</basic:administrativeStatus></termSec>
    <termSec><term>wind power</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
    <termSec><term>wind energy</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
    <termSec><term>aeolian power</term><basic:administrativeStatus>forbidden</basic:administrativeStatus></termSec>
  </langSec>
</conceptEntry>
</body></text></tbx>`;

describe('TBX glossaries', () => {
  it('reads the TBX-Basic v2 sample: preferred term, deprecated and superseded variants, source terms, note', () => {
    const g = loadGlossaryFile(SAMPLE, 'sample.tbx');
    expect(g.entries.map((e) => [e.term, e.variants.map((v) => v.text), e.source, e.note, e.line])).toEqual([
      ['State Department', ['Foreign Ministry', 'Foreign Office'], { de: ['Außenministerium', 'US-Außenministerium'], fr: ["département d'État"] }, 'US government; The US federal department for foreign affairs.', 13],
      ['Department of State', [], { de: ['Außenministerium', 'US-Außenministerium'], fr: ["département d'État"] }, 'US government; The US federal department for foreign affairs.', 39],
      ['executive order', ['executive regulation'], { de: ['Präsidialerlass'], es: ['orden ejecutiva'] }, 'law; A presidential directive, not a regulation.', 48],
      ['asylum system', ['asyl system'], { de: ['Asylsystem'] }, undefined, 77],
    ]);
    expect(g.entries[0]).toMatchObject({ category: 'term', fix: 'auto', caseSensitive: false, glossary: 'sample.tbx' });
    expect(g.warnings).toEqual(['sample.tbx:89: concept "c4" has no preferred or admitted English term; skipped']);
  });

  it('reads TBX v3 with termNote statuses: an admitted term when there is no preferred one, inline markup in terms', () => {
    const g = parseGlossary(V3, 'tbx', 'v3.tbx');
    expect(g.entries.map((e) => [e.term, e.variants.map((v) => v.text), e.source, e.note, e.line])).toEqual([
      ['Foreign Ministry', ['foreign affairs ministry'], { es: ['Ministerio de Asuntos Exteriores'] }, 'politics', 7],
    ]);
  });

  it('reads TBX v3 DCT style: namespaced status elements, synonyms kept as entries, forbidden and not-recommended terms as variants', () => {
    const g = parseGlossary(DCT, 'tbx', 'dct.tbx');
    expect(g.entries.map((e) => [e.term, e.variants.map((v) => v.text), e.source, e.note])).toEqual([
      ['wind power', ['windpower', 'aeolian power'], { fr: ['énergie éolienne'] }, 'energy'],
      ['wind energy', [], { fr: ['énergie éolienne'] }, 'energy'],
    ]);
    expect(g.warnings).toEqual([]);
  });

  it('names file and line for XML that is not well formed, and for a file that is not TBX', () => {
    const broken = '<martif type="TBX-Basic">\n<text><body>\n<termEntry id="1">\n<langSet xml:lang="en"><tig><term>A</term></tig>\n</termEntry>\n</body></text></martif>';
    const e = thrownGlossary(() => parseGlossary(broken, 'tbx', 'broken.tbx'));
    expect(e.file).toBe('broken.tbx');
    expect(e.line).toBe(5);
    expect(e.message).toMatch(/^broken\.tbx:5: invalid XML: unexpected close tag/);
    expect(thrownGlossary(() => parseGlossary('<glossary>\n</glossary>', 'tbx', 'g.tbx')).message).toBe(
      'g.tbx:1: not a TBX file: the root element is <glossary> (expected <martif> or <tbx>)',
    );
    expect(thrownGlossary(() => parseGlossary('', 'tbx', 'empty.tbx')).message).toBe('empty.tbx:1: invalid XML: document must contain a root element.');
  });

  /** A TBX-Basic file: a header, then `body` inside <text><body> (its first line is line 5). */
  const tbx = (body: string) => `<?xml version="1.0"?>\n<martif type="TBX-Basic" xml:lang="en">\n<martifHeader><fileDesc><p>terms</p></fileDesc></martifHeader>\n<text><body>\n${body}\n</body></text>\n</martif>`;
  const entry = (lang: string, tig: string) => `<termEntry id="c">\n<langSet xml:lang="${lang}">\n${tig}\n</langSet>\n</termEntry>`;
  const REASON = 'no term read: its one concept has no preferred or admitted English term';

  it.each([
    ['a misspelt <termEntry>', tbx('<termEntyr id="c">\n<langSet xml:lang="en"><tig><term>widget</term></tig></langSet>\n</termEntyr>'), 5, 'no term read: no <termEntry> or <conceptEntry> element (the first element after the header is <termEntyr>)'],
    ['a misspelt <conceptEntry> (v3), after a blank line', '<tbx type="TBX-Basic">\n<text>\n<body>\n\n<conceptEnrty id="c"><langSec xml:lang="en"><termSec><term>widget</term></termSec></langSec></conceptEnrty>\n</body>\n</text>\n</tbx>', 5, 'no term read: no <termEntry> or <conceptEntry> element (the first element after the header is <conceptEnrty>)'],
    ['a misspelt <body> and <termEntry>', '<martif>\n<text><bdoy>\n<entry><term>widget</term></entry>\n</bdoy></text></martif>', 2, 'no term read: no <termEntry> or <conceptEntry> element (the first element after the header is <bdoy>)'],
    ['a misspelt <langSet>', tbx('<termEntry id="c">\n<langSte xml:lang="en"><tig><term>widget</term></tig></langSte>\n</termEntry>'), 5, `${REASON} (terms were read only outside a <langSet> or <langSec> naming its xml:lang; English is xml:lang "en" or "en-…")`],
    ['a misspelt <tig>', tbx(entry('en', '<tgi><term>widget</term></tgi>')), 5, `${REASON} (no <term> was read in a <tig>, <ntig> or <termSec> of a <langSet> or <langSec>)`],
    ['a misspelt <term>', tbx(entry('en', '<tig><trem>widget</trem></tig>')), 5, `${REASON} (no <term> was read in a <tig>, <ntig> or <termSec> of a <langSet> or <langSec>)`],
    ['terms in German and French only', tbx(`${entry('de', '<tig><term>Ding</term></tig>')}\n${entry('fr', '<tig><term>truc</term></tig>')}`), 5, 'no term read: none of its 2 concepts has a preferred or admitted English term (terms were read only in xml:lang "de", in xml:lang "fr"; English is xml:lang "en" or "en-…")'],
    ['English terms that are all deprecated', tbx(entry('en-GB', '<tig><term>gizmo</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>')), 5, `${REASON} (the English terms read are all deprecated, superseded, not recommended or forbidden)`],
  ])('refuses a file whose body holds elements but gives no entry: %s', (_, text, line, message) => {
    const e = thrownGlossary(() => parseGlossary(text, 'tbx', 'g.tbx'));
    expect([e.line, e.message]).toEqual([line, `g.tbx:${line}: ${message}`]);
  });

  it.each([
    ['an empty body', tbx('')],
    ['no body at all', '<martif type="TBX-Basic"><martifHeader><fileDesc><p>none yet</p></fileDesc></martifHeader><text/></martif>'],
    ['back matter only (v3)', '<tbx type="TBX-Basic"><tbxHeader><fileDesc><p>x</p></fileDesc></tbxHeader><text><body/><back><refObjectSec type="respPerson"><refObject id="p1"><item>A</item></refObject></refObjectSec></back></text></tbx>'],
  ])('reads a file with no concept and nothing else in its body as an empty glossary: %s', (_, text) => {
    expect(parseGlossary(text, 'tbx', 'g.tbx')).toMatchObject({ entries: [], warnings: [] });
  });

  it('skips a concept with no English term with a warning when another gives an entry', () => {
    const g = parseGlossary(tbx(`${entry('de', '<tig><term>Ding</term></tig>')}\n${entry('en', '<tig><term>widget</term></tig>')}`), 'tbx', 'g.tbx');
    expect([g.entries.map((e) => e.term), g.warnings]).toEqual([['widget'], ['g.tbx:5: concept "c" has no preferred or admitted English term; skipped']]);
  });

  it.each([
    ['a misspelt <termEntri> (TBX-Basic)', tbx(`${entry('en', '<tig><term>widget</term></tig>')}\n<termEntri id="d">\n<langSet xml:lang="en"><tig><term>gadget</term></tig></langSet>\n</termEntri>`), ['g.tbx:10: <termEntri> is not a <termEntry> or <conceptEntry> element; its terms are not read']],
    ['a lower-case <termentry>, twice', tbx(`<termentry><langSet xml:lang="en"><tig><term>gadget</term></tig></langSet></termentry>\n${entry('en', '<tig><term>widget</term></tig>')}\n<termentry><langSet xml:lang="en"><tig><term>gizmo</term></tig></langSet></termentry>`), ['g.tbx:5: 2 <termentry> elements (the first here) are not <termEntry> or <conceptEntry> elements; their terms are not read']],
    ['a misspelt <conceptEntyr> (v3)', '<tbx type="TBX-Basic" xmlns="urn:iso:std:iso:30042:ed-2">\n<text><body>\n<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>widget</term></termSec></langSec></conceptEntry>\n<conceptEntyr id="b"><langSec xml:lang="en"><termSec><term>gadget</term></termSec></langSec></conceptEntyr>\n</body></text></tbx>', ['g.tbx:4: <conceptEntyr> is not a <termEntry> or <conceptEntry> element; its terms are not read']],
  ])('warns, naming file and line, of an element where a concept should be that is not one: %s', (_, text, warnings) => {
    const g = parseGlossary(text, 'tbx', 'g.tbx');
    expect([g.entries.map((e) => e.term), g.warnings]).toEqual([['widget'], warnings]);
  });

  it('reads the concepts in a misspelt wrapper (nothing is lost, so no warning)', () => {
    const text = '<martif>\n<text><body>\n<termEntry><langSet xml:lang="en"><tig><term>widget</term></tig></langSet></termEntry>\n</body><bdoy>\n<termEntry><langSet xml:lang="en"><tig><term>gadget</term></tig></langSet></termEntry>\n</bdoy></text></martif>';
    const g = parseGlossary(text, 'tbx', 'g.tbx');
    expect([g.entries.map((e) => e.term), g.warnings]).toEqual([['widget', 'gadget'], []]);
  });

  it('is chosen for .tbx files by loadGlossaryFile', () => {
    const e = thrownGlossary(() => loadGlossaryFile('/nonexistent/terms.TBX'));
    expect(e.message).toBe('/nonexistent/terms.TBX: no such file');
    expect(thrownGlossary(() => loadGlossaryFile('g.txt')).message).toMatch(/\(use \.yaml, \.yml, \.json, \.csv or \.tbx, or a Vale accept\.txt or reject\.txt\)$/);
  });
});
