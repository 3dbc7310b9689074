import { tokenize } from '../../src/document/tokens.ts';
import { CompiledGlossary } from '../../src/glossary/compile.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { NameIndex, type NameTerm } from '../../src/names/name-index.ts';
import { nameWords, type NameWord } from '../../src/names/words.ts';

/** A name index of a glossary given as entries. */
export function indexOf(entries: { term: string; category?: string }[]): { glossary: CompiledGlossary; index: NameIndex } {
  const glossary = new CompiledGlossary(parseGlossary(JSON.stringify(entries), 'json', 'names-test.json').entries);
  return { glossary, index: new NameIndex(glossary) };
}

/** The name term of a glossary of one entry. */
export function termOf(name: string, category = 'person'): NameTerm {
  const { index, glossary } = indexOf([{ term: name, category }]);
  for (let id = 0; id < glossary.size; id++) {
    const t = index.term(id);
    if (t?.term === name) return t;
  }
  throw new Error(`no term ${name}`);
}

/** The name words of a text. */
export function wordsOf(text: string): NameWord[] {
  return nameWords(text, tokenize(text, [{ start: 0, end: text.length }]));
}

/** A seeded generator, so a failure can be repeated. */
export function random(seed: number): () => number {
  let s = seed;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}
