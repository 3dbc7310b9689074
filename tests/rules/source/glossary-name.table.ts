import rule from '../../../src/rules/source/glossary-name.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

/** Real people, places and bodies; the negatives are written right, by a convention English accepts, or are other words. */
const glossary = [
  { term: 'Julia Voth', category: 'person' },
  { term: 'Thorsten Glauber', category: 'person' },
  { term: 'Konstantin Zaytsev', category: 'person' },
  { term: 'Oleksandr Khomenko', category: 'person' },
  { term: 'Lokomotiv', category: 'organisation' },
  { term: 'Izyum', category: 'place' },
  { term: 'Bakhmut', category: 'place' },
  { term: 'Argentina', category: 'place' },
  { term: 'Argentine', category: 'term' },
  { term: 'Georgia', category: 'place' },
  { term: 'Stuttgart', category: 'place' },
];

export default {
  rule,
  glossary,
  valid: [
    { text: 'The film stars Julia Voth and Erin Cummings.', source: 'В фильме снялись Джулия Вот и Эрин Каммингс.', originalLang: 'ru', name: 'the glossary name written as the glossary writes it' },
    { text: 'Konstantin Zaitsev scored twice.', source: 'Константин Зайцев забил дважды.', originalLang: 'ru', name: 'a spelling romanisations allow (ai for ay)' },
    { text: 'The photographer Oleksandr Khomenko lives in Kyiv.', source: 'Фотограф Олександр Хоменко живе в Києві.', originalLang: 'uk', name: 'a Ukrainian name written as the glossary writes it' },
    { text: 'Three women were stuck in Argentina.', source: 'Три женщины застряли в Аргентине.', originalLang: 'ru', name: 'a place the dictionary knows is not taken for a demonym of the glossary ("Argentine") the original\'s name spells too' },
    { text: 'According to the consul George Polin, all is well.', source: 'По словам консула Георгия Полина, всё в порядке.', originalLang: 'ru', name: 'a given name the dictionary knows is no place of the glossary ("Georgia"), which the original\'s name ("Георгия") spells too' },
    { text: 'The Ukrainian war goes on.', source: 'Der Krieg in der Ukraine dauert an.', glossary: [{ term: 'Ukraine', category: 'place' }], name: 'an adjective built on the name the original names' },
    { text: 'The Stuttgarter police reported a fire.', source: 'Die Polizei in Stuttgart meldete einen Brand.', name: 'a word built on the name the original names ("Stuttgarter" of Stuttgart) is no misspelling of it' },
    { text: 'Bakhmut\'s defenders held on.', source: 'Защитники Бахмута держались.', originalLang: 'ru', name: 'the name with an English possessive' },
    { text: 'The film stars Julia Cummings and Erin.', source: 'В фильме снялись Джулия Вот и Эрин Каммингс.', originalLang: 'ru', name: 'the word beside the kept given name writes another name of the original: names mixed up (for the reader to see), not a name replaced' },
    { text: 'The Russians shelled Izum.', name: 'no original, no finding' },
    { text: 'The Russians shelled the town again.', source: 'Росіяни знову обстріляли місто.', originalLang: 'uk', name: 'an original that names nobody of the glossary' },
  ],
  invalid: [
    {
      text: 'The film stars Julia Vaughn and Erin Cummings.',
      source: 'В фильме снялись Джулия Вот и Эрин Каммингс.',
      originalLang: 'ru',
      errors: [{ flagged: 'Vaughn', message: 'the original names "Julia Voth" here (glossary), and the translation writes "Vaughn" for it', suggestion: 'Voth' }],
      name: 'a surname replaced beside the given name kept: the word stands for no name of the original',
    },
    {
      text: 'Environment Minister Thorsten Faithr came as a children\'s hero.',
      source: 'Umweltminister Thorsten Glauber kam als Kinderheld.',
      errors: [{ flagged: 'Faithr', message: 'the original names "Thorsten Glauber" here (glossary), and the translation writes "Faithr" for it', suggestion: 'Glauber' }],
      name: 'a German surname translated into a word and bent (Glaube, faith)',
    },
    {
      text: 'In the next round Severstal will play Locomotive.',
      source: 'В следующем туре «Северсталь» сыграет с «Локомотивом».',
      originalLang: 'ru',
      errors: [{ flagged: 'Locomotive', message: 'the original names "Lokomotiv" here (glossary), and the translation writes "Locomotive" for it', suggestion: 'Lokomotiv' }],
      name: 'a club\'s name translated as the English word it sounds like',
    },
    {
      text: 'The Russians shelled Izum again.',
      source: 'Росіяни знову обстріляли Ізюм.',
      originalLang: 'uk',
      errors: [{ flagged: 'Izum', message: 'the original names "Izyum" here (glossary), and the translation writes "Izum" for it', suggestion: 'Izyum' }],
      name: 'a place written another way than the glossary, which the original\'s letters spell (ю as yu)',
    },
  ],
} satisfies RuleTable;
