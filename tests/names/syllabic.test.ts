import { describe, expect, it } from 'vitest';
import { familyNameFirst, otherChineseGivenName, otherChineseSyllables } from '../../src/names/syllabic.ts';
import { termOf } from './helpers.ts';

const term = termOf;

/**
 * otherChineseGivenName (src/names/syllabic.ts): a Chinese given name with whole pinyin syllables added or
 * dropped is another person's; a slip inside a syllable is not. Real people where named.
 */
describe('another Chinese given name: a syllable more or less', () => {
  it.each([
    ['Li Qiang', 'Keqiang', 'a syllable before (Li Keqiang, an earlier premier)'],
    ['Zhang Wei', 'Weiwei', 'the syllable doubled'],
    ['Hu Chunhua', 'Chun', 'a syllable dropped at the end'],
    ['Wang Yi', 'Yiming', 'a syllable after'],
    ['Xi Jinping', 'Jin', 'the given name cut to its first syllable'],
    ['Tsai Ing-wen', 'Ing', 'a Wade-Giles family name, the hyphenated given name cut'],
  ])('%s: "%s" is another name (%s)', (name, written) => {
    expect(otherChineseGivenName(term(name), 1, written.toLowerCase())).toBe(true);
  });

  it.each([
    ['Xi Jinping', 'jingping', 'a letter added inside a syllable'],
    ['Xi Jinping', 'jinpin', 'a letter dropped: what is left over is no syllable'],
    ['Han Zheng', 'zhen', 'a letter dropped at the end'],
    ['Xi Jinping', 'jinping', 'the same word'],
    ['Olaf Scholz', 'scholzi', 'no Chinese family name'],
    ['Li Qiang', 'keqiangov', 'the longer word is not pinyin throughout'],
  ])('%s: "%s" is not (%s)', (name, written) => {
    expect(otherChineseGivenName(term(name), 1, written)).toBe(false);
  });

  it('asks of a given name only, and of a person only', () => {
    expect(otherChineseGivenName(term('Li Qiang'), 0, 'lili')).toBe(false);
    expect(otherChineseGivenName(term('Wang Fu', 'place'), 1, 'fuxing')).toBe(false);
  });
});

describe('a name written family name first (Chinese, Korean)', () => {
  it.each([
    ['Hu Jintao', true],
    ['Tsai Ing-wen', true],
    ['Lee Jae-myung', true],
    ['Kim Jong Un', true],
    ['Park Geun-hye', true],
    ['Kim Clijsters', false],
    ['Lee Anderson', false],
    ['Olaf Scholz', false],
    ['Shinzo Abe', false],
  ])('%s: %s', (name, expected) => {
    expect(familyNameFirst(term(name))).toBe(expected);
  });

  it('is a person only', () => {
    expect(familyNameFirst(term('Kim Jong Un', 'place'))).toBe(false);
  });
});

describe('another Chinese given name: other syllables, two letters off or more', () => {
  it.each([
    ['Li Qiang', 'qiaoming', true],
    ['Ding Xuexiang', 'xuedong', true],
    ['Xi Jinping', 'jingping', false],
    ['Han Zheng', 'zhen', false],
    ['Olaf Scholz', 'scholzen', false],
  ])('%s: "%s" %s', (name, written, expected) => {
    expect(otherChineseSyllables(term(name), 1, written)).toBe(expected);
  });
});
