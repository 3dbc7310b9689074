import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { affixBounds, dicBucket, linesFor, standsAlone } from '../../src/source/dic-lines.js';

const require = createRequire(import.meta.url);
const nspell = require('nspell') as (aff: Buffer) => { dictionary(dic: string): unknown; data: Record<string, unknown> };
const dir = (pkg: string) => require.resolve(pkg).replace(/index\.js$/, '');
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('dic-lines: the longest word a .dic line can make', () => {
  // every form nspell makes of a line must be within the bound, or load() would leave out a stem that spells a word
  // (dictionary-uk and -fr convert input: their bounds are unbounded, see below)
  for (const [pkg, every] of [['dictionary-de', 1], ['dictionary-ru', 20], ['dictionary-es', 10]] as const) {
    it(`bounds every form of 1 line in ${every} of ${pkg}`, () => {
      const speller = nspell(readFileSync(dir(pkg) + 'index.aff'));
      const bounds = affixBounds(speller as never);
      const lines = readFileSync(dir(pkg) + 'index.dic', 'utf8').split('\n').slice(1).filter((l, i) => l.length > 0 && l.charCodeAt(0) !== 9 && i % every === 0);
      const { longest, byHead } = dicBucket(lines, fold, bounds);
      const headOf = new Map<number, string>();
      for (const [head, list] of byHead) for (const i of list) headOf.set(i, head);
      let checked = 0, tight = 0, longer = 0;
      lines.forEach((line, i) => {
        speller.data = {};
        speller.dictionary(`1\n${line}`);
        const forms = Object.keys(speller.data);
        const most = Math.max(0, ...forms.map((w) => w.length));
        expect(most, line).toBeLessThanOrEqual(longest[i] as number);
        // and a form that begins with the stem less three letters (what load() compared before heads were
        // cut by the line's own suffixes) begins with its head
        const head = headOf.get(i) as string;
        const stem = fold(line.split('/')[0] as string);
        const cut = stem.slice(0, Math.max(3, stem.length - 3));
        for (const f of forms) if (fold(f).startsWith(cut)) expect(fold(f).startsWith(head), `${line}: ${f}`).toBe(true);
        if (head.length > cut.length) longer++;
        checked++;
        if (most === longest[i]) tight++;
      });
      expect(checked).toBeGreaterThan(500);
      // a bound that is never reached would filter nothing: it is reached on some lines
      expect(tight).toBeGreaterThan(0);
      // and heads longer than before are the gain
      expect(longer).toBeGreaterThan(50);
    });
  }

  it('with input conversions, a line without flags still spells its word asked in another spelling', () => {
    // French and Ukrainian convert the asked word first (ICONV: "’" to "'", decomposed accents composed)
    for (const [pkg, line, word] of [
      ['dictionary-fr', 'Pérouse', 'Pe\u0301rouse'],
      ['dictionary-uk', "інтерв'ю", 'інтерв’ю'],
    ] as const) {
      const bucket = dicBucket([line], fold, affixBounds(nspell(readFileSync(dir(pkg) + 'index.aff')) as never));
      expect(linesFor(bucket, word, fold(word)), `${pkg}: ${word}`).toEqual([0]);
    }
  });

  it('unbounded when the affix file converts input (ICONV)', () => {
    const bounds = affixBounds(nspell(readFileSync(dir('dictionary-fr') + 'index.aff')) as never);
    expect(bounds('').longer).toBeGreaterThan(1_000_000);
    expect(bounds('').eaten).toBe(3);
  });
});

describe('dic-lines: linesFor', () => {
  const lines = ['Vers/S', 'Verhandlung/P', 'Verhandlungen', 'Ver', 'Vase/N', 'Verhandlungsraum/S', 'Verb/E'];
  // each flag adds two letters; E also takes up to three off
  const bucket = dicBucket(lines, fold, (flags) => ({ longer: flags.length * 2, eaten: flags.includes('E') ? 3 : 0 }));
  const cases: [string, number[]][] = [
    // "Vers" can make 6 letters at most, "Ver" 3: neither spells an 11-letter word; "Verhandlungsraum" is longer than its head
    // a line without flags spells itself only
    ['Verhandlung', [1]],
    // "Vers/S" takes no letter off: its head is "vers"; "Verb/E" may lose its "b": its head is "ver"
    ['Vers', [0, 6]],
    ['Ver', [3, 6]],
    ['Verbe', [6]],
    ['Versen', [0, 6]],
    ['Verse', [0, 6]],
    ['Verbumm', []],
    ['Verhandlungen', [1, 2]],
    ['Vase', [4]],
    ['Xylophon', []],
  ];
  it.each(cases)('%s', (word, expected) => {
    expect(linesFor(bucket, word, fold(word))).toEqual(expected);
  });
});

describe('dic-lines: standsAlone', () => {
  it('a German stem is a word as written unless a line of it needs an affix, stands in compounds only or is forbidden', () => {
    const alone = standsAlone(nspell(readFileSync(dir('dictionary-de') + 'index.aff')) as never) as (f: readonly string[]) => boolean;
    // de: h NEEDAFFIX, o ONLYINCOMPOUND, d FORBIDDENWORD
    const cases: [string[], boolean][] = [[[''], true], [['EPS'], true], [['EPS', 'Tm'], true], [['hij'], false], [['EPS', 'ozm'], false], [['d'], false], [[], false]];
    for (const [flags, expected] of cases) expect(alone(flags), flags.join('|')).toBe(expected);
  });

  it('agrees with nspell: every stem it takes for a word is one once its lines are loaded (1 in 5 of dictionary-de)', () => {
    const aff = readFileSync(dir('dictionary-de') + 'index.aff');
    const alone = standsAlone(nspell(aff) as never) as (f: readonly string[]) => boolean;
    const byStem = new Map<string, string[]>();
    readFileSync(dir('dictionary-de') + 'index.dic', 'utf8').split('\n').slice(1).forEach((line) => {
      if (!line || line.charCodeAt(0) === 9) return;
      const slash = line.indexOf('/');
      const stem = (slash < 0 ? line : line.slice(0, slash)).trim();
      byStem.set(stem, [...(byStem.get(stem) ?? []), line]);
    });
    const speller = nspell(aff) as unknown as { dictionary(dic: string): unknown; correct(w: string): boolean };
    let yes = 0, no = 0, k = 0;
    for (const [stem, lines] of byStem) {
      if (k++ % 5 !== 0) continue;
      const flags = lines.map((l) => (l.includes('/') ? l.slice(l.indexOf('/') + 1).trim() : ''));
      speller.dictionary(`${lines.length}\n${lines.join('\n')}`);
      if (alone(flags)) {
        expect(speller.correct(stem), lines.join(' ')).toBe(true);
        yes++;
      } else no++;
    }
    expect(yes).toBeGreaterThan(5000);
    expect(no).toBeGreaterThan(100);
  });

  it('none with input conversions', () => {
    expect(standsAlone(nspell(readFileSync(dir('dictionary-uk') + 'index.aff')) as never)).toBeUndefined();
  });
});
