import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GlossaryError } from '../../src/glossary/errors.ts';
import { parseGlossary } from '../../src/glossary/load.ts';
import { regexHazard } from '../../src/glossary/regex-safety.ts';
import { thrown } from '../helpers/thrown.ts';

const yamlWith = (variant: string) => `- term: Keir Starmer\n- term: Other\n  variants: [${JSON.stringify(variant)}]\n`;
const why = (source: string) => regexHazard(source);

// Two repeats that can match the same text one after the other make a backtracking engine try every
// way of sharing a run between them: n^k steps for k repeats. `/\w*\w*\w*\w*\w*\w*\w*\w*z/` took
// over 60 s on an 80-letter word.
describe('regular expressions that can take polynomial time', () => {
  it('refuses the pattern of the report at load time, naming file, line and the repeats', () => {
    const message = thrown(() => parseGlossary(yamlWith('/\\w*\\w*\\w*\\w*\\w*\\w*\\w*\\w*z/'), 'yaml', 'g.yaml'), GlossaryError).message;
    expect(message).toBe(
      'g.yaml:3: regular expression /\\w*\\w*\\w*\\w*\\w*\\w*\\w*\\w*z/ can take polynomial time (repeats of \\w and \\w one after the other can match the same text); rewrite it',
    );
  });

  it.each([
    ['\\w*\\w*z', '\\w', '\\w'],
    ['\\w+\\w+$', '\\w', '\\w'],
    ['\\d+\\.?\\d+ km', '\\d', '\\d'],
    ['\\w+\\s?\\w+ Sholz', '\\w', '\\w'],
    ['\\w*a\\w*z', '\\w', '\\w'],
    ['.*.*=', '.', '.'],
    ['\\s*\\s*$', '\\s', '\\s'],
    ['a+A+b', 'a', 'A'],
    ['[a-z]+[aeiou]+x', '[a-z]', '[aeiou]'],
    ['\\p{L}+\\p{Lu}+ Sholz', '\\p{L}', '\\p{Lu}'],
    ['(?:ab)+(?:ab)+c', 'b', 'b'],
    ['(?:\\w+) (?:x|\\w+)z', undefined, undefined],
    ['x(?=\\w*\\w*z)', '\\w', '\\w'],
    ['a{2,5}a{2,}b', 'a', 'a'],
  ])('refuses /%s/', (source, p, q) => {
    if (p === undefined) expect(why(source)).toBeUndefined();
    else expect(why(source)).toBe(`can take polynomial time (repeats of ${p} and ${q} one after the other can match the same text)`);
  });

  it.each([
    // one repeat, or repeats that cannot share a character
    '\\w+x',
    '[A-Z][a-z]+ (?:of|the) Sholz',
    '\\w+ \\w+',
    'a+b+',
    '\\p{L}+\\s*[.;]',
    '\\d+[.,]\\d+ km',
    '\\d{3}\\d{3}',
    '[^.,;:]{0,40}? is',
    'Starr?er',
    '(?<=\\bthe )Foreign Ministry\\b',
    '\\bGens\\.?(?= [A-Z][a-z]+ [A-Z])',
    // a repeat in a lookahead is matched apart from the rest
    'since(?= \\w+ years)\\w+',
  ])('accepts /%s/', (source) => {
    expect(why(source)).toBeUndefined();
  });

  it('accepts every pattern of the bundled glossary and rule packs', () => {
    const files = ['corpora/glossaries/news.yaml', 'corpora/rules/calque-de.yaml', 'corpora/rules/calque-fr.yaml', 'corpora/rules/calque-es.yaml'];
    const patterns = files.flatMap((f) => [...readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8').matchAll(/["'\s[]\/((?:[^/\\\n]|\\.)+)\/[a-z]*/g)].map((m) => m[1]!));
    expect(patterns.length).toBeGreaterThan(20);
    expect(patterns.filter((p) => why(p) !== undefined)).toEqual([]);
  });

  it('refuses a long pattern with repeats it cannot analyse in bounded time, instead of trying', () => {
    const long = `\\w+(?:${Array.from({ length: 1200 }, (_, k) => `w${k}`).join('|')})\\s+x`;
    expect(why(long)).toBe('can take polynomial time (it has two repeats or more and over 2000 characters to analyse)');
    // without a second repeat there is nothing to analyse, however long
    expect(why(Array.from({ length: 5000 }, (_, k) => `w${k}`).join('|'))).toBeUndefined();
  });
});
