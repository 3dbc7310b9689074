import rule from '../../../src/rules/source/names.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

export default {
  rule,
  defaults: { originalLang: 'de' },
  valid: [
    { text: 'Keir Starmer met Paul Kagame in Kigali.', source: 'Keir Starmer traf Paul Kagame in Kigali.' },
    { text: "Starmer's visit to Kigali was short.", source: 'Starmers Besuch in Kigali war kurz.' },
    { text: 'President Zelensky spoke in Kyiv.', source: 'Präsident Selenskyj sprach in Kiew.' },
    { text: 'Zelensky spoke in Brussels.', source: 'Зеленский выступил в Брюсселе.', originalLang: 'ru' },
    { text: 'Keir Starrer arrived.', name: 'no original, no finding' },
    { text: 'The actress Angelina Jolie came to Berlin.', source: 'Актриса Анджелина Джоли приехала в Берлин.', originalLang: 'ru', name: 'a dictionary name one letter off ("Julie") that is no nearer the original' },
    { text: 'The mayor met Ivan Petrovy in Kyiv.', source: 'Мэр встретился с Иваном Петровым в Киеве.', originalLang: 'ru', name: 'a last letter (a case ending) is never changed' },
    { text: 'The singer Samira Said came to Berlin.', source: 'Певица Самира Саид приехала в Берлин.', originalLang: 'ru', name: 'the word writes the romanisation itself: no dictionary name ("Samara") is nearer' },
    { text: 'Douglas Adams wrote it. Adams lived in London.', source: 'Douglas Adams schrieb es. Adams lebte in London.', name: 'names ending in s' },
    { text: 'The war of Russia against Ukraine has lasted a year.', source: 'Війна Росії проти України триває вже рік.', originalLang: 'uk', name: 'dictionary names of a Cyrillic original, written right' },
    { text: 'SoftBank has announced a new service of PayPay.', source: 'ソフトバンクはPayPayの新サービスを発表した。', originalLang: 'ja', name: 'a name in Latin letters in a Japanese original' },
    { text: 'Megan Fox has been fired from the film.', source: 'Меган Фокс уволили со съёмок фильма.', originalLang: 'ru', name: 'a name at a sentence start, written right' },
    { text: 'The complex is in Moscow, on Leningrad Prospekt.', source: 'Комплекс находится в Москве, на Ленинградском проспекте.', originalLang: 'ru', name: 'an English name unlike the romanisation' },
    { text: 'Yesterday Sergei Shoigu and Alexei Navalny spoke.', source: 'Вчера выступили Сергей Шойгу и Алексей Навальный.', originalLang: 'ru', name: 'spellings by another convention of the same letters' },
    { text: "We went to Natalya's concert.", source: 'Мы пошли на концерт Натальи.', originalLang: 'ru', name: 'a nominative ending where the original has a case ending' },
    { text: 'They condemned the brutal war that Putin is waging against Ukraine.', source: 'Sie verurteilten den brutalen Krieg, den Putin gegen die Ukraine führt.', name: 'a name the German dictionary lists, written right' },
    { text: 'Flooding was avoided in Petersburg.', source: 'В Петербурге удалось избежать наводнения.', originalLang: 'ru', name: 'an English name a letter longer than the romanisation of a dictionary name' },
  ],
  invalid: [
    {
      text: 'They condemned the brutal war that Pitin is waging against Ukraine.',
      source: 'Sie verurteilten den brutalen Krieg, den Putin gegen die Ukraine führt.',
      errors: [{ flagged: 'Pitin', message: 'the original has "Putin" here; "Pitin" may be a misspelling of it', suggestion: 'Putin' }],
    },
    {
      text: 'A special thanks to Vadom and Roman!',
      source: 'Отдельная благодарность Вадиму и Роману!',
      originalLang: 'ru',
      errors: [{ flagged: 'Vadom', message: 'the original has "Вадиму" here, written "Vadim"; "Vadom" may be a misspelling of it', suggestion: 'Vadim' }],
    },
    {
      text: 'Four people were killed in a crash with a truck in Ryazon region.',
      source: 'Четыре человека погибли в ДТП с грузовиком в Рязанской области.',
      originalLang: 'ru',
      errors: [{ flagged: 'Ryazon', message: 'the original has "Рязанской" here, written "Ryazan"; "Ryazon" may be a misspelling of it', suggestion: 'Ryazan' }],
    },
    {
      text: 'Megin Fox has been fired from the film.',
      source: 'Меган Фокс уволили со съёмок фильма.',
      originalLang: 'ru',
      errors: [{ flagged: 'Megin', message: 'the original has "Меган" here, written "Megan"; "Megin" may be a misspelling of it', suggestion: 'Megan' }],
    },
    {
      text: 'The complex is in Mosciw, on Leningrad Prospekt.',
      source: 'Комплекс находится в Москве, на Ленинградском проспекте.',
      originalLang: 'ru',
      errors: [{ flagged: 'Mosciw', message: 'the original has "Москве" here, written "Moscow"; "Mosciw" may be a misspelling of it', suggestion: 'Moscow' }],
    },
    {
      text: 'SoftBank has announced a new service of PayPoy.',
      source: 'ソフトバンクはPayPayの新サービスを発表した。',
      originalLang: 'ja',
      errors: [{ flagged: 'PayPoy', message: 'the original has "PayPay" here; "PayPoy" may be a misspelling of it', suggestion: 'PayPay' }],
    },
    {
      text: 'The war of Russia against Ukraune has lasted a year.',
      source: 'Війна Росії проти України триває вже рік.',
      originalLang: 'uk',
      errors: [{ flagged: 'Ukraune', message: 'the original has "України" here, written "Ukraine"; "Ukraune" may be a misspelling of it', suggestion: 'Ukraine' }],
    },
    {
      text: 'The British Prime Minister Keir Starrer arrived in Kigali.',
      source: 'Der britische Premierminister Keir Starmer traf in Kigali ein.',
      errors: [{ flagged: 'Starrer', message: 'the original has "Starmer" here; "Starrer" may be a misspelling of it', suggestion: 'Starmer' }],
    },
    {
      text: 'The person was Omar Abdulattar Ameen, a refugee.',
      source: 'Die Person war Omar Abdulsattar Ameen, ein Flüchtling.',
      errors: [{ flagged: 'Abdulattar', message: 'the original has "Abdulsattar" here; "Abdulattar" may be a misspelling of it', suggestion: 'Abdulsattar' }],
    },
    {
      text: 'Angela Merkel was chancellor. Angela Merkels policy changed a lot.',
      source: 'Angela Merkel war Kanzlerin. Angela Merkels Politik änderte vieles.',
      errors: [{ flagged: 'Merkels', message: '"Merkels" is the German genitive of "Merkel", copied from the original; English writes "Merkel\'s"', suggestion: "Merkel's" }],
    },
    {
      text: 'The singer Kuren Smith performed in Berlin.',
      source: 'Певица Карен Смит выступила в Берлине.',
      originalLang: 'ru',
      errors: [{ flagged: 'Kuren', message: 'the original has "Карен" here, written "Karen"; "Kuren" may be a misspelling of it', suggestion: 'Karen' }],
    },
    {
      text: 'The director Ivan Yalsenko spoke in Kyiv.',
      source: 'Режиссёр Иван Яценко выступил в Киеве.',
      originalLang: 'ru',
      errors: [{ flagged: 'Yalsenko', message: 'the original has "Яценко" here, written "Yatsenko"; "Yalsenko" may be a misspelling of it', suggestion: 'Yatsenko' }],
    },
    {
      text: 'Xi Jinpeng met Macron in Beijing.',
      source: '习近平在北京会见了马克龙。',
      originalLang: 'zh',
      errors: [{ flagged: 'Jinpeng', message: 'the original reads "Jinping" here in pinyin; "Jinpeng" may be a misspelling of it', suggestion: 'Jinping' }],
    },
  ],
} satisfies RuleTable;
