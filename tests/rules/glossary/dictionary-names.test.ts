/**
 * The bundled glossary against every capitalised word of the English dictionary (dictionary-en: given
 * names, surnames, places, brands the dictionary lists as names), each alone in a plain sentence of its
 * own: a name English knows this well is written right, and glossary/near-miss must take none of them for
 * a glossary name ("Angela" for Angola, "Hanna" for Ghana, "Danny" for Al Thani). Before the guards of
 * single-word.ts (wellKnownPlace) and judge.ts (a dictionary name is no romanisation of a surname alone),
 * 17 of the 9,900 were flagged.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { expect, it } from 'vitest';
import { createChecker } from '../../../src/index.ts';

it('no capitalised dictionary word alone in a sentence is taken for a bundled glossary name', () => {
  const dic = join(dirname(createRequire(import.meta.url).resolve('dictionary-en')), 'index.dic');
  const words = [...new Set(readFileSync(dic, 'utf8').split('\n').map((l) => l.split('/')[0] as string).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))];
  expect(words.length).toBeGreaterThan(5_000);
  const checker = createChecker();
  const flagged: string[] = [];
  for (const w of words) {
    for (const f of checker.check(`Yesterday, ${w} said the plan would work.`).findings) {
      if (f.ruleId === 'glossary/near-miss') flagged.push(`${f.text} => ${f.suggestions[0]?.text ?? ''}`);
    }
  }
  expect(flagged).toEqual([]);
}, 60_000);
