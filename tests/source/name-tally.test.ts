import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';
import { droppedBeside, unaccountedNames } from '../../src/source/name-tally.ts';
import { sourceCapitals, sourceNames, targetWords } from '../../src/source/names.ts';

function setup(source: string, target: string, lang: 'ru' | 'uk' = 'ru') {
  const span = { start: 0, end: source.length };
  const names = sourceNames(source, span, lang);
  const capitals = sourceCapitals(source, span, lang);
  const doc = createDocument(target);
  const tokens = tokenize(doc.text, doc.segments);
  const words = targetWords(tokens, { start: 0, end: target.length });
  const all = targetWords(tokens, { start: 0, end: target.length }, true);
  const named = (text: string) => names.find((n) => n.text === text) ?? capitals.find((n) => n.text === text);
  return { names, capitals, words, all, named };
}

describe('droppedBeside', () => {
  it('finds a surname dropped after its given name', () => {
    const s = 'Вчера актёр Александр Яценко приехал в Сочи.';
    const { capitals, words, named } = setup(s, 'Yesterday the actor Aleksandr, happy, arrived in Sochi.');
    expect(droppedBeside(named('Яценко')!, capitals, words, s, 'Yesterday the actor Aleksandr, happy, arrived in Sochi.', 'ru')).toBe(true);
    const t = 'Yesterday the actor Aleksandr Jatsenko arrived in Sochi.';
    const kept = setup(s, t);
    expect(droppedBeside(kept.named('Яценко')!, kept.capitals, kept.words, s, t, 'ru')).toBe(false);
  });

  it('takes a name particle for part of a name, not a conjunction', () => {
    const s = 'Это сказал Людвиг ван Бетховен.';
    const t = 'This was said by Ludvig, the composer.';
    const a = setup(s, t);
    expect(droppedBeside(a.named('Бетховен')!, a.capitals, a.words, s, t, 'ru')).toBe(true);
    const s2 = 'Это сказали Людвиг и Бетховен.';
    const b = setup(s2, t);
    expect(droppedBeside(b.named('Бетховен')!, b.capitals, b.words, s2, t, 'ru')).toBe(false);
  });
});

describe('unaccountedNames', () => {
  it('leaves a name over when the sentence has no capitalised word left for it', () => {
    const s = 'В фильме снялись Горобченко и Джоли.';
    const dropped = 'The film starred Gorobchenko and a boy.';
    const a = setup(s, dropped);
    expect(unaccountedNames(a.names, a.words, dropped, { start: 0, end: dropped.length }, a.capitals).map((n) => n.text)).toEqual(['Джоли']);
    const kept = 'The film starred Gorobchenko and Jolie.';
    const b = setup(s, kept);
    expect(unaccountedNames(b.names, b.words, kept, { start: 0, end: kept.length }, b.capitals)).toEqual([]);
  });

  it('lets a person pronoun stand for one name', () => {
    const s = 'Потом Горобченко уехал.';
    const t = 'Then he left.';
    const a = setup(s, t);
    expect(unaccountedNames(a.names, a.words, t, { start: 0, end: t.length }, a.capitals, a.all)).toEqual([]);
    const none = 'Then left.';
    const b = setup(s, none);
    expect(unaccountedNames(b.names, b.words, none, { start: 0, end: none.length }, b.capitals, b.all).map((n) => n.text)).toEqual(['Горобченко']);
  });

  it('lets an English word capitalised in the translation stand only for a word the dictionary does not know', () => {
    const s = 'Госжилинспекция проверила дом.';
    const t = 'The State Housing Inspectorate checked the house.';
    const a = setup(s, t);
    expect(unaccountedNames(a.names, a.words, t, { start: 0, end: t.length }, a.capitals)).toEqual([]);
    // a dictionary name ("Михайло") is not said as "Department": left over
    const s2 = 'Вчора Михайло приїхав до міністерства.';
    const t2 = 'Yesterday he came to the Department.';
    const b = setup(s2, t2, 'uk');
    const mykhailo = { ...b.named('Михайло')!, known: true };
    expect(unaccountedNames([mykhailo], b.words, t2, { start: 0, end: t2.length }, b.capitals).map((n) => n.text)).toEqual(['Михайло']);
  });

  it('takes an English word beside a name for part of the name', () => {
    const s = 'Цитують вислів Леха Качинського.';
    const t = 'They quote Lech Kaczynski.';
    const a = setup(s, t, 'uk');
    const names = a.capitals.filter((c) => c.text !== 'Цитують').map((c) => ({ ...c, known: true }));
    expect(unaccountedNames(names, a.words, t, { start: 0, end: t.length }, a.capitals)).toEqual([]);
    // "Lech" is an English word (to lech): not beside a name, it stands for no name of the dictionary
    const alone = 'They quote Lech, then Kaczynski.';
    const b = setup(s, alone, 'uk');
    expect(unaccountedNames(names, b.words, alone, { start: 0, end: alone.length }, b.capitals).map((n) => n.text)).toEqual(['Леха']);
  });
});
