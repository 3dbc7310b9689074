import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/glossary/near-miss.ts';
import { runRule } from '../helpers/rule-tester.ts';

/**
 * A German -> English round trip leaves German transliterations of Russian, Ukrainian, Belarusian, Central
 * Asian, Arabic and Persian names in English text. Each row: a name as English news writes it (the glossary
 * holds all of them) and as German news writes it. Names are facts; the forms are written out here.
 */
const P = 'person';
const L = 'place';
const O = 'organisation';
const rows: [english: string, german: string, category: string][] = [
  ['Mikhail Gorbachev', 'Michail Gorbatschow', P],
  ['Nikita Khrushchev', 'Nikita Chruschtschow', P],
  ['Yemelyan Pugachev', 'Jemeljan Pugatschow', P],
  ['Alla Pugacheva', 'Alla Pugatschowa', P],
  ['Boris Yeltsin', 'Boris Jelzin', P],
  ['Sergei Lavrov', 'Sergej Lawrow', P],
  ['Yevgeny Prigozhin', 'Jewgeni Prigoschin', P],
  ['Mikhail Khodorkovsky', 'Michail Chodorkowski', P],
  ['Pyotr Tchaikovsky', 'Pjotr Tschaikowski', P],
  ['Ramzan Kadyrov', 'Ramsan Kadyrow', P],
  ['Sergei Shoigu', 'Sergej Schoigu', P],
  ['Dmitry Medvedev', 'Dmitri Medwedew', P],
  ['Alexei Navalny', 'Alexej Nawalny', P],
  ['Yulia Navalnaya', 'Julia Nawalnaja', P],
  ['Maria Zakharova', 'Maria Sacharowa', P],
  ['Fyodor Dostoevsky', 'Fjodor Dostojewski', P],
  ['Alexander Solzhenitsyn', 'Alexander Solschenizyn', P],
  ['Valery Gerasimov', 'Waleri Gerassimow', P],
  ['Dmitry Peskov', 'Dmitri Peskow', P],
  ['Mikhail Mishustin', 'Michail Mischustin', P],
  ['Nikolai Patrushev', 'Nikolai Patruschew', P],
  ['Viktor Chernomyrdin', 'Viktor Tschernomyrdin', P],
  ['Gennady Zyuganov', 'Gennadi Sjuganow', P],
  ['Anna Politkovskaya', 'Anna Politkowskaja', P],
  ['Alexander Lukashenko', 'Alexander Lukaschenko', P],
  ['Svetlana Tikhanovskaya', 'Swetlana Tichanowskaja', P],
  ['Yulia Tymoshenko', 'Julija Tymoschenko', P],
  ['Viktor Yushchenko', 'Wiktor Juschtschenko', P],
  ['Viktor Yanukovych', 'Wiktor Janukowytsch', P],
  ['Petro Poroshenko', 'Petro Poroschenko', P],
  ['Oleksii Reznikov', 'Oleksij Resnikow', P],
  ['Valerii Zaluzhnyi', 'Walerij Saluschnyj', P],
  ['Andriy Yermak', 'Andrij Jermak', P],
  ['Mikheil Saakashvili', 'Micheil Saakaschwili', P],
  ['Eduard Shevardnadze', 'Eduard Schewardnadse', P],
  ['Nursultan Nazarbayev', 'Nursultan Nasarbajew', P],
  ['Kassym-Jomart Tokayev', 'Kassym-Schomart Tokajew', P],
  ['Ilham Aliyev', 'Ilham Alijew', P],
  ['Kharkiv', 'Charkiw', L],
  ['Zaporizhzhia', 'Saporischschja', L],
  ['Kherson', 'Cherson', L],
  ['Chernihiv', 'Tschernihiw', L],
  ['Zhytomyr', 'Schytomyr', L],
  ['Sievierodonetsk', 'Sjewjerodonezk', L],
  ['Grozny', 'Grosny', L],
  ['Yekaterinburg', 'Jekaterinburg', L],
  ['Chelyabinsk', 'Tscheljabinsk', L],
  ['Yakutsk', 'Jakutsk', L],
  ['Bryansk', 'Brjansk', L],
  ['Tashkent', 'Taschkent', L],
  ['Dushanbe', 'Duschanbe', L],
  ['Ashgabat', 'Aschgabat', L],
  ['Bishkek', 'Bischkek', L],
  ['Bashar al-Assad', 'Baschar al-Assad', P],
  ['Benjamin Netanyahu', 'Benjamin Netanjahu', P],
  ['Khalifa Haftar', 'Chalifa Haftar', P],
  ['Yahya Sinwar', 'Jahja Sinwar', P],
  ['Ismail Haniyeh', 'Ismail Hanija', P],
  ['Sharm el-Sheikh', 'Scharm el-Scheich', L],
  ['Jabalia', 'Dschabalija', L],
  ['Khan Younis', 'Chan Junis', L],
  ['Jenin', 'Dschenin', L],
  ['Sheikh Jarrah', 'Scheich Dscharrah', L],
  ['Ayman al-Zawahiri', 'Aiman al-Sawahiri', P],
  ['Ali Khamenei', 'Ali Chamenei', P],
  ['Ruhollah Khomeini', 'Ruhollah Chomeini', P],
  ['Mahmoud Ahmadinejad', 'Mahmud Ahmadinedschad', P],
  ['Javad Zarif', 'Dschawad Sarif', P],
  ['Chiang Kai-shek', 'Tschiang Kai-schek', P],
  // German forms English news writes too (an accepted spelling: not flagged)
  ['Mahmoud Abbas', 'Mahmud Abbas', P],
  ['Muammar Gaddafi', 'Muammar al-Gaddafi', P],
  ['Houthis', 'Huthis', O],
  ['Hassan Rouhani', 'Hassan Ruhani', P],
  ['Khartoum', 'Khartum', L],
];
/** Rows whose German form English news writes as well. */
const accepted = new Set(['Mahmud Abbas', 'Muammar al-Gaddafi', 'Huthis', 'Hassan Ruhani', 'Khartum']);
/**
 * Known gaps: a vowel the German form changes besides the consonants (Dschidda, Jeddah), z written s after a
 * consonant (Mirsijojew), older German forms of Chinese names (Tschou En-lai), an exonym (Riad).
 */
const gaps: [english: string, german: string, category: string][] = [
  ['Jeddah', 'Dschidda', L],
  ['Shavkat Mirziyoyev', 'Schawkat Mirsijojew', P],
  ['Zhou Enlai', 'Tschou En-lai', P],
  ['Riyadh', 'Riad', L],
];

const glossary = [...rows, ...gaps].map(([term, , category]) => ({ term, category }));
const sentence = (name: string) => `We heard that ${name} spoke again.`;
// (no source language given, as `translint check` without --source-lang; the tables are run again below with the
// source language known, where the names are romanised from another script all the same)
const found = (name: string, terms: unknown[] = glossary, sourceLang?: 'de' | 'fr') =>
  runRule(rule, sentence(name), { glossary: terms, ...(sourceLang ? { sourceLang } : {}) }).findings.map((f) => ({ at: f.range.start.offset, text: f.text, suggestion: f.suggestions[0]?.text }));

describe('German forms of names after a round trip', () => {
  it.each(rows.filter(([, german]) => !accepted.has(german)))('%s, written %s', (english, german) => {
    expect(found(german)).toEqual([{ at: 14, text: german, suggestion: english }]);
  });

  it.each(rows.filter(([, german]) => accepted.has(german)))('%s, written %s, an accepted spelling', (_english, german) => {
    expect(found(german)).toEqual([]);
  });

  it.fails.each(gaps)('%s, written %s (not yet caught)', (english, german) => {
    expect(found(german)).toEqual([{ at: 14, text: german, suggestion: english }]);
  });
});

describe('German forms of names after a round trip, German the known source language', () => {
  it.each(rows.filter(([, german]) => !accepted.has(german)))('%s, written %s', (english, german) => {
    expect(found(german, glossary, 'de')).toEqual([{ at: 14, text: german, suggestion: english }]);
  });

  it.each(rows.filter(([, german]) => accepted.has(german)))('%s, written %s, an accepted spelling', (_english, german) => {
    expect(found(german, glossary, 'de')).toEqual([]);
  });
});

/** French forms of names romanised from Cyrillic, and English variants of names romanised from another script. */
const french: [english: string, french: string][] = [
  ['Mikhail Gorbachev', 'Mikhaïl Gorbatchev'],
  ['Vladimir Putin', 'Vladimir Poutine'],
  ['Viktor Yushchenko', 'Viktor Iouchtchenko'],
  ['Nikita Khrushchev', 'Nikita Khrouchtchev'],
];
const englishVariants: [english: string, variant: string][] = [
  ['Dmitry Medvedev', 'Dmitri Medvedev'],
  ['Maria Zakharova', 'Mariya Zakharova'],
  ['Mahmoud Abbas', 'Mahmood Abbas'],
  ['Hassan Rouhani', 'Hassan Ruhani'],
  ['Yevgeny Prigozhin', 'Evgeny Prigozhin'],
  ['Ayman al-Zawahiri', 'Ayman Zawahiri'],
  ['Muammar Gaddafi', 'Muammar el-Gaddafi'],
];

describe.each(['de', 'fr'] as const)('names romanised from another script, %s the known source language', (lang) => {
  it.each(french)('%s, written %s in French', (english, written) => {
    expect(found(written, [{ term: english, category: P }], lang)).toEqual([{ at: 14, text: written, suggestion: english }]);
  });

  it.each(englishVariants)('%s, written %s, a variant English writes', (english, written) => {
    expect(found(written, [...glossary, { term: english, category: P }], lang)).toEqual([]);
  });

  it.each([
    // names of Latin-script languages keep their fixed spelling: a variant only a romanisation allows is a misspelling
    ['Jerome Powell', 'Jerome Powel'],
    ['Olaf Scholz', 'Olaf Schollz'],
    ['Keir Starmer', 'Keir Starrmer'],
  ])('%s, written %s, a misspelling', (english, written) => {
    expect(found(written, [{ term: english, category: P }], lang)).toEqual([{ at: 14, text: written, suggestion: english }]);
  });
});

describe('names the conventions must not confuse', () => {
  it.each([
    // yo after a sibilant: the ending, not any name ending in -ov
    ['Alexander Gorbunov', 'Michail Gorbatschow'],
    ['Alexander Gorchakov', 'Michail Gorbatschow'],
    ['Nikita Mikhalkov', 'Nikita Chruschtschow'],
    ['Kirill Kudryashov', 'Jemeljan Pugatschow'],
    // dsch for j: another Arabic name
    ['Jamal Khashoggi', 'Dschamil Hassan'],
    ['Jenin', 'Dschuba'],
  ])('%s is not %s', (term, written) => {
    expect(found(written, [{ term, category: 'person' }])).toEqual([]);
  });
});

describe('a name of no romanised shape, the source language written in Latin script', () => {
  it('is held to its letters: a long vowel as Japanese romanisations write it is a misspelling ("Joop Couk" for Joop Cook)', () => {
    const names = [{ term: 'Joop Cook', category: 'person' }];
    expect(runRule(rule, 'Then Joop Couk spoke.', { glossary: names, sourceLang: 'de' }).findings.map((f) => f.text)).toEqual(['Joop Couk']);
    expect(runRule(rule, 'Then Joop Couk spoke.', { glossary: names }).findings.map((f) => f.text)).toEqual([]);
  });

  it('is held to its letters, source language known or not, where every word is a name the English dictionary knows ("Tim Couk" for Tim Cook)', () => {
    const names = [{ term: 'Tim Cook', category: 'person' }];
    expect(runRule(rule, 'The executive Tim Couk spoke.', { glossary: names, sourceLang: 'de' }).findings.map((f) => f.text)).toEqual(['Tim Couk']);
    expect(runRule(rule, 'The executive Tim Couk spoke.', { glossary: names }).findings.map((f) => f.text)).toEqual(['Tim Couk']);
  });
});
