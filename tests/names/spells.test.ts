import { describe, expect, it } from 'vitest';
import { fixedSpelling, sameConsonants, vowelsFree } from '../../src/names/spells.ts';
import { termOf } from './helpers.ts';

/**
 * fixedSpelling (src/names/spells.ts, corpora/names/particles.yaml): which glossary names are of a language
 * written in Latin script, so that the variants romanisations allow are misspellings of them. Real names.
 */
const fixed: [string, string][] = [
  ['Ian McEwan', 'Gaelic Mc before a capital'],
  ['Boris Becker', 'ck'],
  ['Gerhard Schröder', 'an umlaut'],
  ['Pedro Almodóvar', 'an acute accent'],
  ['Sergio Perez', 'the Spanish patronymic -ez'],
  ['Gene Kelly', 'a doubled consonant before a final y'],
  ['Margot Robbie', 'the diminutive -ie in the family name'],
  ['Francisco Franco', 'c for k inside a word'],
  ['Robert Lewandowski', 'the Polish -ski'],
  ['Mesut Özil', 'an accent on the capital'],
  ['François Mitterrand', 'a cedilla in the given name: accents count in any word'],
  ['Mary Lou McDonald', 'Mc, and a given name in -ou that is no Greek ending'],
  ['Jürgen Klopp', 'an umlaut in the given name'],
  ['Recep Tayyip Erdoğan', 'a Turkish letter; yy inside a word is no romanisation of й'],
  ['Sauli Niinistö', 'an umlaut; ii inside a word is no romanisation of ий'],
  ['Emmanuel Macron', 'c for k inside a family name that is an English word too'],
  ['Andrzej Duda', 'the Polish rz after a consonant, in the given name'],
  ['Mateusz Nowak', 'the Polish sz, in the given name'],
];

const notFixed: [string, string][] = [
  ['Maria Zakharova', 'no evidence of either kind'],
  ['Nicolai Ghiaurov', 'c for k outweighed by a Slavic ending'],
  ['Victor Yanukovych', 'c for k only in an English word, and a Slavic ending'],
  ['Nicos Anastasiades', 'c for k outweighed by a Greek ending'],
  ['Mikhail Baryshnikov', 'kh and -ov'],
  ['Volodymyr Zelenskyy', 'yy'],
  ['Mie Prefecture', 'a Japanese name with an -ie, and an English word'],
  ['Black Sea', 'ck only in an English word'],
  ['Noga Erez', 'a short -ez (Hebrew)'],
  ['Mark Rutte', 'a Dutch name with none of the evidence'],
  ['Victoria Azarenka', 'c for k in the given name only: given names travel between languages'],
  ['Rafic Hariri', 'c for k in the given name only (also Rafik, Rafiq)'],
  ['Benny Gantz', 'a doubled consonant before -y in the given name only (also Beni)'],
  ['Hafez al-Assad', 'the Arabic article joined by a hyphen (also al-Asad)'],
  ['Mohammed bin Salman', 'an Arabic particle'],
  ['Kaïs Saïed', 'ï, which French romanisations of Arabic write'],
  ['Han Duck-soo', 'two syllables joined by a hyphen, Korean (also Duk-soo)'],
  ['Moncef Marzouki', 'rz after a vowel: a romanisation of Arabic (also Marzuki); c for k in the given name only'],
  ['Ivan Rzhevsky', 'rz before h is the zh of a romanisation, and a Slavic ending'],
];

const term = termOf;

describe('fixedSpelling: a glossary name of fixed spelling', () => {
  it.each(fixed)('%s is of fixed spelling (%s)', (name) => {
    expect(fixedSpelling(term(name))).toBe(true);
  });
  it.each(notFixed)('%s is not (%s)', (name) => {
    expect(fixedSpelling(term(name))).toBe(false);
  });
});

describe('names romanised from Arabic: vowels are the romanisation\'s choice', () => {
  it.each([
    ['Mohammed bin Salman', true],
    ['Hafez al-Assad', true],
    ['Shireen Abu Akleh', true],
    ['Mohamed Salah', false],
    ['Al Gore', false],
    ['Hyun Bin', false],
  ])('%s has an Arabic particle: %s', (name, arabic) => {
    expect(vowelsFree(term(name))).toBe(arabic);
  });

  it.each([
    ['mohammed', 'muhammad', true],
    ['mohamed', 'mohammad', true],
    ['khair', 'kheir', true],
    ['khair', 'khir', true],
    ['zayed', 'zaid', true],
    ['akleh', 'akla', true],
    ['ahmad', 'hamid', false],
    ['salman', 'salmak', false],
    ['ali', 'eli', false],
    // distinct names that Arabic tells apart by a long vowel
    ['hamad', 'hamid', false],
    ['hassan', 'hussein', false],
    ['saad', 'said', false],
    ['mahmoud', 'mohammed', false],
    ['amr', 'amir', false],
    ['ali', 'alaa', false],
    ['ayman', 'amin', false],
    ['salman', 'suleiman', false],
    ['alassad', 'alsaad', false],
    ['sabah', 'saba', false],
    ['nabil', 'nabila', false],
  ])('%s and %s have the same consonants: %s', (a, b, same) => {
    expect(sameConsonants(a, b)).toBe(same);
  });
});

