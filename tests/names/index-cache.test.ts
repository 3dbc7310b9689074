import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NameIndex } from '../../src/names/name-index.ts';
import { indexOf, wordsOf } from './helpers.ts';

const entries = [
  { term: 'Volodymyr Zelensky', category: 'person' },
  { term: 'Keir Starmer', category: 'person' },
  { term: 'Kharkiv', category: 'place' },
  { term: 'Tsai Ing-wen', category: 'person' },
  { term: 'Mohammed bin Salman', category: 'person' },
];
const probes = wordsOf('Wolodymyr Selenskyj, Keir Starrer, Kharkov, Cai Yingwen, Muhammad Salman and Berlin');

describe('name index postings in the cache folder (src/names/index-cache.ts)', () => {
  const saved = { ...process.env };
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'translint-names-'));
    process.env.TRANSLINT_CACHE_DIR = dir;
    delete process.env.TRANSLINT_CACHE;
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the candidates the index built afresh gives, in the same order', () => {
    const { glossary, index: built } = indexOf(entries);
    const files = readdirSync(dir).filter((f) => f.startsWith('name-index-'));
    expect(files).toHaveLength(1);
    const cached = new NameIndex(glossary);
    process.env.TRANSLINT_CACHE = '0';
    const uncached = new NameIndex(glossary);
    delete process.env.TRANSLINT_CACHE;
    const found = probes.map((w) => built.candidates(w));
    expect(found.filter((ids) => ids.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(probes.map((w) => cached.candidates(w))).toEqual(found);
    expect(probes.map((w) => uncached.candidates(w))).toEqual(found);
  });

  it('reads back each key\'s words and each word\'s spellings as written, and nothing for one it does not hold', async () => {
    const { BuiltPostings, readPostings, writePostings } = await import('../../src/names/index-cache.ts');
    const { spellings } = await import('../../src/names/conventions.ts');
    const postings = new Map([
      ['KRS', ['Keir', 'Kiers']],
      ['STRMR', ['Starmer']],
      ['A', ['Ça', 'é-x']],
    ]);
    // with the spellings' keys (any strings, an empty one too: the cache keeps them as given), one word with none
    const spelled = new Map(['keir', 'selenskyj', 'cai'].map((w, i) => [w, { ...spellings([w]), keys: i === 2 ? [] : [w.toUpperCase(), '', `K${i}`] }]));
    writePostings('postings-roundtrip.tlc', new BuiltPostings(postings, spelled));
    const read = readPostings('postings-roundtrip.tlc');
    for (const [k, words] of postings) expect(read?.get(k)).toEqual(words);
    for (const [w, s] of spelled) expect(read?.spellings(w)).toEqual(s);
    expect(read?.spellings('starmer')).toBeUndefined();
    expect(read?.get('KR')).toBeUndefined();
    expect(read?.get('STRMR')).toBe(read?.get('STRMR'));
  });

  it('keeps one file per set of term words', () => {
    indexOf([...entries, { term: 'Olaf Scholz', category: 'person' }]);
    expect(readdirSync(dir).filter((f) => f.startsWith('name-index-'))).toHaveLength(2);
  });

  it('keeps the spellings of every term word, the English ones left out of the postings too, as spellings() makes them', async () => {
    const { spellings } = await import('../../src/names/conventions.ts');
    const { readPostings } = await import('../../src/names/index-cache.ts');
    const before = new Set(readdirSync(dir));
    const { glossary } = indexOf([...entries, { term: 'Dublin City University', category: 'organisation' }]);
    const [file] = readdirSync(dir).filter((f) => f.startsWith('name-index-') && !before.has(f));
    const read = readPostings(file!);
    for (const w of ['university', 'city', 'dublin', 'zelensky']) expect(read?.spellings(w)).toMatchObject({ same: spellings([w]).same, all: spellings([w]).all });
    // a term made from the cached postings compares its English words by those spellings
    const term = new NameIndex(glossary).term(entries.length);
    expect(term?.compared.map((c) => c.spellings)).toEqual(['dublin', 'city', 'university'].map((w) => spellings([w]).all));
  });
});

describe('the postings key covers the code that makes them', () => {
  it('hashes the text of the modules that make and read the postings and joins (folding, conventions, index, English name words, phonetic keys, name data, joins, spelling lines, English words, line table), read from beside the cache module', async () => {
    const { createHash } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    const { codeVersion } = await import('../../src/names/index-cache.ts');
    const h = createHash('sha256');
    for (const f of ['names/fold.ts', 'names/conventions.ts', 'names/name-index.ts', 'names/english-name-words.ts', 'names/phonetic-keys.ts', 'names/data.ts', 'names/join-cache.ts', 'names/spellings-line.ts', 'lang/english.ts', 'lang/line-table.ts']) h.update(readFileSync(join(import.meta.dirname, '../../src', f)));
    expect(codeVersion()).toBe(h.digest('hex'));
  });
});
