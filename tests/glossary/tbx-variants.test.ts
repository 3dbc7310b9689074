import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlossaryError } from '../../src/glossary/errors.ts';
import { loadGlossaryFile, parseGlossary } from '../../src/glossary/load.ts';
import { DEFAULT_DATA } from '../conformance/corpora.ts';
import { thrown } from '../helpers/thrown.ts';

// small TBX files of our own in the shapes terminology tools write: v2 (martif, langSet, tig or
// ntig/termGrp) and v3 (tbx, langSec, termSec; DCA termNote or DCT namespaced status)
const v2 = (lang: string, tig: (term: string, status: string) => string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US"><text><body>
<termEntry id="c1">
  <langSet xml:lang="${lang}">${tig('Harbour Board', 'preferredTerm-admn-sts')}${tig('Harbor Bord', 'deprecatedTerm-admn-sts')}</langSet>
  <langSet xml:lang="de"><tig><term>Hafenbehörde</term></tig></langSet>
</termEntry>
</body></text></martif>`;
const tig = (term: string, status: string) => `<tig><term>${term}</term><termNote type="administrativeStatus">${status}</termNote></tig>`;
const ntig = (term: string, status: string) =>
  `<ntig><termGrp><term>${term}</term><termNote type="administrativeStatus">${status}</termNote></termGrp></ntig>`;
const v3 = (lang: string, status: (s: string) => string) => `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<text><body><conceptEntry id="c1">
  <langSec xml:lang="${lang}">
    <termSec><term>Harbour Board</term>${status('preferredTerm-admn-sts')}</termSec>
    <termSec><term>Harbor Bord</term>${status('deprecatedTerm-admn-sts')}</termSec>
  </langSec>
  <langSec xml:lang="DE-at"><termSec><term>Hafenbehörde</term></termSec></langSec>
</conceptEntry></body></text></tbx>`;
const dca = (s: string) => `<termNote type="administrativeStatus">${s}</termNote>`;
const dct = (s: string) => `<basic:administrativeStatus>${s}</basic:administrativeStatus>`;

const read = (text: string) => parseGlossary(text, 'tbx', 'g.tbx').entries.map((e) => [e.term, e.variants.map((v) => v.text), e.source?.de]);
const expected = [['Harbour Board', ['Harbor Bord'], ['Hafenbehörde']]];

describe('TBX variants', () => {
  it.each([
    ['v2 tig, en', v2('en', tig)],
    ['v2 tig, en-GB', v2('en-GB', tig)],
    ['v2 tig, EN-GB', v2('EN-GB', tig)],
    ['v2 tig, en_us', v2('en_us', tig)],
    ['v2 tig, en-Latn-GB', v2('en-Latn-GB', tig)],
    ['v2 ntig/termGrp, en-US', v2('en-US', ntig)],
    ['v3 termSec with termNote (DCA), en-GB', v3('en-GB', dca)],
    ['v3 termSec with basic:administrativeStatus (DCT), En-Us', v3('En-Us', dct)],
  ])('reads %s', (_, text) => {
    expect(read(text)).toEqual(expected);
    expect(parseGlossary(text, 'tbx', 'g.tbx').warnings).toEqual([]);
  });

  it.each([['eng'], ['english'], ['fr-en']])('does not take xml:lang="%s" for English: a file with no English term is refused, saying so', (lang) => {
    expect(thrown(() => read(v2(lang, tig)), GlossaryError).message).toBe(
      `g.tbx:4: no term read: its one concept has no preferred or admitted English term (terms were read only in xml:lang "${lang}", in xml:lang "de"; English is xml:lang "en" or "en-…")`,
    );
  });

  it.each([
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(v3('en', dca))])],
    ['UTF-16 LE with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(v3('en', dca).replace('UTF-8', 'UTF-16'), 'utf16le')])],
    ['UTF-16 BE with a byte-order mark', Buffer.from(Buffer.from('\uFEFF' + v3('en', dca).replace('UTF-8', 'UTF-16'), 'utf16le').swap16())],
    ['ISO-8859-1, as declared', Buffer.from(v3('en', dca).replace('UTF-8', 'ISO-8859-1'), 'latin1')],
  ])('loads a file in %s', (_, bytes) => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-tbx-'));
    writeFileSync(join(dir, 'g.tbx'), bytes);
    expect(loadGlossaryFile(join(dir, 'g.tbx')).entries.map((e) => [e.term, e.variants.map((v) => v.text), e.source?.de])).toEqual(expected);
  });

  it('refuses a glossary whose bytes are not valid in its encoding, in one line naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-tbx-'));
    writeFileSync(join(dir, 'g.csv'), Buffer.from('term,variants\nZürich,Zurich\n', 'latin1'));
    const e = thrown(() => loadGlossaryFile(join(dir, 'g.csv')), GlossaryError);
    expect(e.message).toBe(`${join(dir, 'g.csv')}:2: invalid UTF-8 at byte 15`);
  });

  // third-party TBX files, when ../shared/data/conformance has any (read there, never copied here)
  const thirdParty = existsSync(DEFAULT_DATA)
    ? readdirSync(DEFAULT_DATA, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tbx$/i.test(f))
    : [];
  it.skipIf(thirdParty.length === 0)('reads every third-party TBX file with no warning of an element where a concept should be', () => {
    for (const f of thirdParty) {
      const g = loadGlossaryFile(join(DEFAULT_DATA, f));
      expect([f, g.warnings.filter((w) => w.includes('<conceptEntry> element'))]).toEqual([f, []]);
    }
  });
});
