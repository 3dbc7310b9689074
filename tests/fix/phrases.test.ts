import { describe, expect, it } from 'vitest';
import { phraseDiff, replacementLabel, type Phrase } from '../../src/fix/phrases.ts';

const shown = (before: string, after: string) =>
  phraseDiff(before, after)
    .map((p) => ('same' in p ? p.same : `[${p.removed} → ${replacementLabel(p.added)}]`))
    .join('');

describe('phraseDiff', () => {

  it('gives a paragraph rewritten throughout as one replacement, in time linear in its length', () => {
    const para = (n: number, changed: boolean) => Array.from({ length: n }, (_, i) => (changed && i % 2 === 0 ? `v${i}` : `w${i}`)).join(' ');
    // 500 words changed in 1,000: still phrase by phrase
    expect(phraseDiff(para(1_000, false), para(1_000, true)).filter((p) => 'removed' in p)).toHaveLength(500);
    // past the edit cap: one replacement, and no longer quadratic (20,000 words changed every other one
    // took minutes in the HTML report)
    const cpu = (n: number): number => {
      const t = process.cpuUsage();
      expect(phraseDiff(para(n, false), para(n, true))).toEqual([{ removed: para(n, false), added: para(n, true) }]);
      const d = process.cpuUsage(t);
      return (d.user + d.system) / 1000;
    };
    cpu(2_500);
    expect(cpu(20_000)).toBeLessThan(40 * cpu(2_500) + 100);
  }, 120_000);
  it.each([
    ['the Foreign Ministry said', 'the State Department said', 'the [Foreign Ministry → State Department] said'],
    ['Keir Starrer spoke', 'Keir Starmer spoke', 'Keir [Starrer → Starmer] spoke'],
    ['a third -party deal', 'a third-party deal', 'a [third -party → third-party] deal'],
    ['It ended.\n\nLeave a Comment', 'It ended.', 'It ended.[\n\nLeave a Comment → (delete)]'],
    ['one two', 'one new two', 'one [ → new ]two'],
    ['same', 'same', 'same'],
    ['Gens Saddam Haftar met the Foreign Ministry.', 'Gen. Saddam Haftar met the State Department.', '[Gens → Gen.] Saddam Haftar met the [Foreign Ministry → State Department].'],
    ['first line\nsecond line', 'first word\nsecond word', 'first [line → word]\nsecond [line → word]'],
  ])('%j → %j', (before, after, expected) => {
    expect(shown(before, after)).toBe(expected);
  });

  it('diffs a document past the word-edit cap line by line, each line phrase by phrase', () => {
    const rebuilds = (before: string, after: string, phrases: Phrase[]) => {
      expect(phrases.map((p) => ('same' in p ? p.same : p.removed)).join('')).toBe(before);
      expect(phrases.map((p) => ('same' in p ? p.same : p.added)).join('')).toBe(after);
    };
    // a name fixed in each of 600 lines: 1,200 word edits, past the cap of one word diff
    const lines = Array.from({ length: 600 }, (_, i) => `Line ${i} says Keir Starrer spoke.`);
    const before = `${lines.join('\n')}\n`;
    const after = before.replaceAll('Starrer', 'Starmer');
    const phrases = phraseDiff(before, after);
    expect(phrases.filter((p) => 'removed' in p)).toEqual(Array.from({ length: 600 }, () => ({ removed: 'Starrer', added: 'Starmer' })));
    rebuilds(before, after, phrases);
    // every other line, and a line of page furniture deleted at the end: the lines both keep pair the rest up
    const mixed = Array.from({ length: 1_200 }, (_, i) => (i % 2 === 0 ? `Line ${i} says Keir Starrer spoke.` : `Line ${i} is plain.`));
    const before2 = `${mixed.join('\n')}\nLeave a Comment\n`;
    const after2 = `${mixed.join('\n')}\n`.replaceAll('Starrer', 'Starmer');
    const phrases2 = phraseDiff(before2, after2);
    const changes2 = phrases2.filter((p) => 'removed' in p);
    expect(changes2).toHaveLength(601);
    expect(changes2.filter((p) => p.removed === 'Starrer' && p.added === 'Starmer')).toHaveLength(600);
    expect(changes2.at(-1)).toEqual({ removed: 'Leave a Comment\n', added: '' });
    rebuilds(before2, after2, phrases2);
  });

  it('rebuilds both texts', () => {
    const before = 'The Foreign Ministry and Keir Starrer said: “no”.';
    const after = 'The State Department and Keir Starmer said: ‘no’.';
    const phrases = phraseDiff(before, after);
    expect(phrases.map((p) => ('same' in p ? p.same : p.removed)).join('')).toBe(before);
    expect(phrases.map((p) => ('same' in p ? p.same : p.added)).join('')).toBe(after);
  });
});
