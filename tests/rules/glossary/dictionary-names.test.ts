/**
 * The bundled glossary against every capitalised word and every acronym of the English dictionary
 * (dictionary-en: given names, surnames, places, brands; "TVA", "RDA"), each alone in a plain sentence of
 * its own: a name or acronym English knows this well is written right, and neither glossary/near-miss nor
 * acronym/unknown may take it for a glossary name ("Hanna" for Ghana, "Danny" for Al Thani) or for a
 * scrambled or foreign acronym ("CAI" for CIA, "TVA" for VAT). Before the guards of single-word.ts
 * (wellKnownPlace), judge.ts (a dictionary name is no romanisation of a surname alone) and acronym/unknown
 * (the dictionary's acronyms are known), 17 of the 9,900 words and 4 of the acronyms were flagged.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { expect, it } from 'vitest';
import { createChecker } from '../../../src/index.ts';

const dic = join(dirname(createRequire(import.meta.url).resolve('dictionary-en')), 'index.dic');
const entries = [...new Set(readFileSync(dic, 'utf8').split('\n').map((l) => l.split('/')[0] as string))];
const RULES = new Set(['glossary/near-miss', 'acronym/unknown']);

function flaggedIn(words: readonly string[], sentence: (w: string) => string): string[] {
  const checker = createChecker();
  const flagged: string[] = [];
  for (const w of words) {
    for (const f of checker.check(sentence(w)).findings) if (RULES.has(f.ruleId)) flagged.push(`${f.ruleId}: ${f.text} => ${f.suggestions[0]?.text ?? ''}`);
  }
  return flagged;
}

it('no capitalised dictionary word alone in a sentence is taken for a bundled glossary name', () => {
  const words = entries.filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  expect(words.length).toBeGreaterThan(5_000);
  expect(flaggedIn(words, (w) => `Yesterday, ${w} said the plan would work.`)).toEqual([]);
}, 60_000);

it('no acronym of the dictionary alone in a sentence is taken for a glossary or foreign acronym', () => {
  const words = entries.filter((w) => /^\p{Lu}{2,}$/u.test(w));
  expect(words.length).toBeGreaterThan(200);
  expect(flaggedIn(words, (w) => `Yesterday, the ${w} said the plan would work.`)).toEqual([]);
}, 60_000);
