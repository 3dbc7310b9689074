import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/bilingual/placeholders.ts';
import { described, runBilingual, xliff } from './helpers.ts';

const run = (tsv: string) => described(runBilingual(rule, tsv));

describe('bilingual/placeholders', () => {
  it('reports a renamed placeholder on the target one, with the source one as a safe fix', () => {
    const r = runBilingual(rule, 'Hallo {name}!\tHello {nom}!');
    expect(described(r)).toEqual(['{nom} | "{nom}" stands where the source has "{name}" → {name}']);
    expect(r.findings[0]!.fix).toEqual({ start: 20, end: 25, text: '{name}' });
    expect(r.findings[0]!.confidence).toBe(0.9);
    expect(run('%1$d Dateien\t%2$d files')).toEqual(['%2$d | "%2$d" stands where the source has "%1$d" → %1$d']);
  });

  it('reports missing placeholders and tags on the whole target', () => {
    expect(run('Klicken Sie <b>hier</b>.\tClick here.')).toEqual(['Click here. | the target lacks "<b>" and "</b>" from the source']);
    expect(run('%s hat %d Dateien gelöscht\t%s deleted files')).toEqual(['%s deleted files | the target lacks "%d" from the source']);
    expect(run('{{count}} Elemente\titems')).toEqual(['items | the target lacks "{{count}}" from the source']);
  });

  it('reports extra codes on the code', () => {
    expect(run('Willkommen\tWelcome {user}')).toEqual(['{user} | "{user}" is not in the source']);
    expect(run('Hallo <b>Welt</b>\tHello <b>world</b><br/>')).toEqual(['<br/> | "<br/>" is not in the source']);
  });

  it('accepts the same codes in another order, spacing or quoting, and literal percent signs', () => {
    expect(run('Von %(start)s bis %(end)s\tfrom %(start)s to %(end)s')).toEqual([]);
    expect(run('<a href="x">Link</a> für { name }\tfor {name} <a  href = "x">link</a>')).toEqual([]);
    expect(run('5 % der Stimmen, 100%% sicher\t5% of the votes, 100%% sure')).toEqual([]);
    expect(run('Hallo {0} und {1}\tHello {1} and {0}')).toEqual([]);
  });

  it('requires unnumbered printf conversions to keep their order', () => {
    expect(run('%s hat %d Dateien\t%d files of %s')).toEqual([
      '%d | "%d" is conversion 1 in the target but "%s" in the source: number them (%1$s) or keep the order',
    ]);
  });

  it('compares XLIFF inline codes and escaped HTML tags', () => {
    const ok = xliff('Der <g id="1">Premier</g> &lt;b&gt;sprach&lt;/b&gt;<x id="2"/>', 'The <g id="1">prime minister</g> &lt;b&gt;spoke&lt;/b&gt;<x id="2"/>');
    expect(described(runBilingual(rule, ok, { format: 'xliff' }))).toEqual([]);
    const bad = xliff('Der <g id="1">Premier</g> sprach<x id="2"/>', 'The <g id="3">prime minister</g> spoke');
    expect(described(runBilingual(rule, bad, { format: 'xliff' }))).toEqual([
      'The <g id="3">prime minister</g> spoke | the target lacks "<x id="2"/>" from the source',
      '<g id="3"> | "<g id="3">" stands where the source has "<g id="1">" → <g id="1">',
    ]);
  });

  it('takes an XLIFF native-code element with its content as one code', () => {
    const r = runBilingual(rule, xliff('Zeile<ph id="1">&lt;br/&gt;</ph>Ende', 'Line<ph id="1">&lt;br/&gt;</ph>end<ph id="2">&lt;hr/&gt;</ph>'), { format: 'xliff' });
    expect(described(r)).toEqual(['<ph id="2">&lt;hr/&gt;</ph> | "<ph id="2">&lt;hr/&gt;</ph>" is not in the source']);
  });

  it('reads PO msgid and msgstr', () => {
    const po = 'msgid "%d file"\nmsgid_plural "%d files"\nmsgstr[0] "%d Datei"\nmsgstr[1] "Dateien"\n';
    expect(described(runBilingual(rule, po, { format: 'po' }))).toEqual(['Dateien | the target lacks "%d" from the source']);
  });

  it('leaves empty targets to bilingual/untranslated', () => {
    expect(run('Hallo {name}\t')).toEqual([]);
  });

  it('documents examples that it flags', () => {
    for (const ex of rule.meta.examples) {
      const r = runBilingual(rule, ex.text);
      expect(r.findings.map((f) => f.text)).toContain(ex.flagged);
      if (ex.suggestion) expect(r.findings.find((f) => f.text === ex.flagged)?.suggestions[0]?.text).toBe(ex.suggestion);
    }
  });
});
