import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/source/names.ts';
import { runWithSource } from './helpers.ts';

const run = (source: string, target: string, lang?: string) => runWithSource('source/names', source, target, lang).described;

describe('source/names', () => {
  it('flags a name the translation bent, with the original spelling as the fix and the exact range', () => {
    const target = 'The British Prime Minister Keir Starrer arrived in Kigali on Tuesday.';
    const r = runWithSource('source/names', 'Der britische Premierminister Keir Starmer traf am Dienstag in Kigali ein.', target);
    expect(r.described).toEqual(['Starrer | the original has "Starmer" here; "Starrer" may be a misspelling of it → Starmer']);
    const f = r.findings[0]!;
    expect(target.slice(f.range.start.offset, f.range.end.offset)).toBe('Starrer');
    expect(f.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it.each([
    ['the same spelling', 'Keir Starmer traf Paul Kagame.', 'Keir Starmer met Paul Kagame.'],
    ['a German case ending', 'Starmers Besuch in Kigali war kurz.', "Starmer's visit to Kigali was short."],
    ['an adjective from a place name', 'Der Geesthachter Verein pflanzt Blumen.', 'The Geesthacht club plants flowers.'],
    ['a transliteration convention', 'Präsident Selenskyj sprach in Kiew.', 'President Zelensky spoke in Kyiv.'],
    ['a Russian name romanised', 'Вчера Зеленский выступил в Брюсселе.', 'Yesterday Zelensky spoke in Brussels.'],
    ['a Ukrainian name in another case', 'Заява Шмигаля була короткою.', "Shmyhal's statement was short."],
    ['a dictionary word of the original', 'Die Regierung tagte in Berlin.', 'The government met in Berlin.'],
    ['an English dictionary word in the target', 'Der Vorsitzende Wolfgang Stahl sprach.', 'The chairman Wolfgang Steel spoke.'],
  ])('accepts %s', (_what, source, target) => {
    expect(run(source, target)).toEqual([]);
  });

  it.each([
    ['Präsident Selenskyj sprach in Kiew.', 'President Zelemsky spoke in Kyiv.', 'Zelemsky'],
    ['Вчера Зеленский выступил в Брюсселе.', 'Yesterday Zelemsky spoke in Brussels.', 'Zelemsky'],
    ['Die Person war Omar Abdulsattar Ameen.', 'The person was Omar Abdulattar Ameen.', 'Abdulattar'],
  ])('flags %s → %s', (source, target, flagged) => {
    expect(run(source, target).map((d) => d.split(' | ')[0])).toEqual([flagged]);
  });

  it('compares capitalised words with the pinyin of a Chinese original', () => {
    expect(run('习近平在北京会见了马克龙。', 'Xi Jinpeng met Macron in Beijing.')).toEqual([
      'Jinpeng | the original reads "Jinping" here in pinyin; "Jinpeng" may be a misspelling of it → Jinping',
    ]);
    expect(run('习近平在北京会见了马克龙。', 'Xi Jinping met Macron in Beijing.')).toEqual([]);
  });

  it('says nothing without an original', () => {
    const checker = runWithSource('source/names', '', 'Keir Starrer arrived.');
    expect(checker.findings).toEqual([]);
    expect(checker.sourceWarning).toMatch(/empty/);
  });

  it('has examples that the rule flags', () => {
    for (const ex of rule.meta.examples) {
      const found = runWithSource('source/names', ex.source!, ex.text, 'de').findings;
      expect(found.map((f) => f.text)).toContain(ex.flagged);
      expect(found[0]!.suggestions?.[0]?.text).toBe(ex.suggestion);
    }
  });
});
