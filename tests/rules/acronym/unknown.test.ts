import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/acronym/unknown.ts';
import type { SourceLang } from '../../../src/rules/types.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

// The term only: no variant lists "USL system", so the rule must find it by itself. "SKW" and "QRZ"
// are glossary acronyms whose letters, scrambled, give the test tokens "KWS" and "RZQ" evidence.
const glossary = [
  { term: 'US asylum system' },
  { term: 'NATO', caseSensitive: true },
  { term: 'ECOWAS' },
  { term: 'Financial Action Task Force' },
  { term: 'SKW', caseSensitive: true },
  { term: 'QRZ', caseSensitive: true },
  { term: 'CBP', category: 'organisation', caseSensitive: true },
  { term: 'LNA', category: 'organisation', caseSensitive: true },
  { term: 'CIA', category: 'organisation', caseSensitive: true },
];

interface Case {
  text: string;
  sourceLang?: SourceLang;
  /** [start, end, flagged text → suggestion] of every finding, in order. */
  flags: [number, number, string][];
}

const run = (c: Case) => runRule(rule, c.text, { glossary, ...(c.sourceLang ? { sourceLang: c.sourceLang } : {}) });

const invalid: Case[] = [
  { text: 'to reduce the strain on the USL system and the migration', flags: [[28, 38, 'USL system → US asylum system']] },
  { text: 'The defence ministers of the OTAN met in Brussels.', flags: [[29, 33, 'OTAN → NATO']] },
  { text: 'The BIP had shrunk slightly in the first quarter.', sourceLang: 'de', flags: [[4, 7, 'BIP → GDP']] },
  { text: 'and the migration of the MINT to the United States.', sourceLang: 'de', flags: [[25, 29, 'MINT → STEM']] },
  { text: 'Press STRG and ENTF together to open the menu.', flags: [[6, 10, 'STRG → Ctrl'], [15, 19, 'ENTF → Del']] },
  { text: 'The ONU estimates the damage at 50 billion dollars.', sourceLang: 'es', flags: [[4, 7, 'ONU → UN']] },
  // an English acronym too, but not in a translation from French
  { text: 'The BCE left its rates unchanged.', sourceLang: 'fr', flags: [[4, 7, 'BCE → ECB']] },
  // an English acronym too, but not in a translation from French
  { text: 'The TVA sold power.', sourceLang: 'fr', flags: [[4, 7, 'TVA → VAT']] },
  { text: 'The KWS said on Monday that rangers were ready.', flags: [[4, 7, 'KWS → SKW']] },
  // a widely used acronym of its own (CPB) counts as scrambled only where the text calls it an agency
  { text: 'The Interior Ministry and the CPB border agency will take part.', flags: [[30, 33, 'CPB → CBP']] },
];

const valid: Case[] = [
  // merely missing from the lists: brands, parties, emphasis, products
  { text: 'A study by the VXQ found that the MINT was closed. Plug in the AUX cable; PRAISE to the staff.', flags: [] },
  { text: 'Install the GTK theme, copy the UUID and strip the EXIF data before upload.', flags: [] },
  // English acronyms and English words in capitals are left alone without a source language
  { text: 'Spanish GDP rose as the CPI eased, the MINT was closed and the BCE fell.', flags: [] },
  // acronyms the English dictionary lists: TVA (the Tennessee Valley Authority; French for VAT), RDA (a
  // recommended daily allowance; French and Spanish for the GDR), CAI (the letters of a glossary CIA)
  { text: 'The TVA sold power, the RDA rose, and the CAI said so.', flags: [] },
  // the source-language form only where that language is the source
  { text: 'The BIP had shrunk slightly in the first quarter.', sourceLang: 'fr', flags: [] },
  // widely used acronyms that happen to scramble a glossary acronym
  { text: 'A plug turned 180 degrees will destroy the PCB. Use a wireless LAN router.', flags: [] },
  { text: 'NATO, the EU, the UN and the CEO of CNN met NGOs and the FBI; GDP rose. ECOWAS and the US asylum system.', flags: [] },
  { text: 'After World War II, Pope Leo XIV flew MH17 and a KWS-19 to the U.S. and E.E.U.U. Mail KWS@example.org or see AT&T.', flags: [] },
  // headlines, datelines and bylines
  { text: 'BREAKING: KWS BANS IMPORTS\nThe ban starts today.', flags: [] },
  { text: 'KWS\n\nThe ban starts today.', flags: [] },
  { text: 'KWS CITY, Gaza Strip (Reuters) — The ban starts today.', flags: [] },
  { text: 'PORT KWS, Mauritius | The ban starts today.', flags: [] },
  { text: 'RZQ (AP) — The ban starts today.\n\nKWS — Officials said so.', flags: [] },
  { text: 'The ban starts today.\nPhoto by, KWS DJURICA Reuters', flags: [] },
  { text: 'Story by KWS MARTIN in Nairobi.', flags: [] },
  // definitions
  { text: 'The Kenya Wildlife Service (KWS) said the KWS would act.', flags: [] },
  { text: 'The KWS (Kenya Wildlife Service) said so.', flags: [] },
  { text: 'The Kenya Wildlife Service said on Monday that KWS rangers were ready.', flags: [] },
  { text: 'said a spokeswoman for the European consumer association KWS.', flags: [] },
];

describe('acronym/unknown', () => {
  it.each(invalid)('flags $text', (c) => {
    const r = run(c);
    expect(r.findings.map((f) => [f.range.start.offset, f.range.end.offset, flagged({ findings: [f], dropped: [] })[0]])).toEqual(c.flags);
  });

  it.each(valid)('leaves alone $text', (c) => {
    expect(flagged(run(c))).toEqual([]);
  });

  it('a dateline is the start of a line only: the same capitals inside a sentence are reported', () => {
    expect(flagged(runRule(rule, 'Officials said the KWS, Gaza Strip office was closed.', { glossary }))).toEqual(['KWS → SKW']);
    expect(flagged(runRule(rule, 'Officials met the KWS — and left.', { glossary }))).toEqual(['KWS → SKW']);
  });

  it('reports an invented acronym as a warning that --fix does not apply', () => {
    const f = runRule(rule, 'to reduce the strain on the USL system and the migration', { glossary }).findings[0]!;
    expect(f.severity).toBe('warning');
    expect(f.confidence).toBeGreaterThan(0.6);
    expect(f.fix).toBeUndefined();
  });

  it('a source-language acronym is less certain when the source language is unknown', () => {
    const known = runRule(rule, 'The OTAN met.', { glossary: [], sourceLang: 'fr' }).findings[0]!;
    const unknown = runRule(rule, 'The OTAN met.', { glossary: [] }).findings[0]!;
    expect(known.confidence).toBeGreaterThan(unknown.confidence);
    expect(known.message).toContain('French and Spanish');
  });

  it('documents examples that it flags', () => {
    for (const ex of rule.meta.examples) expect(flagged(runRule(rule, ex.text, { glossary }))).toContain(`${ex.flagged} → ${ex.suggestion}`);
  });
});
