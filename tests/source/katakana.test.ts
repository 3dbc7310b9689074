import { describe, expect, it } from 'vitest';
import { createChecker, parseGlossary } from '../../src/index.ts';
import { englishReadingKey, katakanaKey, katakanaNames, termReadingKey } from '../../src/source/katakana.ts';

// The reading keys of src/source/katakana.ts (corpora/lang/katakana-reading.json): the katakana a Japanese
// original writes for a foreign name and the name's English spelling meet; other names do not.
describe('katakana reading keys', () => {
  it.each([
    ['ロコモア', 'Locomore'],
    ['スターリー', 'Starry'],
    ['モノタロウ', 'Monotaro'],
    ['バスボンド', 'Bath Bond Q'],
    ['ジュリア・ヴォス', 'Julia Voth'],
    ['プーチン', 'Putin'],
    ['ゼレンスキー', 'Zelensky'],
    ['トランプ', 'Trump'],
    ['カーター', 'Carter'],
    ['ハーバード', 'Harvard'],
    ['ジョージ', 'George'],
    ['ネタニヤフ', 'Netanyahu'],
    ['アンナ', 'Anna'],
    ['ベリーノ', 'Bellino'],
    ['ベルリン', 'Berlin'],
    ['オーストラリア', 'Australia'],
    ['モナコ', 'Monaco'],
    ['ムーア', 'Moore'],
  ])('%s reads as %s', (kana, english) => {
    expect(katakanaNames(kana, { start: 0, end: kana.length })[0]?.keys.join('')).toBe(termReadingKey(english));
  });

  it.each([
    ['ベリーノ', 'Berlin'],
    ['ベルリン', 'Bellino'],
    ['マクロン', 'Merkel'],
    ['ロコモア', 'Monotaro'],
    ['スターリー', 'Australia'],
    ['モナカ', 'Monaco'],
  ])('%s does not read as %s', (kana, english) => {
    expect(katakanaKey(kana)).not.toBe(englishReadingKey(english));
  });

  it('splits a run at the middle dot and leaves out what is not katakana', () => {
    const text = '俳優のジュリア・ヴォスとエリン・カミングス。';
    expect(katakanaNames(text, { start: 0, end: text.length }).map((n) => [n.text, n.keys, text.slice(n.start, n.end)])).toEqual([
      ['ジュリア・ヴォス', ['jrA', 'bs'], 'ジュリア・ヴォス'],
      ['エリン・カミングス', ['_rn', 'kmngs'], 'エリン・カミングス'],
    ]);
  });
});

// source/katakana-name reads at most 64 katakana runs of one sentence (each looked up a few times), so a
// sentence of thousands of katakana words costs what its length costs. These cases pin the bound.
describe('source/katakana-name: the katakana runs of one sentence it reads', () => {
  const glossary = parseGlossary(JSON.stringify([{ term: 'Locomore', category: 'organisation' }]), 'json', 'g.json');
  const checker = createChecker({ defaultGlossary: false, glossaries: [glossary], rules: ['source/katakana-name'] });
  const KANA = ['カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ'];
  const ROMAJI = ['Ka', 'Ki', 'Ku', 'Ke', 'Ko', 'Sa', 'Shi', 'Su', 'Se', 'So'];
  const word = (i: number, letters: string[]) => (letters[i % 10] as string) + (letters[Math.floor(i / 10) % 10] as string).toLowerCase() + (letters[Math.floor(i / 100) % 10] as string).toLowerCase();

  /** One sentence listing `before` other katakana words, then ロコモア, translated word for word with Rocomoa for it. */
  function flagged(before: number): string[] {
    const others = Array.from({ length: before }, (_, i) => i);
    const source = `店は${[...others.map((i) => word(i, KANA)), 'ロコモア'].join('、')}です。`;
    const text = `The shops are ${[...others.map((i) => word(i, ROMAJI)), 'Rocomoa'].join(', ')}.`;
    return checker.check(text, { source, sourceLang: 'ja' }).findings.map((f) => f.text);
  }

  it('finds the name after fifty other katakana words', () => {
    expect(flagged(50)).toEqual(['Rocomoa']);
  });

  it('reads no katakana run past the 64th of a sentence', () => {
    expect(flagged(100)).toEqual([]);
  });
});

// Reading the katakana of one long run costs what its length costs (MAX_RUN cuts a run before it is trimmed:
// trimming its trailing separators first was quadratic in a run of them with a letter after, 40,000: 1.1 s).
describe('katakana runs are read in time linear in the span', () => {
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const fastest = (text: string) => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = cpuMs();
      katakanaNames(text, { start: 0, end: text.length });
      best = Math.min(best, cpuMs() - t);
    }
    return best;
  };
  it.each([
    ['separators between two letters', (n: number) => 'ア' + '・'.repeat(n) + 'ア。'],
    ['one run of letters', (n: number) => 'ア'.repeat(n)],
    ['words and separators', (n: number) => 'アイ・'.repeat(n / 3)],
  ])('%s: eight times as long costs about eight times as much', (_name, make) => {
    fastest(make(20_000));
    const small = fastest(make(20_000));
    expect(fastest(make(160_000))).toBeLessThan(20 * small + 200);
  }, 120_000);
});
