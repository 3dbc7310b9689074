import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../src/engine/checker.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const story = readFileSync(join(ROOT, 'corpora/samples/wire-libya-rwanda.txt'), 'utf8');
/** A German original written for the sample story's last six paragraphs. */
const german = readFileSync(join(import.meta.dirname, 'fixtures/wire-libya-rwanda.de.txt'), 'utf8');
const tail = story.slice(story.indexOf('Rwanda and the USA are discussing'), story.indexOf('Leave a Comment'));

describe('the sample story against a German original, with no glossary', () => {
  const checker = createChecker({ defaultGlossary: false, rules: ['source/'] });

  it('catches the bent names of the seed', () => {
    const { findings, sourceWarning } = checker.check(tail, { source: german });
    expect(sourceWarning).toBeUndefined();
    expect(findings.map((f) => `${f.ruleId} ${f.text} → ${f.suggestions[0]?.text}`)).toEqual([
      'source/names Abdulattar → Abdulsattar',
      'source/names Starrer → Starmer',
    ]);
  });

  it('catches a changed number', () => {
    const changed = tail.replace('in 2022 with the United Kingdom', 'in 2002 with the United Kingdom');
    const found = checker.check(changed, { source: german }).findings.filter((f) => f.ruleId === 'source/numbers');
    expect(found.map((f) => [f.text, f.message, f.suggestions[0]?.text])).toEqual([['2002', 'the original has "2022" where the translation has "2002"', '2022']]);
    expect(changed.slice(found[0]!.range.start.offset, found[0]!.range.end.offset)).toBe('2002');
  });

  it('says nothing of the story without its original', () => {
    expect(checker.check(tail).findings).toEqual([]);
  });
});
