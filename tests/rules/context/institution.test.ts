import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossaryFile } from '../../../src/glossary/load.ts';
import rule from '../../../src/rules/context/institution.ts';
import { flagged, runRule } from '../../helpers/rule-tester.ts';

const glossary = readFileSync(new URL('../../fixtures/glossaries/seed.yaml', import.meta.url), 'utf8');
const seed = readFileSync(new URL('../../../corpora/samples/wire-libya-rwanda.txt', import.meta.url), 'utf8');
const withWadephul = [{ term: 'Johann Wadephul', category: 'person', titles: ['Foreign Minister'] }, { term: 'Marco Rubio', category: 'person', titles: ['Secretary of State'] }];

describe('context/institution', () => {
  it('flags the seed article: three Foreign Ministry and the Foreign Minister before Marco Rubio', () => {
    const run = runRule(rule, seed, { glossary });
    expect(flagged(run)).toEqual([
      'Foreign Ministry → State Department',
      'Foreign Ministry → State Department',
      'Foreign Minister → Secretary of State',
      'Foreign Ministry → State Department',
    ]);
    const rubio = run.findings[2]!;
    expect(rubio.confidence).toBe(0.9);
    expect(seed.slice(rubio.range.start.offset, rubio.range.end.offset + 12)).toBe('Foreign Minister Marco Rubio');
  });

  it('reports exact offsets and uses an attached US mention', () => {
    const text = 'The Foreign Ministry in Washington declined to comment.';
    const run = runRule(rule, text);
    expect(flagged(run)).toEqual(['Foreign Ministry → State Department']);
    expect([run.findings[0]!.range.start.offset, run.findings[0]!.range.end.offset]).toEqual([4, 20]);
    expect(run.findings[0]!.confidence).toBe(0.85);
  });

  it('flags other US institutions by the nearest country in the sentence', () => {
    expect(flagged(runRule(rule, 'Mexico agreed. US Attorney General Pam Bondi said the Justice Ministry would prosecute dealers.'))).toEqual([
      'Justice Ministry → Justice Department',
    ]);
    expect(flagged(runRule(rule, 'The US government plans more flights. The Interior Ministry has asked airlines for offers.'))).toEqual([
      'Interior Ministry → Department of Homeland Security',
    ]);
  });

  it("never flags another country's ministry", () => {
    const texts = [
      'The Trump administration talked to Libya. Libya\'s Foreign Ministry in Tripoli was not informed. The Libyan Foreign Ministry said nothing.',
      'The United States and Rwanda talked. Rwanda\'s Foreign Ministry welcomed the plan, Washington said.',
      'Colombia\'s Foreign Ministry summoned the US chargé d\'affaires after Trump spoke.',
      'The German Foreign Ministry announced aid, while the United States, Washington and Trump stayed silent.',
      'The Foreign Ministry of Libya met US officials in Washington with Trump.',
      'Berlin and Madrid: the Foreign Ministry in Madrid criticised the plan of the United States and Trump.',
    ];
    for (const text of texts) expect(flagged(runRule(rule, text)), text).toEqual([]);
  });

  it("respects a person's glossary titles and does not guess for titles before other names", () => {
    const texts = [
      'Trump met Germany\'s leaders in Washington. Foreign Minister Johann Wadephul said the US was an ally.',
      'The United States and Trump were criticised. Foreign Minister Sergei Lavrov spoke in Moscow.',
      'The Council of Foreign Ministers met in Washington, the US capital.',
      'Spain wants more money. Foreign Minister José Manuel Albares will explain it in Brussels.',
    ];
    for (const text of texts) expect(flagged(runRule(rule, text, { glossary: withWadephul })), text).toEqual([]);
  });

  it('does nothing when the text does not mention the United States', () => {
    expect(runRule(rule, 'The Foreign Ministry in Paris and the Interior Minister of France met.').findings).toEqual([]);
  });

  it('has data for every institution pair named in its description, each with an example that is flagged', () => {
    const data = loadGlossaryFile(new URL('../../../corpora/rules/institutions.yaml', import.meta.url).pathname);
    expect(data.warnings).toEqual([]);
    for (const e of data.entries) {
      expect(e.context?.anyOf?.length, e.term).toBeGreaterThan(0);
      const run = runRule(rule, e.example as string);
      expect(run.findings.map((f) => f.suggestions[0]?.text), e.example).toContain(e.term);
    }
  });

  it('passes each meta example', () => {
    for (const ex of rule.meta.examples) {
      expect(flagged(runRule(rule, ex.text, { glossary: withWadephul }))).toContain(`${ex.flagged} → ${ex.suggestion}`);
    }
  });
});
