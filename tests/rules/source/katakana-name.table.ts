import rule from '../../../src/rules/source/katakana-name.ts';
import type { RuleTable } from '../../helpers/rule-tester.ts';

/** Real brands, places and people; the negatives are spelled as the glossary spells them, by a convention English accepts, or are other words. */
const glossary = [
  { term: 'Locomore', category: 'organisation' },
  { term: 'Starry', category: 'term' },
  { term: 'Bath Bond Q', category: 'term' },
  { term: 'Wario Land', category: 'term' },
  { term: 'Julia Voth', category: 'person' },
  { term: 'Zelensky', category: 'person' },
  { term: 'Antony Blinken', category: 'person' },
  { term: 'Vladimir Putin', category: 'person' },
  { term: 'Hitler', category: 'person' },
  { term: 'Lyman', category: 'place' },
  { term: 'Monaco', category: 'place' },
  { term: 'Berlin', category: 'place' },
  { term: 'Bearlin Studios', category: 'organisation' },
  { term: 'Stanley Brothers', variants: ['Staley Bros'], category: 'organisation' },
];

export default {
  rule,
  glossary,
  valid: [
    { text: 'Locomore, the railway company, ships free of charge nationwide.', source: '鉄道会社のロコモアは全国送料無料です。', originalLang: 'ja', name: 'the glossary name written as the glossary writes it' },
    { text: 'Rocomoa ships free of charge. Locomore is a railway company.', source: 'ロコモアは全国送料無料です。鉄道会社です。', originalLang: 'ja', name: 'the glossary name written in the neighbouring sentence: the translation has the name' },
    { text: 'We stayed at the Hotel Okura near the station for two nights.', source: '駅近くのホテルオークラに二泊しました。', originalLang: 'ja', name: 'a word the katakana reads as it reads a glossary name ("Hotel" and Hitler), of other letters' },
    { text: 'President Zelenskiy spoke to the parliament on Tuesday.', source: 'ゼレンスキー大統領は火曜日に議会で演説した。', originalLang: 'ja', name: 'a spelling romanisations allow (Zelenskiy for Zelensky)' },
    { text: 'Toy Story was the film we liked best as children.', source: 'トイ・ストーリーは子供の頃に一番好きだった映画です。', originalLang: 'ja', name: 'an English word that shares letter pairs with the glossary name and reads alike ("Story" and Starry): a translation, not a reading' },
    { text: 'A new Ramen shop opens on Thursdays only, the town said.', source: '木曜限定でラーメン店が開店すると町が発表した。', originalLang: 'ja', name: 'a word of another sound the katakana reads alike ("Ramen" for ラーメン reads as Lyman does): the spellings share no letter pair' },
    { text: 'We flew to Bearlin for the recording session last week.', source: '先週、録音のためにベルリンへ飛んだ。', originalLang: 'ja', name: 'a word the glossary spells (of Bearlin Studios) is another glossary name, not a bent Berlin' },
    { text: 'I think the one from the Staley Bros shop would have been better.', source: 'スターリーの店の方がよかったと思います。', originalLang: 'ja', name: 'a word inside another glossary entry\'s occurrence (a known wrong form of Stanley Brothers) is that entry\'s, for glossary/variant' },
    { text: 'With its Monaka structure, the body comes apart in two halves.', source: 'モナカ構造なので、本体は二つに分かれます。', originalLang: 'ja', name: 'a word that ends in a is not one that ends otherwise (モナカ, monaka, is no Monaco, モナコ)' },
    { text: 'The manager of Bellino, which runs the hotel, apologised.', source: 'ホテルを経営するベリーノの代表は謝罪した。', originalLang: 'ja', name: 'an n before a vowel (ベリーノ) is not the n of Berlin (ベルリン): no glossary name is read' },
    { text: 'Secretary of State Blinken arrived in Tokyo on Monday.', source: 'ブリンケン国務長官は月曜日に東京に到着した。', originalLang: 'ja', name: 'a person named by the surname alone, as the glossary spells it' },
    { text: 'President Puchin spoke to reporters in Moscow on Friday.', source: 'プーチン大統領は金曜日にモスクワで記者団に語った。', originalLang: 'ja', name: 'a surname of under four consonants is not read alone (Putin, PTN: many names share so short a key), so even "Puchin" passes' },
    { text: 'Rocomoa ships free of charge nationwide.', name: 'no original, no finding' },
    { text: 'The Russians shelled Izum again.', source: 'Росіяни знову обстріляли Ізюм.', originalLang: 'uk', name: 'an original that is not Japanese' },
  ],
  invalid: [
    {
      text: 'Rocomoa, the railway company, ships free of charge nationwide.',
      source: '鉄道会社のロコモアは全国送料無料です。',
      originalLang: 'ja',
      errors: [{ flagged: 'Rocomoa', message: 'the original writes "ロコモア", katakana for "Locomore" (glossary), and the translation writes "Rocomoa" for it', suggestion: 'Locomore' }],
      name: 'a brand romanised from its katakana (ro for lo, a for the final r)',
    },
    {
      text: 'Enjoy your hobby more at Rocomoa: shipping is free at 【Rocomoa】.',
      source: '趣味をもっと楽しもう／ロコモア - 全国送料0円【ロコモア】',
      originalLang: 'ja',
      errors: [
        { flagged: 'Rocomoa', message: 'the original writes "ロコモア", katakana for "Locomore" (glossary), and the translation writes "Rocomoa" for it', suggestion: 'Locomore' },
        { flagged: 'Rocomoa', occurrence: 2, message: 'the original writes "ロコモア", katakana for "Locomore" (glossary), and the translation writes "Rocomoa" for it', suggestion: 'Locomore' },
      ],
      name: 'every place of the sentence that reads the name so',
    },
    {
      text: 'I think that the one from Staley would have been better for me.',
      source: 'スターリーの方がよかったと思います。',
      originalLang: 'ja',
      errors: [{ flagged: 'Staley', message: 'the original writes "スターリー", katakana for "Starry" (glossary), and the translation writes "Staley" for it', suggestion: 'Starry' }],
      name: 'a long vowel and an r read as l',
    },
    {
      text: 'I used [Busbond Q] to seal the tank, and it worked well.',
      source: '［バスボンドQ］を使いタンクを密閉しました。',
      originalLang: 'ja',
      errors: [{ flagged: 'Busbond', message: 'the original writes "バスボンド", katakana for "Bath Bond Q" (glossary), and the translation writes "Busbond" for it', suggestion: 'Bath Bond' }],
      name: 'two words of the name written as one in katakana (th read as s)',
    },
    {
      text: 'Which would you recommend if I buy Warrioland Shake?',
      source: 'ワリオランドシェイクを買うならどれがおすすめですか？',
      originalLang: 'ja',
      errors: [{ flagged: 'Warrioland', message: 'the original writes "ワリオランドシェイク", katakana for "Wario Land" (glossary), and the translation writes "Warrioland" for it', suggestion: 'Wario Land' }],
      name: 'the name at the start of a katakana compound',
    },
    {
      text: 'Secretary of State Brinken arrived in Tokyo on Monday.',
      source: 'ブリンケン国務長官は月曜日に東京に到着した。',
      originalLang: 'ja',
      errors: [{ flagged: 'Brinken', message: 'the original writes "ブリンケン", katakana for "Antony Blinken" (glossary), and the translation writes "Brinken" for it', suggestion: 'Blinken' }],
      name: 'a person named by the surname alone in katakana, its l written r',
    },
    {
      text: 'The film stars Julia Vos and Erin Cummings in the main roles.',
      source: 'この映画ではジュリア・ヴォスとエリン・カミングスが主演している。',
      originalLang: 'ja',
      errors: [{ flagged: 'Julia Vos', message: 'the original writes "ジュリア・ヴォス", katakana for "Julia Voth" (glossary), and the translation writes "Julia Vos" for it', suggestion: 'Julia Voth' }],
      name: 'a name of two words, split by the middle dot (th read as s)',
    },
  ],
} satisfies RuleTable;
