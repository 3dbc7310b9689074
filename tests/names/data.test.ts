import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { NAMES_DIR, nameData, pinyinSyllables } from '../../src/names/data.ts';

describe('name data (src/names/data.ts)', () => {
  // the cache keeps the YAML files as JSON: that must lose nothing (no dates, no undefined, no special numbers)
  it.each(['transliteration.yaml', 'particles.yaml'])('%s reads back from JSON as parsed', (file) => {
    const parsed = parse(readFileSync(NAMES_DIR + file, 'utf8')) as unknown;
    expect(JSON.parse(JSON.stringify(parsed))).toStrictEqual(parsed);
  });

  it('is read (from the cache or the files) with its conventions and particles', () => {
    const d = nameData();
    expect(d.conventions.length).toBeGreaterThan(3);
    expect(d.particles.has('von')).toBe(true);
    expect(d.canon.every(([re]) => re instanceof RegExp && re.global)).toBe(true);
  });
});

describe('cognates.txt: given names in several languages\' forms', () => {
  const lines = readFileSync(NAMES_DIR + 'cognates.txt', 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));

  it('puts no form on two lines (a form of two lines would stand for two names)', () => {
    const seen = new Map<string, number>();
    const twice: string[] = [];
    lines.forEach((line, n) => {
      for (const form of line.trim().split(/\s+/)) {
        const key = form.toLowerCase();
        if (seen.has(key) && seen.get(key) !== n) twice.push(form);
        seen.set(key, n);
      }
    });
    expect(twice).toEqual([]);
  });

  it('is read as each folded form to its line', () => {
    const { cognates } = nameData();
    expect(cognates.get('judah')).toBe(cognates.get('yehuda'));
    expect(cognates.get('jose')).toBe(cognates.get('joseph'));
    expect(cognates.get('judah')).not.toBe(cognates.get('joseph'));
    expect(cognates.has('walker')).toBe(false);
  });
});

describe('the syllable patterns of the name data', () => {
  it('read a long word that fails at its last letter in one pass (familyFirst reads the syllabic n one way only)', () => {
    // with n read as a syllable of its own or the start of the next, "nanana…x" had 2^40 readings to try
    expect(nameData().familyFirst.test(`${'na'.repeat(40)}x`)).toBe(false);
    expect(nameData().familyFirst.test('shinichi')).toBe(true);
    expect(nameData().familyFirst.test('onna')).toBe(true);
  });
});

describe('pinyinSyllables: a word read whole as pinyin syllables', () => {
  it.each([
    ['qingde', ['qing', 'de']],
    ['jinping', ['jin', 'ping']],
    ['zedong', ['ze', 'dong']],
    ['xiaoping', ['xiao', 'ping']],
    ['chingte', ['ching', 'te']],
    ['xinzhu', ['xin', 'zhu']],
  ])('%s is %j', (word, syllables) => {
    expect(pinyinSyllables(word)).toEqual(syllables);
  });

  it.each([
    ['qiang', 'one syllable'],
    ['hsinchu', 'hs is no pinyin initial'],
    ['scholz', 'no pinyin at all'],
    ['jinpingx', 'a letter left over'],
    ['abc', 'too short'],
    ['elice', 'a syllable of a vowel alone'],
    ['anping', 'a syllable of a vowel alone, first'],
    ['dadadada', 'more syllables than a given name has'],
    ['zhongguoxinhuashe', 'too long for a given name'],
  ])('%s is not (%s)', (word) => {
    expect(pinyinSyllables(word)).toBeUndefined();
  });
});
