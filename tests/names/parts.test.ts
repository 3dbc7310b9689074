import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/document/document.ts';
import { tokenize } from '../../src/document/tokens.ts';
import { findNameMisses } from '../../src/names/match.ts';
import { modifierMisses } from '../../src/names/modifier.ts';
import { partMisses } from '../../src/names/parts.ts';
import { oneEdit, resegmentedNames } from '../../src/names/resegmented.ts';
import { nameRuns, nameWords } from '../../src/names/words.ts';
import { indexOf } from './helpers.ts';

/** Real places, people and bodies; the negatives are real, distinct names that must not be confused. */
const { glossary, index } = indexOf([
  { term: 'Nagorno-Karabakh', category: 'place' },
  { term: 'Efrat Baron-Harlev', category: 'person' },
  { term: 'Fujine', category: 'place' },
  { term: 'Yokote', category: 'place' },
  { term: 'Osaka', category: 'place' },
  { term: 'Stuttgart-Bad Cannstatt', category: 'place' },
  { term: 'Swabian-Alemannic', category: 'term' },
  { term: 'Svatove-Kreminna', category: 'place' },
  { term: 'Korean Peninsula', category: 'place' },
  { term: 'Russian Federation', category: 'place' },
  { term: 'Social Democrats', category: 'organisation' },
  { term: 'Labour Party', category: 'organisation' },
  { term: 'Ruthie Russo', category: 'person' },
  { term: 'Chuodai Iino', category: 'place' },
  { term: 'Activision Blizzard', category: 'organisation' },
  { term: 'Tenri University', category: 'organisation' },
  { term: "Be'er Sheva", category: 'place' },
  { term: 'Kitakami Line', category: 'organisation' },
  { term: 'White House', category: 'organisation' },
  { term: 'Lee Jae-myung', category: 'person' },
  { term: 'Jean-Marie Le Pen', category: 'person' },
  { term: 'Saint-Martin', category: 'place' },
  { term: 'Saint Lucia', category: 'place' },
  { term: 'Saint Kitts and Nevis', category: 'place' },
  { term: 'Saint Petersburg', category: 'place' },
  { term: 'Bern', category: 'place' },
  { term: 'Paris', category: 'place' },
  { term: 'Guinea-Bissau', category: 'place' },
  { term: 'Guinea-Bissauan', category: 'term' },
  { term: 'Islamic Revolutionary Guard Corps', category: 'organisation' },
]);

function prepare(text: string) {
  const doc = createDocument(text);
  const tokens = tokenize(text, doc.segments);
  const matches = glossary.match(text, tokens, doc.segments);
  const inMatch = new Uint8Array(tokens.length);
  for (const m of matches) for (let t = m.firstToken; t < m.lastToken; t++) inMatch[t] = 1;
  const words = nameWords(text, tokens);
  return { doc, tokens, matches, inMatch, words, runs: nameRuns(tokens, words) };
}

type Found = [span: string, at: number, suggestion: string];
const shown = (text: string, found: readonly { start: number; end: number; suggestion: string }[]): Found[] => found.map((f) => [text.slice(f.start, f.end), f.start, f.suggestion]);

describe('partMisses: a hyphenated name with a part bent', () => {
  const cases: [name: string, text: string, expected: Found[]][] = [
    ['the first part bent, the second kept', 'The war in Nagut-Karabakh resumed.', [['Nagut-Karabakh', 11, 'Nagorno-Karabakh']]],
    ['the second part of a surname written as an English word that begins alike', 'Dr. Efrat Baron-Herb spoke.', [['Baron-Herb', 10, 'Baron-Harlev']]],
    ['a section between two glossary stations, the second with a letter added', 'The Fujine-Yokotem section closed.', [['Yokotem', 11, 'Yokote']]],
    ['and with a syllable added', 'The Fujine-Yokotema section closed.', [['Yokotema', 11, 'Yokote']]],
    // negatives: real, distinct names
    ['the names written right', 'Trains ran from Fujine-Yokote and in Nagorno-Karabakh.', []],
    ['another person with a part of the surname in common', 'The actor Sacha Baron-Cohen came.', []],
    ['another district of the city, one letter in common with the part', 'She lives in Stuttgart-Botnang.', []],
    ['another adjective ending of the same stem', 'The Swabian-Alemannian dialects differ.', []],
    ['a part that is a glossary name with another name joined', 'The Osaka-Kobe line runs on.', []],
    ['a glossary name beside another known place, not a letter or two added', 'The Fujine-Yokohama train ran.', []],
    ['the other part unlike the term\'s', 'Trains ran on the Svatove-Luhansk line.', []],
    ['a spelling a romanisation allows of a glossary name, not its demonym misspelt', 'Voters in Guinea-Bisau went out.', []],
    ['the closest of the terms that fit: the place, not its demonym', 'Voters in Guinea-Bisssau went out.', [['Guinea-Bisssau', 10, 'Guinea-Bissau']]],
    ['the given name of a glossary person with the surname written beside it', 'President Lee Jae-myong spoke.', [['Jae-myong', 14, 'Jae-myung']]],
    ['other people with a syllable of a Korean given name in common', 'Kim Jae-min and Park Jae-moon met.', []],
    ['another person with the first part of a French given name in common', 'Jean-Marc Ayrault spoke.', []],
    ['another place of a saint\'s name, a part many names share', 'The bus to Saint-Marcel left.', []],
    ['an English exonym with a final e beside a glossary place', 'The Paris-Berne train left.', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const p = prepare(text);
      expect(shown(text, partMisses(p.words, p.inMatch, index, glossary))).toEqual(expected);
    });
  }
});

describe('modifierMisses: a word before a name\'s last with a letter added or dropped at its end', () => {
  const cases: [name: string, text: string, expected: Found[]][] = [
    ['a noun for the adjective of a place name', 'Tension on the Korea Peninsula rose.', [['Korea', 15, 'Korean']]],
    ['the same, the name ending a heading line', 'News\nKorea Peninsula\nPark Chung said so.', [['Korea', 5, 'Korean']]],
    ['another such place', 'The Russia Federation voted.', [['Russia', 4, 'Russian']]],
    // negatives
    ['the name written right', 'Tension on the Korean Peninsula rose.', []],
    ['the last word, the head, inflects: a member of the party', 'A Social Democrat spoke.', []],
    ['a letter inside the word: another party of that spelling', 'The Labor Party of Australia won.', []],
    ['a person: given names vary by a letter (Ruthi, Ruthie)', 'Ruthi Russo sang.', []],
    ['the run longer than the name: another name that holds it', 'The Korea Peninsula Hotel opened.', []],
    ['a word in the plural for the singular: the same name written another way', 'The Islamic Revolutionary Guards Corps fired.', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const p = prepare(text);
      expect(shown(text, modifierMisses(text, p.words, p.runs, p.inMatch, index, glossary))).toEqual(expected);
    });
  }
});

describe('resegmentedNames: a name split or joined elsewhere, a letter off', () => {
  const cases: [name: string, text: string, expected: Found[]][] = [
    ['two words hyphenated at another place, a letter dropped', 'A shop opened in Chuo-Daiino today.', [['Chuo-Daiino', 17, 'Chuodai Iino']]],
    ['two words run together, a letter added', 'Posted with #ActivisionBlizzards again.', [['ActivisionBlizzards', 13, 'Activision Blizzard']]],
    // negatives
    ['the name written right', 'A shop opened in Chuodai Iino today.', []],
    ['the parts cut as the name\'s: for the word matcher', 'A shop opened in Chuodai Iinoo today.', []],
    ['only the cut differs, no letter', 'Trains on the KitakamiLine ran.', []],
    ['a city the dictionary knows, a letter from a name run together', 'Flights to WhiteHorse resumed.', []],
    ['a label of one letter after the name', 'Tenri University-B won the set.', []],
    ['a word run together with no capital inside is for the word matcher', 'A shop opened in Chuodaiino today.', []],
    ['the English name, a romanisation convention apart, written as one word', 'The hospital in Beersheba is full.', []],
    ['not across a line break: a heading, then a line that begins with a name', 'Shops in Chuo\nDaiino opened.', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const p = prepare(text);
      expect(shown(text, resegmentedNames(text, p.words, p.runs, p.inMatch, index, glossary))).toEqual(expected);
    });
  }
  it('oneEdit: a letter changed, added or dropped, and no more', () => {
    expect([oneEdit('abcd', 'abxd'), oneEdit('abcd', 'abcde'), oneEdit('abcd', 'bcd'), oneEdit('abcd', 'abcd'), oneEdit('abcd', 'badc'), oneEdit('abcd', 'ab')]).toEqual([true, true, true, false, false, false]);
  });
});

describe('findNameMisses reports them', () => {
  it('a hyphenated name with a part bent and a modifier bent, each once, with its entry', () => {
    const text = 'The war in Nagut-Karabakh resumed near the Korea Peninsula.';
    const p = prepare(text);
    const found = findNameMisses({ text, tokens: p.tokens, glossary, matches: p.matches }, index);
    expect(found.map((f) => [text.slice(f.start, f.end), f.suggestion, f.entry.term])).toEqual([
      ['Nagut-Karabakh', 'Nagorno-Karabakh', 'Nagorno-Karabakh'],
      ['Korea', 'Korean', 'Korean Peninsula'],
    ]);
  });
});
