import rule from '../../../src/rules/source/numbers.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { originalLang: 'de' },
  valid: [
    { text: 'More than 1,000 migrants arrived.', source: 'Mehr als 1.000 Migranten kamen an.' },
    { text: 'It was paid to 17,000 families in 12 districts.', source: 'Её выплатили 17 тысячам семей в 12 районах.', originalLang: 'ru', name: 'a scale word in another case ("тысячам")' },
    { text: 'Each family will receive 10,000 liras in 10 provinces.', source: 'Кожна сім\'я отримає 10 тисяча лір у 10 провінціях.', originalLang: 'uk', name: 'a scale word in the nominative ("тисяча")' },
    { text: 'Inflation stood at 3.5 percent.', source: 'Die Inflation lag bei 3,5 Prozent.' },
    { text: 'The meeting began at 2:30 p.m.', source: 'Das Treffen begann um 14.30 Uhr.' },
    { text: 'The vote was on March 16.', source: 'Gewählt wurde am 16. März.' },
    { text: 'It cost 1.5 million euros.', source: 'Es kostete 1,5 Millionen Euro.' },
    { text: 'He bought books 1,2 and 3.', source: 'Он купил 1, 2 и 3 книги.', originalLang: 'ru', name: 'a comma between two numbers the original lists apart' },
    { text: '₽420 for 0.5 l. Very tasty.', source: 'Цена 420 р за 0.5 л. Очень вкусно.', originalLang: 'ru', name: 'an informal decimal point in the original, written right' },
    { text: 'For each of the 27 elements of the European way of life, for all 27 EU countries.', source: 'Для кожного з усіх 27 елементів європейського способу життя, 27 країн Євросоюзу.', originalLang: 'uk', name: 'the same number twice on each side' },
    { text: 'Bookmakers offer odds of 1.28 on a win and 6.10 on a draw.', source: 'Букмекеры дают на победу коэффициент 1.28, а на ничью 6.10.', originalLang: 'ru', name: 'pieces of a number the original\'s reading splits are matched by value' },
    { text: 'The train went on the B19 to Künzelsau.', source: 'Der Zug fuhr auf der B19 nach Künzelsau.', name: 'one capital before a number: a code on both sides' },
    { text: 'The channel will show the broadcast at 9:55 P.M. Moscow time.', source: 'Трансляцию в 21.55 мск покажет телеканал.', originalLang: 'ru', name: 'hours and minutes with a point, where the decimal mark is a comma, are a time' },
    { text: 'The collection runs at the weekend (10.02.-11.02.).', source: 'Die Sammlung läuft am Wochenende (10.02.-11.02.).', name: 'a date is no time' },
  ],
  invalid: [
    {
      text: 'The draft law No.8085 is a direct threat to the environment.',
      source: 'Законопроект №8058 – це пряма загроза довкіллю.',
      originalLang: 'uk',
      errors: [{ flagged: '8085', message: 'the original has "8058" where the translation has "8085"', suggestion: '8058' }],
      name: 'a number after "No." changed',
    },
    {
      text: 'The channel will show the broadcast at 9:45 P.M. Moscow time.',
      source: 'Трансляцию в 21.55 мск покажет телеканал.',
      originalLang: 'ru',
      errors: [{ flagged: '9:45', message: 'the original has "21.55" where the translation has "9:45"', suggestion: '9:55 p.m.' }],
      name: 'a time with a point changed',
    },
    {
      text: 'Replace the product after 6 years (10,000 km).',
      source: '1年（1万km）を目安に交換してください。',
      originalLang: 'ja',
      errors: [{ flagged: '6', message: 'the original has "1" where the translation has "6"', suggestion: '1' }],
      name: 'two numbers side by side with the same digits are two: the changed one is still found',
    },
    {
      text: 'For each of the 22 elements of the European way of life, for all 27 EU countries.',
      source: 'Для кожного з усіх 27 елементів європейського способу життя, 27 країн Євросоюзу.',
      originalLang: 'uk',
      errors: [{ flagged: '22', message: 'the original has "27" where the translation has "22"', suggestion: '27' }],
    },
    {
      text: '183cm, 94kg, right-handed, pitcher.',
      source: '183cm92kg、右投げ右打ち、投手。',
      originalLang: 'ja',
      errors: [{ flagged: '94', message: 'the original has "92" where the translation has "94"', suggestion: '92' }],
    },
    {
      text: '₽420 for 0,5 l. Very tasty.',
      source: 'Цена 420 р за 0.5 л. Очень вкусно.',
      originalLang: 'ru',
      errors: [{ flagged: '0,5', message: '"0,5" is written as the original\'s language writes it; in English it reads as another number', suggestion: '0.5' }],
      output: '₽420 for 0.5 l. Very tasty.',
    },
    {
      text: 'The city hopes to conduct a basic survey in FY2024 with the aim of redeveloping the site.',
      source: '市は2023年度に基本調査を実施し、跡地の再開発を目指す。',
      originalLang: 'ja',
      errors: [{ flagged: '2024', message: 'the original has "2023" where the translation has "2024"', suggestion: '2023' }],
    },
    {
      text: 'More than 100 migrants arrived.',
      source: 'Mehr als 1.000 Migranten kamen an.',
      errors: [{ flagged: '100', message: 'the original has "1.000" where the translation has "100"', suggestion: '1,000' }],
    },
    {
      text: 'More than 1.000 migrants arrived.',
      source: 'Mehr als 1.000 Migranten kamen an.',
      errors: [{ flagged: '1.000', message: '"1.000" is written as the original\'s language writes it; in English it reads as another number', suggestion: '1,000' }],
      output: 'More than 1,000 migrants arrived.',
    },
    {
      text: 'Inflation stood at 3,5 percent.',
      source: 'Die Inflation lag bei 3,5 Prozent.',
      errors: [{ flagged: '3,5', message: '"3,5" is written as the original\'s language writes it; in English it reads as another number', suggestion: '3.5' }],
      output: 'Inflation stood at 3.5 percent.',
    },
    {
      text: "The meeting began at 14.30 o'clock.",
      source: 'Das Treffen begann um 14.30 Uhr.',
      errors: [{ flagged: '14.30', message: '"14.30" is written as the original\'s language writes it; in English it reads as another number', suggestion: '2:30 p.m.' }],
    },
  ],
} satisfies RuleTable;
