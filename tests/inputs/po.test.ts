import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { InputError } from '../../src/inputs/errors.ts';
import { parsePo } from '../../src/inputs/po.ts';
import { entryPastCap, MAX_ENTRIES } from '../../src/inputs/po-scan.ts';
import { growth } from '../helpers/growth.ts';
import { thrown } from '../helpers/thrown.ts';
import { occurrences, reads } from './helpers.ts';

const PO = [
  '# comment Keir Starrer',
  'msgid ""',
  'msgstr ""',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
  '',
  '#, fuzzy',
  'msgctxt "news"',
  'msgid "Keir Starrer said"',
  'msgstr ""',
  '"Keir Starrer \\"said\\"\\n"\r',
  '"more Keir Starrer"',
  '',
  'msgid "one"',
  'msgid_plural "many"',
  'msgstr[0] "ein Keir"',
  'msgstr[1] "viele"',
  '',
  '#~ msgid "old"',
  '#~ msgstr "Keir Starrer"',
  '',
].join('\n');

describe('po input', () => {
  it('reads each msgstr as one segment across its lines, escapes as their characters; not msgid, comments, header or obsolete entries', () => {
    const doc = parsePo(PO, 'a.po');
    expect(reads(doc)).toEqual([
      [195, 239, 'Keir Starrer "said" more Keir Starrer'],
      [285, 293, 'ein Keir'],
      [306, 311, 'viele'],
    ]);
    expect(doc.prose?.slice(195, 239)).toBe('Keir Starrer  "said"    \r\n more Keir Starrer');
    expect(occurrences(doc, 'Keir Starrer')).toEqual({ all: 5, prose: 2 });
    expect(doc.format).toBe('po');
  });

  it('pairs each msgstr with its msgid, or msgid_plural for the plural forms', () => {
    const doc = parsePo(PO);
    const units = (doc.units ?? []).map((u) => [u.id, u.source && PO.slice(u.source.start, u.source.end), PO.slice(u.target.start, u.target.end)]);
    expect(units).toEqual([
      ['news\u0004Keir Starrer said', 'Keir Starrer said', 'Keir Starrer \\"said\\"\\n"\r\n"more Keir Starrer'],
      ['one[0]', 'one', 'ein Keir'],
      ['one[1]', 'many', 'viele'],
    ]);
  });

  it('reads a keyword whose string is on the next line, and CR-only line ends', () => {
    const next = 'msgid "one"\nmsgid_plural "many"\nmsgstr[0]\n"ein"\nmsgstr[1]\n"viele"\n';
    expect(reads(parsePo(next))).toEqual([
      [43, 46, 'ein'],
      [59, 64, 'viele'],
    ]);
    const cr = 'msgid ""\rmsgstr ""\r"Language: fr\\n"\r\r#. comment\rmsgid "one two"\rmsgstr ""\r"eins "\r"zwei"\r';
    const doc = parsePo(cr);
    expect(reads(doc)).toEqual([[75, 87, 'eins zwei']]);
    expect(doc.languages).toEqual({ target: 'fr' });
  });

  it('marks fuzzy entries, and knows the target language from the header or the file name', () => {
    const doc = parsePo(PO, 'po/en_GB.po');
    expect((doc.units ?? []).map((u) => u.fuzzy === true)).toEqual([true, false, false]);
    expect(doc.languages).toEqual({ target: 'en_GB' });
    expect(parsePo('msgid ""\nmsgstr "Language: en_AU\\n"\n', 'x.po').languages).toEqual({ target: 'en_AU' });
    expect(doc.kind).toBe('strings');
  });

  it('reads placeholders as underscores, so their letters are no word and quotation marks around them pair', () => {
    const text = 'msgid "a"\nmsgstr "Found %(uuid)s, see \\"%s\\" and path=\\"%1$d\\" for {name} in %prog"\n';
    const doc = parsePo(text, 'de.po');
    const seg = doc.segments[0] as { start: number; end: number };
    expect(doc.prose?.slice(seg.start, seg.end)).toBe('Found %(____)_, see  "%_"  and path= "%_$_"  for {____} in %____');
    const findings = createChecker({ defaultGlossary: false, rules: ['spelling/', 'artefact/'] }).check(doc).findings;
    expect(findings.map((f) => f.ruleId)).toEqual([]);
    // the bilingual rules still compare the placeholders as written
    const changed = parsePo('msgid "%(count)d files"\nmsgstr "%(cuont)d Dateien"\n', 'de.po');
    expect(createChecker({ defaultGlossary: false, rules: ['bilingual/placeholders'] }).check(changed).findings.map((f) => f.text)).toEqual(['%(cuont)d']);
  });

  it('in a catalogue into a variant of English, a msgstr that copies its msgid is a unit but not prose to check again', () => {
    const body = '\nmsgid "The goverment said"\nmsgstr "The goverment said"\n\nmsgid "The color red"\nmsgstr "The colour red"\n';
    const gb = parsePo(`msgid ""\nmsgstr "Language: en_GB\\n"\n${body}`, 'x.po');
    expect(gb.units?.length).toBe(2);
    expect(reads(gb).map((r) => r[2])).toEqual(['The colour red']);
    // into another language the same copy is read (and untranslated, see bilingual/untranslated)
    const de = parsePo(`msgid ""\nmsgstr "Language: de\\n"\n${body}`, 'x.po');
    expect(reads(de).map((r) => r[2])).toEqual(['The goverment said', 'The colour red']);
  });

  it('reads a string to its closing quote, past escaped quotes and backslashes', () => {
    const text = 'msgid "a"\nmsgstr "x \\\\ \\"y\\\\\\"" \t\n';
    expect(text.split('\n')[1]).toBe('msgstr "x \\\\ \\"y\\\\\\"" \t');
    expect(parsePo(text, 'de.po').segments).toEqual([{ start: 18, end: 30 }]);
  });

  it('does not read obsolete (#~) lines, nor give them to gettext-parser, which added a stray one to the entry before it', () => {
    const text = 'msgid "a"\nmsgstr "b"\n\n#~ msgstr "c"\n  #~ msgstr[0] "d"\n#~| msgid "e"\n';
    expect(parsePo(text, 'de.po').units).toEqual([{ id: 'a', source: { start: 7, end: 8 }, target: { start: 18, end: 19 } }]);
  });

  it('reads a catalogue of thousands of entries as one (gettext-parser reads it in blocks): flags, the header and errors by their lines', () => {
    const entry = (k: number) => `${k % 7 === 0 ? '#, fuzzy\n' : ''}msgid "m${k}"\nmsgstr ""\n"line ${k}"\n`;
    const header = 'msgid ""\nmsgstr "Language: en_GB\\n"\n';
    const entries = Array.from({ length: 2_500 }, (_, k) => entry(k));
    // the header in the second block: an English-variant catalogue all the same, whose copy is not prose
    entries.splice(1_500, 0, header, 'msgid "copy"\nmsgstr "copy"\n');
    const text = entries.join('\n');
    const doc = parsePo(text, 'x.po');
    expect(doc.languages).toEqual({ target: 'en_GB' });
    expect(doc.units?.length).toBe(2_501);
    expect(doc.units?.filter((u) => u.fuzzy).map((u) => u.id)).toEqual(Array.from({ length: 358 }, (_, k) => `m${7 * k}`));
    expect(doc.segments.length).toBe(2_500);
    expect(reads(doc).at(-1)).toEqual([text.length - 11, text.length - 2, 'line 2499']);
    const dup = `${text}\nmsgid "m1234"\nmsgstr "again"\n`;
    const line = text.split('\n').length + 1;
    expect(thrown(() => parsePo(dup, 'x.po'), InputError).message).toBe(`x.po:${line}: duplicate msgid "m1234" (first at line ${text.split('\n').indexOf('msgid "m1234"') + 1})`);
  });

  it('reads a POT whose plural count is a placeholder', () => {
    const pot = 'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"\n\nmsgid "a file"\nmsgid_plural "%d files"\nmsgstr[0] ""\nmsgstr[1] ""\n';
    const doc = parsePo(pot, 'x.pot');
    expect(doc.segments).toEqual([]);
    expect(doc.units).toEqual([
      { id: 'a file[0]', source: { start: 82, end: 88 }, target: { start: 125, end: 125 }, plural: { index: 0, forms: [0, 1], pluralId: { start: 104, end: 112 } } },
      { id: 'a file[1]', source: { start: 104, end: 112 }, target: { start: 138, end: 138 }, plural: { index: 1, forms: [0, 1], pluralId: { start: 104, end: 112 } } },
    ]);
    expect(doc.nplurals).toBeUndefined();
  });

  it.each([
    ['msgid "a"\nmsgstr "b\n', 2, 'not a PO line: msgstr "b'],
    ['msgid "a"\nmsgstr "b" x\n', 2, 'not a PO line: msgstr "b" x'],
    ["msgid \"a\"\nmsgstr 'b'\n", 2, "not a PO line: msgstr 'b'"],
    ['msgid "a"\nmsgstr "b\\"\n', 2, 'not a PO line: msgstr "b\\"'],
    ['msgid "a"\nmsgstr "b\\\\"c"\n', 2, 'not a PO line: msgstr "b\\\\"c"'],
    ['msgid "a"\nmsgstr"b"\n', 2, 'not a PO line: msgstr"b"'],
    ['msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 4, 'duplicate msgid "a" (first at line 1)'],
    ['"x"\n', 1, 'a string that follows no keyword'],
    ['msgid "a"\nmsgstr "b"\n\ndomain "help"\nmsgid "a"\nmsgstr "c"\n', 4, 'a "domain" line: a file of several catalogues is not supported (split it into one .po file per domain)'],
    ['msgid "a"\n', 1, 'msgid without a msgstr'],
    ['msgstr "a"\n', 1, 'msgstr without a msgid'],
    [`# c\nmsgid "a"\n${'msgstr "b"\n'.repeat(17)}`, 19, 'more than 16 msgstr strings in one entry (no language has that many plural forms)'],
  ])('throws InputError for %j', (text, line, detail) => {
    let err: unknown;
    try {
      parsePo(text, 'bad.po');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect(err).toMatchObject({ path: 'bad.po', line, detail });
  });
});

describe("po input: msgstr[n] against the header's nplurals", () => {
  const header = (pluralForms: string | undefined) =>
    `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n${pluralForms === undefined ? '' : `"Plural-Forms: ${pluralForms}\\n"\n`}\n`;
  const entry = (forms: number) => `msgid "a file"\nmsgid_plural "%d files"\n${Array.from({ length: forms }, (_, n) => `msgstr[${n}] "form ${n}"\n`).join('')}`;
  // a form past nplurals is read as any other (bilingual/plural-forms reports it); MAX_FORMS still bounds an entry
  it.each([
    ['nplurals=2; plural=(n != 1);', 3, 2, undefined, undefined],
    ['nplurals=1; plural=0;', 2, 1, undefined, undefined],
    ['nplurals = 3; plural=(n%10==1 ? 0 : 1);', 6, 3, undefined, undefined],
    ['nplurals=2; plural=(n != 1);', 1, 2, undefined, undefined],
    ['nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : 2);', 6, 6, undefined, undefined],
    // a POT's placeholder, and no Plural-Forms at all: no count to hold the entry to
    ['nplurals=INTEGER; plural=EXPRESSION;', 3, undefined, undefined, undefined],
    [undefined, 3, undefined, undefined, undefined],
    // the header cannot raise the hard cap (po-scan.ts MAX_FORMS)
    ['nplurals=40; plural=n;', 17, 40, 24, 'more than 16 msgstr strings in one entry (no language has that many plural forms)'],
  ])('Plural-Forms %j with %i forms: nplurals %j, line %j %j', (pluralForms, forms, nplurals, line, detail) => {
    const text = header(pluralForms) + entry(forms);
    if (detail !== undefined) {
      expect(thrown(() => parsePo(text, 'x.po'), InputError)).toMatchObject({ path: 'x.po', line, detail });
      return;
    }
    const doc = parsePo(text, 'x.po');
    expect(doc.nplurals).toBe(nplurals);
    // every form a unit, its string at its exact offsets, with the entry's forms and msgid_plural
    expect(doc.units?.map((u) => [u.id, text.slice(u.target.start, u.target.end), u.plural?.index])).toEqual(Array.from({ length: forms }, (_, n) => [`a file[${n}]`, `form ${n}`, n]));
    for (const u of doc.units ?? []) {
      expect(u.plural?.forms).toEqual(Array.from({ length: forms }, (_, n) => n));
      expect(text.slice(u.plural?.pluralId.start, u.plural?.pluralId.end)).toBe('%d files');
    }
  });

  it('keeps the header\'s nplurals for entries in every block of a large catalogue, and before the header', () => {
    const entries = Array.from({ length: 2_500 }, (_, k) => `msgid "m${k}"\nmsgid_plural "ms${k}"\nmsgstr[0] "a"\nmsgstr[1] "b"\n`);
    entries[2_100] = `msgid "m2100"\nmsgid_plural "ms"\nmsgstr[0] "a"\nmsgstr[1] "b"\nmsgstr[2] "c"\n`;
    const text = `${entries.join('\n')}\n${header('nplurals=2; plural=(n != 1);')}${entry(3)}`;
    const doc = parsePo(text, 'x.po');
    expect(doc.nplurals).toBe(2);
    const extra = doc.units?.filter((u) => (u.plural?.index ?? 0) >= 2).map((u) => [u.id, text.slice(u.target.start, u.target.end)]);
    expect(extra).toEqual([['m2100[2]', 'c'], ['a file[2]', 'form 2']]);
  });
});

describe('po input: the count of entries', () => {
  it(`counts entries by their msgid lines (not msgid_plural, comments or obsolete ones), up to ${MAX_ENTRIES}`, () => {
    // 9 lines an entry: 8 end in LF, then the CR that joins them
    const entry = (k: number) => `#| msgid "was ${k}"\nmsgctxt "c"\n  msgid\n"m${k}"\nmsgid_plural "ms"\nmsgstr[0] ""\nmsgstr[1] ""\n#~ msgid "old"\n`;
    const text = Array.from({ length: MAX_ENTRIES }, (_, k) => entry(k)).join('\r');
    expect(entryPastCap(text)).toBeUndefined();
    const more = `${text}\rmsgid "last"\rmsgstr ""\r`;
    expect(entryPastCap(more)).toBe(text.length + 1);
    expect(thrown(() => parsePo(more, 'x.po'), InputError)).toMatchObject({ path: 'x.po', line: 9 * MAX_ENTRIES + 1 });
  });
});

describe('po input: a msgstr of escapes', () => {
  // one msgstr of 2,000,000 escapes took 43 s through check: read and checked in time linear in their count
  it.each(['\\"', '\\n', '\\101'])('of %s repeated is read and checked in time linear in its length', (escape) => {
    const checker = createChecker();
    const make = (n: number) => `msgid ""\nmsgstr "Language: en\\n"\n\nmsgid "a"\nmsgstr "Keir ${escape.repeat(n)} Starrer"\n`;
    expect(growth((n) => checker.check(parsePo(make(n), 'de.po')), 4_000)).toBeLessThan(24);
  });
});
