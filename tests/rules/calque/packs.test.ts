import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossaryFile } from '../../../src/glossary/load.ts';
import de from '../../../src/rules/calque/de.ts';
import es from '../../../src/rules/calque/es.ts';
import fr from '../../../src/rules/calque/fr.ts';
import { packPath, safeWithoutSource } from '../../../src/rules/calque/pack.ts';
import type { Rule, SourceLang } from '../../../src/rules/types.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

const packs: [SourceLang, Rule][] = [['de', de], ['fr', fr], ['es', es]];

describe.each(packs)('calque/%s pack data', (lang, rule) => {
  const glossary = loadGlossaryFile(packPath(lang));

  it('loads without warnings, and every entry has an example, a note and a variant', () => {
    expect(glossary.warnings).toEqual([]);
    expect(glossary.entries.length).toBeGreaterThanOrEqual(12);
    for (const e of glossary.entries) {
      expect(e.example, e.term).toBeTruthy();
      expect(e.note, e.term).toBeTruthy();
      expect(e.variants.length, e.term).toBeGreaterThan(0);
      expect(e.category).toBe('term');
    }
  });

  for (const e of glossary.entries) {
    it(`flags the example of "${e.term}" (${e.variants.map((v) => v.text).join(', ').slice(0, 60)})`, () => {
      const run = runRule(rule, e.example as string, { sourceLang: lang });
      const hit = run.findings.find((f) => f.entry === undefined || f.suggestions[0]?.text.toLowerCase().startsWith(e.term.toLowerCase()));
      expect(hit, `${e.example} → ${flagged(run).join('; ')}`).toBeDefined();
    });
  }

  it('does not run for another source language', () => {
    const other = packs.find(([l]) => l !== lang) as [SourceLang, Rule];
    for (const e of glossary.entries) expect(runRule(rule, e.example as string, { sourceLang: other[0] }).findings).toEqual([]);
  });

  it('without a source language runs only entries with supporting context words, 0.1 less sure', () => {
    for (const e of glossary.entries) {
      const known = runRule(rule, e.example as string, { sourceLang: lang }).findings;
      const unknown = runRule(rule, e.example as string).findings;
      if (!safeWithoutSource(e)) continue;
      expect(unknown.length, e.term).toBe(known.length);
      unknown.forEach((f, k) => expect(f.confidence).toBeCloseTo((known[k] as (typeof known)[number]).confidence - 0.1, 5));
    }
    expect(runRule(rule, 'She bought a new handy on Monday. Actually, prices are falling.').findings).toEqual([]);
  });

  it('passes each meta example', () => {
    for (const ex of rule.meta.examples) {
      const run = runRule(rule, ex.text, { sourceLang: lang });
      expect(flagged(run)).toContain(`${ex.flagged} → ${ex.suggestion}`);
    }
  });

  it('has a YAML file named after the language', () => {
    expect(readFileSync(packPath(lang), 'utf8')).toContain(`name: calque-${lang}`);
  });
});
