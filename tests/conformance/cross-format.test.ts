import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/document.ts';
import { createChecker } from '../../src/engine/checker.ts';
import { inputFormats } from '../../src/inputs/index.ts';

// The same sentence pairs written in each input format, each with the escaping that format needs
// (#16: "the same sentence gets different findings depending on the format it comes in"). Every
// format must give the same findings, read as the plain sentence: monolingual rules in all seven,
// bilingual rules in the four that carry the source.
const PAIRS: [source: string, target: string][] = [
  ['Der britische Premierminister Keir Starmer traf Paul Kagame in Kigali.', 'The British Prime Minister Keir Starrer met Paul Kagame in Kigali.'],
  ['Die Regierung hat 3 neue Minister ernannt.', 'The goverment appointed new ministers.'],
  ['„Wir haben eine Partnerschaft, die funktioniert“, sagte er.', '"We have a partnership that works," he said.'],
  ['Ruandas Präsident & Starmers Team trafen sich am 4. März.', 'Rwanda’s president & Keir\u00a0Starrer’s team met on 4 March.'],
  ['Sie sprachen über das Abkommen von 2022.', 'They spoke about the the agreement of 2022.'],
  ['Die Kosten betragen <5 % des Budgets.', 'The costs are <5% of the budget, said the minstry.'],
  ['Er sagte: „Das ist *wichtig*.“', 'He said: "This is *important*."'],
];

// each format's escaping; a no-break space is written as each format writes it
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\u00a0/g, '&#160;').replace(/’/g, '&#8217;');
const html = (s: string) => xml(s).replace(/&#160;/g, '&nbsp;');
const po = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const md = (s: string) => s.replace(/[\\`*_[\]<>#&]/g, (c) => `\\${c}`).replace(/\u00a0/g, '&nbsp;');
/** Inline markup around the words an error is in, as editors and tools put it there. */
const around = (s: string, open: string, close: string) => s.replace(/\b(Starrer|goverment)\b/g, `${open}$1${close}`);
/** A PO string wrapped at spaces over lines of about 30 characters, as msgcat writes long ones. */
const wrapped = (s: string) => `""\n${(po(s).match(/.{1,30}(?: |$)/g) ?? []).map((l) => `"${l}"`).join('\n')}`;

const WRITE: Record<string, (pairs: typeof PAIRS) => string> = {
  tsv: (pairs) => `source\ttarget\n${pairs.map(([s, t]) => `${s}\t${t}\n`).join('')}`,
  po: (pairs) =>
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n' +
    pairs.map(([s, t]) => `msgid "${po(s)}"\nmsgstr ${wrapped(t)}\n\n`).join(''),
  // segmented as Okapi and SDL Trados write XLIFF 1.2, with a <g> code around the words in error
  xliff12: (pairs) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="de" target-language="en" datatype="plaintext" original="x"><body>\n' +
    pairs
      .map(([s, t], i) => {
        const g = (x: string) => around(xml(x), '<g id="1">', '</g>');
        const code = /Starrer|goverment/.test(t) ? '<g id="1">Nachname</g> ' : '';
        return `<trans-unit id="${i + 1}"><source>${code}${xml(s)}</source><seg-source><mrk mtype="seg" mid="0">${code}${xml(s)}</mrk></seg-source><target><mrk mtype="seg" mid="0">${g(t)}</mrk></target></trans-unit>\n`;
      })
      .join('') +
    '</body></file></xliff>\n',
  xliff20: (pairs) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en"><file id="f">\n' +
    pairs.map(([s, t], i) => `<unit id="${i + 1}"><segment><source>${xml(s)}</source><target>${around(xml(t), '<mrk id="m1" type="comment" value="check">', '</mrk>')}</target></segment></unit>\n`).join('') +
    '</file></xliff>\n',
  html: (pairs) => `<!doctype html><html><head><title>Story</title></head><body>\n${pairs.map(([, t]) => `<p>${around(html(t), '<b>', '</b>')}</p>\n`).join('')}</body></html>\n`,
  markdown: (pairs) => `# Story\n\n${pairs.map(([, t]) => `${around(md(t), '*', '*')}\n\n`).join('')}`,
  nitf: (pairs) =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<nitf><head><title>Story</title></head><body><body.content>\n' +
    pairs.map(([, t]) => `<p>${around(xml(t), '<person>', '</person>')}</p>\n`).join('') +
    '</body.content></body></nitf>\n',
};
const FORMAT: Record<string, keyof typeof inputFormats> = { tsv: 'tsv', po: 'po', xliff12: 'xliff', xliff20: 'xliff', html: 'html', markdown: 'markdown', nitf: 'nitf' };
const BILINGUAL = ['tsv', 'po', 'xliff12', 'xliff20'];

const checker = createChecker();

/** Each finding as its rule and the text it flags as the rules read it; the heading "Story" is left out. */
function readFindings(name: string): { mono: string[]; bi: string[] } {
  const text = (WRITE[name] as (p: typeof PAIRS) => string)(PAIRS);
  const doc: Document = inputFormats[FORMAT[name] as keyof typeof inputFormats].parse(text, `story.${name}`);
  const view = doc.prose ?? doc.text;
  const mono: string[] = [];
  const bi: string[] = [];
  for (const f of checker.check(doc).findings) {
    expect(text.slice(f.range.start.offset, f.range.end.offset)).toBe(f.text);
    const read = view.slice(f.range.start.offset, f.range.end.offset).replace(/\s+/g, ' ').trim();
    (f.ruleId.startsWith('bilingual/') ? bi : mono).push(`${f.ruleId}: ${read}`);
  }
  return { mono: mono.sort(), bi: bi.sort() };
}

describe('the same sentences in every input format give the same findings', () => {
  const results = Object.fromEntries(Object.keys(WRITE).map((name) => [name, readFindings(name)]));
  const plain = createChecker()
    .check(PAIRS.map(([, t]) => t).join('\n\n'))
    .findings.map((f) => `${f.ruleId}: ${f.text.replace(/\s+/g, ' ').trim()}`)
    .sort();

  it('finds the errors of the plain text', () => {
    expect(plain).toEqual(expect.arrayContaining(['glossary/near-miss: Keir Starrer', 'spelling/non-word: goverment', 'artefact/repeated-word: the the']));
  });

  it.each(Object.keys(WRITE))('%s: the monolingual rules find what they find in the plain text', (name) => {
    expect((results[name] as { mono: string[] }).mono).toEqual(plain);
  });

  it.each(BILINGUAL)('%s: the bilingual rules find what they find in TSV', (name) => {
    const tsv = (results.tsv as { bi: string[] }).bi;
    expect(tsv.length).toBeGreaterThan(0);
    expect((results[name] as { bi: string[] }).bi).toEqual(tsv);
  });
});
