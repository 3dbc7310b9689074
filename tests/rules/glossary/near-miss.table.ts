import rule from '../../../src/rules/glossary/near-miss.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

/** Real people and places from public life; negatives are real, distinct names that must not be confused. */
const glossary = [
  { term: 'Keir Starmer', category: 'person', titles: ['Prime Minister'] },
  { term: 'Saddam Haftar', category: 'person' },
  { term: 'Volodymyr Zelensky', category: 'person', titles: ['President'] },
  { term: 'Alexei Navalny', category: 'person' },
  { term: 'Yulia Navalnaya', category: 'person' },
  { term: 'Olaf Scholz', category: 'person', titles: ['Chancellor'] },
  { term: 'Jerome Powell', category: 'person' },
  { term: 'Kim Jong Un', category: 'person' },
  { term: 'Tsai Ing-wen', category: 'person' },
  { term: 'Mao Zedong', category: 'person' },
  { term: 'Ursula von der Leyen', category: 'person' },
  { term: 'Mohammed bin Salman', category: 'person' },
  { term: 'Abdel Fattah el-Sisi', category: 'person' },
  { term: 'Willy Brandt', category: 'person' },
  { term: 'Hernan Crespo', category: 'person' },
  { term: 'Maria Lopez', category: 'person' },
  { term: 'Karoline Leavitt', category: 'person' },
  { term: 'Wopke Hoekstra', category: 'person' },
  { term: 'Pedro Sánchez', category: 'person' },
  { term: 'Kharkiv', category: 'place' },
  { term: 'Mykolaiv', category: 'place' },
  { term: 'Kakhovka', category: 'place' },
  { term: 'Austria', category: 'place' },
  { term: 'Sweden', category: 'place' },
  { term: 'Franconia', category: 'place' },
  { term: 'Osaka', category: 'place' },
  { term: 'Beijing', category: 'place' },
  { term: 'Kalininsky District', category: 'place' },
];

const miss = (flagged: string, suggestion: string, term = suggestion) => ({
  flagged,
  message: `"${flagged}" looks like a misspelling of "${suggestion}"${suggestion === term ? '' : ` (${term})`}`,
  suggestion,
});

export default {
  rule,
  glossary,
  valid: [
    'British Prime Minister Keir Starmer said.',
    'Saddam Haftar arrived.',
    'The keen starter pistol fired.',
    // different people: another given name with the same surname, another name after the same given name
    { name: 'Colin Powell is not Jerome Powell', text: 'Former Secretary of State Colin Powell spoke.' },
    { name: 'Colin Powel is not Jerome Powell either', text: 'Then Colin Powel spoke.' },
    { name: 'Kim Jong Il is not Kim Jong Un', text: 'Kim Jong Il died in 2011.' },
    { name: 'Kim Jong-un is Kim Jong Un, hyphenated', text: 'Kim Jong-un said so.' },
    { name: 'Olena Zelenska is not Volodymyr Zelensky', text: 'First lady Olena Selenska spoke.' },
    { name: 'a surname alone in the other gender is a relative', text: 'Navalny met Navalnaya.' },
    // other places, adjectives and plurals
    { name: 'Australia is not Austria', text: 'Australia won the match.' },
    { name: 'Swedes are not Sweden', text: 'The Swedes won the match.' },
    { name: 'an adjective of a place', text: 'He drank Franconian wine.' },
    // acceptable romanisations and house styles
    { name: 'Alexey for Alexei', text: 'Alexey Navalny spoke.' },
    { name: 'Zelenskyy for Zelensky', text: 'Volodymyr Zelenskyy spoke.' },
    { name: 'al-Sisi for el-Sisi', text: 'President Abdel Fattah al-Sisi spoke.' },
    { name: 'accents dropped', text: 'Pedro Sanchez spoke.' },
    { name: 'a long vowel written out', text: 'The summit was held in Oosaka.' },
    { name: 'Powel for Powell when no source language says the name is copied', text: 'Jerome Powel spoke.' },
    // a lone surname of someone the text does not name, after a mere honorific
    { name: 'Mr. Levitt is not Karoline Leavitt', text: 'As mayor, Mr. Levitt might be more independent.' },
    { name: 'a word in another script quoted as such', text: 'They debated the word «Україна» for weeks.' },
  ],
  invalid: [
    { text: 'British Prime Minister Keir Starrer said.', errors: [miss('Keir Starrer', 'Keir Starmer')], output: 'British Prime Minister Keir Starmer said.' },
    {
      name: 'safe to fix in a one-line text: the given name kept, one letter of the surname changed',
      text: 'Keir Starrer spoke.',
      errors: [miss('Keir Starrer', 'Keir Starmer')],
      output: 'Keir Starmer spoke.',
    },
    {
      name: 'safe to fix: a title, the right name elsewhere, one letter',
      text: 'Keir Starmer arrived. Prime Minister Keir Starrer said.',
      errors: [miss('Keir Starrer', 'Keir Starmer')],
      output: 'Keir Starmer arrived. Prime Minister Keir Starmer said.',
    },
    // transliteration conventions: German, Ukrainian-Russian, pinyin and Wade-Giles, Korean, Cyrillic script
    { name: 'German transliteration, both words', text: 'On Monday President Wolodymyr Selenskyj spoke.', errors: [miss('Wolodymyr Selenskyj', 'Volodymyr Zelensky')], output: 'On Monday President Volodymyr Zelensky spoke.' },
    { name: 'German transliteration, no word shared', text: 'The court jailed Alexej Nawalny in 2021.', errors: [miss('Alexej Nawalny', 'Alexei Navalny')], output: 'The court jailed Alexei Navalny in 2021.' },
    { name: 'a German name respelt by sound', text: 'He met Chancellor Olaf Sholts.', errors: [miss('Olaf Sholts', 'Olaf Scholz')], output: 'He met Chancellor Olaf Scholz.' },
    { name: 'a surname alone, the full name earlier', text: 'Olaf Scholz arrived. Later, Sholts left.', errors: [miss('Sholts', 'Scholz', 'Olaf Scholz')], output: 'Olaf Scholz arrived. Later, Scholz left.' },
    { name: 'the Russian form of a Ukrainian city', text: 'The city of Kharkov was shelled.', errors: [miss('Kharkov', 'Kharkiv')] },
    { name: 'the Russian form, first letter changed', text: 'Russian forces hit Nikolaev again.', errors: [miss('Nikolaev', 'Mykolaiv')] },
    { name: 'a Slavic adjective for the place', text: 'The Kakhovsky reservoir drained.', errors: [miss('Kakhovsky', 'Kakhovka')], output: 'The Kakhovka reservoir drained.' },
    { name: 'pinyin for Wade-Giles, two words for one', text: "Taiwan's Cai Yingwen said.", errors: [miss('Cai Yingwen', 'Tsai Ing-wen')], output: "Taiwan's Tsai Ing-wen said." },
    { name: 'Wade-Giles for pinyin', text: 'Chairman Mao Tse-tung died in 1976.', errors: [miss('Mao Tse-tung', 'Mao Zedong')], output: 'Chairman Mao Zedong died in 1976.' },
    { name: 'Revised Romanisation, one word for two', text: "North Korea's Gim Jeong-eun said.", errors: [miss('Gim Jeong-eun', 'Kim Jong Un')], output: "North Korea's Kim Jong Un said." },
    { name: 'a given name left in Cyrillic', text: 'Эрнан Crespo scored.', errors: [miss('Эрнан Crespo', 'Hernan Crespo')] },
    { name: 'a Dutch name respelt', text: 'Then Vopke Hukstra said so.', errors: [miss('Vopke Hukstra', 'Wopke Hoekstra')], output: 'Then Wopke Hoekstra said so.' },
    // edit distance with a word kept, particles inside, a source-language ending
    { name: 'a particle inside the name', text: 'Ursula von der Layen said.', errors: [miss('Ursula von der Layen', 'Ursula von der Leyen')], output: 'Ursula von der Leyen said.' },
    { name: 'a German genitive on a full name', text: 'Willy Brandts policy changed.', errors: [miss('Willy Brandts', 'Willy Brandt')] },
    { name: 'a letter dropped from a dictionary place name', text: 'They met in Bejing last year.', errors: [miss('Bejing', 'Beijing')], output: 'They met in Beijing last year.' },
    { name: 'the distinctive word of a district', text: 'Shelling hit Kalininskaya overnight.', errors: [miss('Kalininskaya', 'Kalininsky', 'Kalininsky District')], output: 'Shelling hit Kalininsky overnight.' },
    { name: 'accents moved', text: 'Prime Minister Pedro Sanchéz said.', errors: [miss('Pedro Sanchéz', 'Pedro Sánchez')], output: 'Prime Minister Pedro Sánchez said.' },
    {
      name: 'a doubled letter dropped, translated from a language written in Latin script',
      text: 'Jerome Powel spoke.',
      sourceLang: 'de',
      errors: [miss('Jerome Powel', 'Jerome Powell')],
      output: 'Jerome Powell spoke.',
    },
  ],
} satisfies RuleTable;
