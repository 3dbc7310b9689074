import { describe, expect, it } from 'vitest';
import { createChecker, parseGlossary } from '../../../src/index.ts';

// source/glossary-name looks up each name of a sentence's original in the glossary and compares each term it
// finds with the sentence's names, so a sentence's cost grows with its names times the terms they find. A
// sentence is held to its first MAX_NAMES (128) names and MAX_TRIED (512) terms: what a sentence of hundreds of
// names (a cast list, or garbage) costs is bounded, and the rule is linear in the text. These cases pin the bound.

const C = ['б', 'в', 'г', 'д', 'к', 'л', 'м', 'н', 'п', 'р', 'с', 'т'];
const V = ['а', 'о', 'и', 'е', 'у'];
const L: Record<string, string> = { б: 'b', в: 'v', г: 'g', д: 'd', к: 'k', л: 'l', м: 'm', н: 'n', п: 'p', р: 'r', с: 's', т: 't', а: 'a', о: 'o', и: 'i', е: 'e', у: 'u' };

/** The i-th made-up Cyrillic name of three syllables, capitalised, all distinct for i < 60^3. */
function name(i: number): string {
  let s = '';
  for (let k = 0; k < 3; k++, i = Math.floor(i / 60)) s += (C[i % 12] as string) + (V[Math.floor(i / 12) % 5] as string);
  return s.charAt(0).toUpperCase() + s.slice(1);
}
const latin = (w: string) => [...w.toLowerCase()].map((c) => L[c] ?? c).join('').replace(/^./, (c) => c.toUpperCase());

const glossary = parseGlossary(JSON.stringify([{ term: `${latin(name(7000))} ${latin(name(7001))}`, category: 'person' }]), 'json', 'made-up.json');
const checker = createChecker({ defaultGlossary: false, glossaries: [glossary], rules: ['source/glossary-name'] });

/** A sentence naming `before` other people, then the glossary's person, whose surname the translation replaces. */
function flagged(before: number): string[] {
  const others = Array.from({ length: before }, (_, i) => name(i + 100));
  const source = `В ролях: ${[...others, `${name(7000)} ${name(7001)}`].join(', ')}.`;
  const text = `Starring: ${[...others.map(latin), `${latin(name(7000))} Qwxz`].join(', ')}.`;
  return checker.check(text, { source, sourceLang: 'ru' }).findings.map((f) => f.text);
}

describe('source/glossary-name: the names of one sentence it looks up', () => {
  it('finds the replaced surname after a hundred other names', () => {
    expect(flagged(100)).toEqual(['Qwxz']);
  });

  it('looks up no name past the 128th of a sentence', () => {
    expect(flagged(200)).toEqual([]);
  });
});
