import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';
import { GlossaryError } from '../../src/glossary/errors.ts';
import { loadGlossaryFile, parseGlossary } from '../../src/glossary/load.ts';
import { regexHazard } from '../../src/glossary/regex-safety.ts';
import { packGlossary } from '../../src/rules/calque/pack.ts';
import { thrown } from '../helpers/thrown.ts';

const errorOf = (fn: () => unknown) => thrown(fn, GlossaryError).message;


const yamlWith = (variant: string) => `- term: Keir Starmer\n- term: Other\n  variants: [${JSON.stringify(variant)}]\n`;

describe('regular expressions that can take exponential time', () => {
  it.each([
    ['/(a+)+$/', 'nested quantifiers'],
    ['/(\\w+\\s?)*$/', 'nested quantifiers'],
    ['/^(a|aa)+$/', 'alternatives that overlap inside a repeat'],
  ])('refuses %s at load time, naming file, line and why', (variant, why) => {
    expect(errorOf(() => parseGlossary(yamlWith(variant), 'yaml', 'g.yaml'))).toBe(`g.yaml:3: regular expression ${variant} can take exponential time (${why}); rewrite it`);
  });

  it.each(['/Starr?er/', '/Gens\\.?/', '/(?<=\\bthe )Foreign Ministry\\b/', '/\\bsafe third ?-? ?party agreement(?=s?\\b)/i', '/[\\p{Lu}]\\w+ Sholz/u', '/(?:x(?:a|aa))+y/'])(
    'accepts %s',
    (variant) => {
      const g = parseGlossary(yamlWith(variant), 'yaml', 'g.yaml');
      expect(g.entries[1]!.variants).toEqual([expect.objectContaining({ kind: 'regex', text: variant })]);
    },
  );

  it('analyses ES2018 syntax the parser does not know instead of refusing it', () => {
    // lookbehind and \p{…} are rewritten for the analysis, so what they contain still counts
    expect(regexHazard('(?<=\\b(?:US|American) )Justice Ministry\\b')).toBeUndefined();
    expect(regexHazard('(?<=(a+)+)b')).toBe('can take exponential time (nested quantifiers)');
    expect(regexHazard('(\\p{L}|a)+$')).toBe('can take exponential time (alternatives that overlap inside a repeat)');
    expect(regexHazard('[\\p{L}]+x')).toBeUndefined();
    // an escaped bracket is no lookbehind
    expect(regexHazard('\\(?<=x')).toBeUndefined();
  });

  it('is conservative about alternatives that only look alike: refuses them, case folded', () => {
    expect(regexHazard('(?:Gen|General)+ X')).toBe('can take exponential time (alternatives that overlap inside a repeat)');
    expect(regexHazard('(?:A|a)+')).toBe('can take exponential time (alternatives that overlap inside a repeat)');
    expect(regexHazard('(?:a|b)+')).toBeUndefined();
    // a bounded repeat of one is no repeat
    expect(regexHazard('(?:a|aa)?')).toBeUndefined();
  });

  it('the same check guards rule packs, which are read by the glossary loader', () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-pack-'));
    const pack = join(dir, 'calque-xx.yaml');
    const head = 'name: calque-xx\ndescription: a test pack\nentries:\n  - term: executive order\n    variants: [executive regulation]\n';
    writeFileSync(pack, `${head}  - term: attend\n    variants: ["/assist(ed)? (at)+$/", "/(unclosed/"]\n`);
    expect(errorOf(() => loadGlossaryFile(pack))).toBe(`${pack}:7: invalid regular expression /(unclosed/: Invalid regular expression: /(unclosed/u: Unterminated group`);
    writeFileSync(pack, `${head}  - term: attend\n    variants: ["/(assist(ed)? at)+$/"]\n`);
    expect(errorOf(() => loadGlossaryFile(pack))).toBe(`${pack}:7: regular expression /(assist(ed)? at)+$/ can take exponential time (nested quantifiers); rewrite it`);
    // the bundled packs pass the same check
    for (const lang of ['de', 'fr', 'es'] as const) expect(packGlossary(lang).entries.length).toBeGreaterThan(10);
  });

  it('an accepted pattern stays fast on text built to make a backtracking engine struggle', () => {
    const checker = createChecker({
      defaultGlossary: false,
      glossaries: [parseGlossary(yamlWith('/[A-Z][a-z]+ (?:of|the) Sholz/'), 'yaml', 'g.yaml')],
      rules: ['glossary/variant'],
    });
    const text = `${'Aaaaaaaa of '.repeat(20_000)}!\n`;
    const t0 = performance.now();
    expect(checker.check(text).findings).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
