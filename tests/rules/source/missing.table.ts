import rule from '../../../src/rules/source/missing.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { originalLang: 'de' },
  valid: [
    { text: 'There were 12 deaths in the accident.', source: 'Bei dem Unglück gab es 12 Tote.' },
    { text: 'The nature conservation union plants flowers.', source: 'Der Nabu pflanzt Blumen.', name: 'a name translated everywhere' },
    { text: 'Keir Starrer travelled to Kigali.', source: 'Keir Starmer reiste nach Kigali.', name: 'a misspelled name is left to source/names' },
    { text: 'Yesterday the actor Aleksandr Yatsenko arrived in Sochi.', source: 'Вчера актёр Александр Яценко приехал в Сочи.', originalLang: 'ru', name: 'a Cyrillic name romanised' },
    { text: 'Yesterday Milla Jovovich arrived in Sochi.', source: 'Вчера Милла Йовович приехала в Сочи.', originalLang: 'ru', name: 'a Western name in Cyrillic: a capitalised word stands beside its first part' },
    { text: 'The film starred Gorobchenko and Jolie.', source: 'В фильме снялись Горобченко и Джоли.', originalLang: 'ru', name: 'a name spelled otherwise still takes a capitalised word' },
    { text: 'The US is ready to sell weapons to Poland.', source: 'США готовы продать оружие Польше.', originalLang: 'ru', name: 'an exonym the translation translates' },
    { text: 'Yesterday Putin spoke in Moscow. He spoke for a long time.', source: 'Вчера в Москве выступил Путин. Путин говорил долго.', originalLang: 'ru', name: 'a pronoun stands for the name' },
    { text: 'A fitness trainer spoke about winter. Fitness is useful.', source: 'Фитнес-тренер рассказал о зиме. Фитнес полезен.', originalLang: 'ru', name: 'a word written in lower case is translated' },
    { text: 'The city hopes to conduct a basic survey in FY2023 with the aim of redeveloping the site.', source: '市は2023年度に基本調査を実施し、跡地の再開発を目指す。', originalLang: 'ja', name: 'a number after an abbreviation in capitals ("FY2023")' },
    { text: 'SoftBank has announced a new service of PayPay.', source: 'ソフトバンクはＰａｙＰａｙの新サービスを発表した。', originalLang: 'ja', name: 'full-width Latin letters are the same letters' },
    { text: 'Shimada posts his photos on social media every week.', source: '島田さんは毎週SNSに写真を投稿している。', originalLang: 'ja', name: 'a short acronym may be spelled out' },
    {
      text: 'Argentinian former national team member Hernan Crespo commented on the transfer.',
      source: 'Бывший футболист сборной Аргентины Эрнан Креспо прокомментировал переход.',
      originalLang: 'ru',
      name: 'three capitalised words in a row are not one name: the place is translated',
    },
    { text: 'Ukraine is receiving aid from Germany.', source: 'Die Ukraine erhält Hilfe aus Deutschland.', name: 'a country written by its English name (ICU)' },
    { text: 'The chancellor met the Russian president in Berlin.', source: 'Der Kanzler traf Putin in Berlin.', name: 'a name said otherwise takes a capitalised word' },
    { text: 'The woman went home.', source: 'Die Frau ging nach Hause.', name: 'a German noun that English knows as a surname is no name' },
    { text: 'The delegation arrived in China.', source: 'Делегация прибыла в Китай.', originalLang: 'ru', name: 'a Cyrillic country by its English name' },
    { text: 'The Polish government is helping.', source: 'Уряд Польщі допомагає.', originalLang: 'uk', name: 'a country by its adjective (the language of the region)' },
    { text: 'The Kremlin said talks went well.', source: 'В Москве сказали, что переговоры прошли хорошо.', originalLang: 'ru', name: 'a city with an exonym said otherwise' },
    { text: 'We thank you for your purchase.', source: 'Мы благодарим Вас за покупку.', originalLang: 'ru', name: 'a capitalised pronoun is translated' },
  ],
  invalid: [
    {
      text: 'Help is coming from Germany.',
      source: 'Die Ukraine erhält Hilfe aus Deutschland.',
      errors: [{ flagged: 'Help is coming from Germany.', message: 'the original has "Ukraine", which this sentence of the translation lacks' }],
    },
    {
      text: 'The chancellor held talks in Berlin.',
      source: 'Der Kanzler traf Putin in Berlin.',
      errors: [{ flagged: 'The chancellor held talks in Berlin.', message: 'the original has "Putin", which this sentence of the translation lacks' }],
    },
    {
      text: 'The delegation arrived yesterday.',
      source: 'Делегация прибыла в Китай вчера.',
      originalLang: 'ru',
      errors: [{ flagged: 'The delegation arrived yesterday.', message: 'the original has "Китай", which this sentence of the translation lacks' }],
    },
    {
      text: 'Yesterday a friend came to Lviv.',
      source: 'Вчора Михайло приїхав до Львова.',
      originalLang: 'uk',
      errors: [{ flagged: 'Yesterday a friend came to Lviv.', message: 'the original has "Михайло", which this sentence of the translation lacks' }],
    },
    {
      text: 'There were deaths in the accident. The police are investigating.',
      source: 'Bei dem Unglück gab es 12 Tote. Die Polizei ermittelt.',
      errors: [{ flagged: 'There were deaths in the accident.', message: 'the original has "12", which this sentence of the translation lacks' }],
    },
    {
      text: 'Keir Starmer left. Then Keir spoke with Paul Kagame.',
      source: 'Keir Starmer reiste ab. Danach sprach Keir Starmer mit Paul Kagame.',
      errors: [{ flagged: 'Then Keir spoke with Paul Kagame.', message: 'the original has "Starmer", which this sentence of the translation lacks' }],
    },
    {
      text: 'Yesterday the actor Aleksandr arrived in Sochi.',
      source: 'Вчера актёр Александр Яценко приехал в Сочи.',
      originalLang: 'ru',
      errors: [{ flagged: 'Yesterday the actor Aleksandr arrived in Sochi.', message: 'the original has "Яценко", which this sentence of the translation lacks' }],
    },
    {
      text: 'Yesterday Putin spoke in Moscow. Then left.',
      source: 'Вчера в Москве выступил Путин. Потом Путин уехал.',
      originalLang: 'ru',
      errors: [{ flagged: 'Then left.', message: 'the original has "Путин", which this sentence of the translation lacks' }],
    },
    {
      text: 'SoftBank has announced a new service of its own.',
      source: 'ソフトバンクはPayPayの新サービスを発表した。',
      originalLang: 'ja',
      errors: [{ flagged: 'SoftBank has announced a new service of its own.', message: 'the original has "PayPay", which this sentence of the translation lacks' }],
    },
    {
      text: 'The film starred Gorobchenko and a boy.',
      source: 'В фильме снялись Горобченко и Джоли.',
      originalLang: 'ru',
      errors: [{ flagged: 'The film starred Gorobchenko and a boy.', message: 'the original has "Джоли", which this sentence of the translation lacks' }],
    },
  ],
} satisfies RuleTable;
