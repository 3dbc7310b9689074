import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { loadGlossaryFile } from '../../src/glossary/load.ts';
import { align } from '../../src/names/align.ts';
import { loadAfter } from '../../src/names/join-cache.ts';
import { NameIndex } from '../../src/names/name-index.ts';
import { indexOf, wordsOf } from './helpers.ts';

// more terms of two words than loadAfter() asks for, so that an index reads (or builds) the joins' file and the filter
const letters = (i: number): string => String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26), 97 + (Math.floor(i / 676) % 26));
const people = Array.from({ length: loadAfter(1200) + 40 }, (_, i) => ({ term: `Volo${letters(i)} Zelen${letters(i + 7)}sky`, category: 'person' }));
const entries = [...people, { term: 'Tsai Ing-wen', category: 'person' }, { term: 'Kim Jong Un', category: 'person' }, { term: 'Jong Un', category: 'person' }];
const text = 'Kimm Jongun met Tsai Ingwen and Kim Jong-Un. Later Volobaa Zelenhaasky, Kim Jongum and Tsai Ingven spoke in Istanbul.';

/** Every join of every term made, so that the index reads or builds the joins' file (and the filter). */
function makeAllJoins(index: NameIndex): void {
  for (let id = 0; id < entries.length; id++) {
    const term = index.term(id);
    for (let t = 0; term && t + 1 < term.words.length; t++) if (!term.words[t]?.particle && !term.words[t + 1]?.particle) index.comparedJoined(term, t);
  }
}

function nearMisses(path: string): string[] {
  const checker = createChecker({ defaultGlossary: false, glossaries: [path], rules: ['glossary/near-miss'] });
  return checker.check(text).findings.map((f) => `${f.range.start.offset}-${f.range.end.offset} ${f.suggestions[0]?.text} ${f.confidence}`);
}

describe('the filter of the joins\' spellings (src/names/join-bits.ts)', () => {
  const saved = { ...process.env };
  let dir: string;
  let path: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'translint-joinbits-'));
    path = join(dir, 'people.json');
    writeFileSync(path, JSON.stringify(entries));
    process.env.TRANSLINT_CACHE_DIR = join(dir, 'cache');
    delete process.env.TRANSLINT_CACHE;
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets through a word with a spelling of a join, and no word without one, once made', () => {
    const first = new NameIndex(new CompiledGlossary([loadGlossaryFile(path)]));
    const [jongun, istanbul] = wordsOf('Jongun Istanbul').map((w) => first.compared(w));
    // no filter yet: every word may pair with a join
    expect([first.joinBits.may(jongun!), first.joinBits.may(istanbul!)]).toEqual([true, true]);
    makeAllJoins(first);
    expect(readdirSync(join(dir, 'cache')).filter((f) => f.startsWith('name-joinbits-'))).toHaveLength(1);
    // a later index reads it at its first join
    const later = new NameIndex(new CompiledGlossary([loadGlossaryFile(path)]));
    const [a, b, c] = wordsOf('Jongun Tsaiingwen Istanbul').map((w) => later.compared(w));
    expect([later.joinBits.may(a!), later.joinBits.may(b!), later.joinBits.may(c!)]).toEqual([true, true, false]);
    // a written word let through pairs with the join as before ("Jongun" with "Jong Un" read as one)
    const words = wordsOf('Kimo Jongun');
    const al = align(words, 0, words.length, later.term(people.length + 1)!, later);
    expect(al?.pairs.map((p) => `${p.word}:${p.termWord}+${p.termWords} ${p.match.kind}`).sort()).toEqual(['0:0+1 bent', '1:1+2 exact']);
  });

  it('finds what matching without a cache folder finds', () => {
    const cached = nearMisses(path);
    process.env.TRANSLINT_CACHE = '0';
    const fresh = nearMisses(path);
    delete process.env.TRANSLINT_CACHE;
    expect(cached).toEqual(fresh);
    expect(fresh.length).toBeGreaterThan(0);
  });

  it('has no filter for a glossary that is not a cached file: every word may pair', () => {
    const { index } = indexOf(entries);
    const [w] = wordsOf('Istanbul').map((x) => index.compared(x));
    expect(index.joinBits.may(w!)).toBe(true);
  });
});
