import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spellings } from '../../src/names/conventions.ts';
import { loadAfter, loadJoins, readJoins, writeJoins } from '../../src/names/join-cache.ts';
import { NameIndex } from '../../src/names/name-index.ts';
import { indexOf, wordsOf } from './helpers.ts';

// more terms of two words than loadAfter() asks for, so that an index reads (or builds) the joins' file
const LOAD_AFTER = loadAfter(1200);
const letters = (i: number): string => String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26), 97 + (Math.floor(i / 676) % 26));
const people = Array.from({ length: LOAD_AFTER + 40 }, (_, i) => ({ term: `Volo${letters(i)} Zelen${letters(i + 7)}sky`, category: 'person' }));
const entries = [...people, { term: 'Tsai Ing-wen', category: 'person' }, { term: 'Mohammed bin Salman', category: 'person' }, { term: 'Kim Jong Un', category: 'person' }];

/** What comparedJoined gives for every pair of words of every term, as plain data. */
function joinsOf(index: NameIndex): unknown[] {
  const out: unknown[] = [];
  for (let id = 0; id < entries.length; id++) {
    const term = index.term(id);
    if (!term) continue;
    for (let t = 0; t + 1 < term.words.length; t++) {
      if (term.words[t]?.particle || term.words[t + 1]?.particle) continue;
      const c = index.comparedJoined(term, t);
      out.push([term.term, t, c.folded, c.same, c.spellings, c.conventions, c.keys]);
    }
  }
  return out;
}

describe("the spellings of term words read as one, in the cache folder (src/names/join-cache.ts)", () => {
  const saved = { ...process.env };
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'translint-joins-'));
    process.env.TRANSLINT_CACHE_DIR = dir;
    delete process.env.TRANSLINT_CACHE;
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives what spelling each join afresh gives, with the file built, read back, and with no cache', () => {
    process.env.TRANSLINT_CACHE = '0';
    const fresh = joinsOf(indexOf(entries).index);
    delete process.env.TRANSLINT_CACHE;
    expect(readdirSync(dir).filter((f) => f.startsWith('name-joins-'))).toHaveLength(0);
    // the first index spells loadAfter() joins, then builds the file from every term and reads the rest from it
    expect(joinsOf(indexOf(entries).index)).toEqual(fresh);
    expect(readdirSync(dir).filter((f) => f.startsWith('name-joins-'))).toHaveLength(1);
    // a later one reads the file
    expect(joinsOf(indexOf(entries).index)).toEqual(fresh);
    expect(fresh.length).toBeGreaterThan(LOAD_AFTER + 40);
  });

  it('reads back each join as written, and nothing for one it does not hold', () => {
    const joins = new Map([['kim-jong', spellings(['kim', 'jong'])], ['jong-un', spellings(['jong', 'un'])], ['ing-wen', spellings(['ing', 'wen'])]]);
    writeJoins('joins-roundtrip.tlc', joins);
    const read = readJoins('joins-roundtrip.tlc');
    for (const [k, s] of joins) expect(read?.get(k)).toEqual(s);
    expect(read?.get('tsai-ing')).toBeUndefined();
    expect(read?.get('jong')).toBeUndefined();
  });

  it('builds the file only with a cache folder', () => {
    process.env.TRANSLINT_CACHE = '0';
    let asked = 0;
    const all = function* (): Iterable<readonly string[]> {
      asked++;
      yield ['jong', 'un'];
    };
    expect(loadJoins('joins-off.tlc', all, spellings)).toBeUndefined();
    delete process.env.TRANSLINT_CACHE;
    expect(asked).toBe(0);
    expect(loadJoins('joins-on.tlc', all, spellings)?.get('jong-un')).toEqual(spellings(['jong', 'un']));
    expect(readJoins('joins-on.tlc')?.get('jong-un')).toEqual(spellings(['jong', 'un']));
  });

  it('gives no answer for a line that does not read as written (the join is then spelled afresh)', () => {
    const bad = new Map([
      ['kim-jong', { same: ['kimjong', 'gimjong'], all: ['kimjong'], conventions: [0] }],
      ['jong-un', spellings(['jong', 'un'])],
    ]);
    writeJoins('joins-bad.tlc', bad);
    const read = readJoins('joins-bad.tlc');
    expect(read?.get('kim-jong')).toBeUndefined();
    expect(read?.get('jong-un')).toEqual(spellings(['jong', 'un']));
  });

  it('the name postings of the same words under other categories are not shared (what is indexed differs)', () => {
    const asTerms = [{ term: 'Amber Heard', category: 'term' }, { term: 'Palatinate', category: 'term' }];
    const asNames = [{ term: 'Amber Heard', category: 'person' }, { term: 'Palatinate', category: 'place' }];
    const found = (entries: { term: string; category: string }[]) => {
      const { index } = indexOf(entries);
      return ['Herd', 'Palatineate'].map((w) => index.candidates(wordsOf(w)[0]!).length);
    };
    process.env.TRANSLINT_CACHE = '0';
    const cold = found(asNames);
    delete process.env.TRANSLINT_CACHE;
    expect(cold).toEqual([1, 1]);
    found(asTerms);
    expect(found(asNames)).toEqual(cold);
  });
});
