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

  it('is chosen for .tbx files by loadGlossaryFile', () => {
    const e = thrownGlossary(() => loadGlossaryFile('/nonexistent/terms.TBX'));
    expect(e.message).toBe('/nonexistent/terms.TBX: no such file');
    expect(thrownGlossary(() => loadGlossaryFile('g.txt')).message).toMatch(/\(use \.yaml, \.yml, \.json, \.csv or \.tbx, or a Vale accept\.txt or reject\.txt\)$/);
  });
});
