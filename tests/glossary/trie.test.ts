import { describe, expect, it } from 'vitest';
import { StaticTrie } from '../../src/glossary/trie.ts';

function hitsOf(trie: StaticTrie, node: number): [number, number][] {
  const out: [number, number][] = [];
  for (let h = trie.hitStart(node); h < trie.hitStart(node + 1); h++) out.push([trie.hitCode(h), trie.hitSpacing(h)]);
  return out;
}

describe('StaticTrie', () => {
  const trie = StaticTrie.build([
    { code: 10, text: 'Keir Starmer' },
    { code: 11, text: 'Keir Starrer' },
    { code: 20, text: 'third -party' },
    { code: 30, text: 'Keir' },
    { code: 40, text: '' },
  ]);

  it('walks lower-cased tokens from the root and lists each node’s patterns with their spacing', () => {
    const keir = trie.child(0, 'keir', 4);
    expect(keir).toBeGreaterThan(0);
    expect(hitsOf(trie, keir)).toEqual([[30, 0]]);
    expect(trie.hasChildren(keir)).toBe(true);
    const starmer = trie.child(keir, 'starmer', 7);
    expect(hitsOf(trie, starmer)).toEqual([[10, 0b1]]);
    expect(trie.hasChildren(starmer)).toBe(false);
    expect(hitsOf(trie, trie.child(keir, 'starrer', 7))).toEqual([[11, 0b1]]);
    // "third -party": a space before "-", none before "party"
    const party = trie.child(trie.child(trie.child(0, 'third', 5), '-', 1), 'party', 5);
    expect(hitsOf(trie, party)).toEqual([[20, 0b01]]);
  });

  it('looks up a prefix of a word without slicing it (plural stems), and nothing else', () => {
    const keir = trie.child(0, 'keir', 4);
    expect(trie.child(keir, 'starmers', 7)).toBe(trie.child(keir, 'starmer', 7));
    expect(trie.child(0, 'keirs', 4)).toBe(keir);
    expect(trie.child(0, 'kei', 3)).toBe(-1);
    expect(trie.child(keir, 'keir', 4)).toBe(-1);
    expect(trie.child(0, 'starmer', 7)).toBe(-1);
  });

  it('lists its first words, and is rebuilt from its saved parts unchanged', () => {
    const firsts: string[] = [];
    trie.forEachFirstKey((keys, at, length) => firsts.push(keys.slice(at, at + length)));
    expect(firsts.sort()).toEqual(['keir', 'third']);
    const p = trie.parts();
    const back = new StaticTrie(p.edges.slice(), p.keys, p.keyStarts.slice(), p.hitStarts.slice(), p.hits.slice(), p.children.slice());
    expect(hitsOf(back, back.child(back.child(0, 'keir', 4), 'starmer', 7))).toEqual([[10, 1]]);
  });

  it('marks the spacing of a pattern of more than 32 tokens as unknown (-1)', () => {
    const words = Array.from({ length: 33 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const t = StaticTrie.build([{ code: 1, text: words.join(' ') }]);
    let node = 0;
    for (const w of words) node = t.child(node, w, w.length);
    expect(hitsOf(t, node)).toEqual([[1, -1]]);
  });
});
